/// Where scenario files come from, so that the loader reads the disk in
/// production while tests (such as the fuzz test) can serve files from memory.
protocol ScenarioFileSource: Sendable {
  /// Whether anything (file, directory, …) exists at the path.
  func exists(_ path: String) -> Bool
  /// The bytes of the file, or why they cannot be had.
  func read(_ path: String) -> Result<[UInt8], ReadFailure>
  /// A canonical name for the file, equal for every path naming the same
  /// file, used to detect `extends` cycles.
  func identity(of path: String) -> String
}

/// Why a file could not be read, in words fit for "cannot read file: …".
package struct ReadFailure: Error {
  package let reason: String
}
