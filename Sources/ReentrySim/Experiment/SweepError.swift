/// A sweep or merge that cannot go on, with the sysexits class the CLI maps it to.
///
/// The experiment layer knows nothing of exit codes; it says what kind of
/// problem it met and in words the user can act on.
struct SweepError: Error, CustomStringConvertible, Sendable {
  enum Kind: Sendable {
    /// The inputs contradict each other (a different sweep, a missing shard): 65.
    case invalidData
    /// An input directory or file is missing or unreadable: 66.
    case noInput
    /// The output cannot be written or may not be replaced: 73.
    case cannotCreate
  }

  let kind: Kind
  let description: String

  init(_ kind: Kind, _ description: String) {
    self.kind = kind
    self.description = description
  }
}
