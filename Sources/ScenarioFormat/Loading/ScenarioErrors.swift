/// Every problem found while loading a scenario, thrown together so that the
/// user can fix them all in one pass.
public struct ScenarioErrors: Error, Sendable, CustomStringConvertible {
  public let issues: [ScenarioIssue]
  /// The top-level file as given to the loader; nil for errors not tied to a file.
  public let topLevelFile: String?

  public init(issues: [ScenarioIssue], topLevelFile: String? = nil) {
    self.issues = issues
    self.topLevelFile = topLevelFile
  }

  /// BSD sysexits: 66 (EX_NOINPUT) when the top-level file itself cannot be
  /// read, else 65 (EX_DATAERR).
  public var exitCode: Int32 {
    let unreadable = issues.contains { $0.category == .unreadableFile && $0.file == topLevelFile }
    return unreadable ? 66 : 65
  }

  /// One line per issue, in the order found.
  public var description: String {
    issues.map(\.description).joined(separator: "\n")
  }
}
