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

  /// Whether the top-level file itself could not be read (missing, a
  /// directory, unreadable), as opposed to a file whose content is invalid.
  /// The CLI answers the first with EX_NOINPUT and the second with EX_DATAERR.
  public var topLevelFileUnreadable: Bool {
    issues.contains { $0.category == .unreadableFile && $0.file == topLevelFile }
  }

  /// One line per issue, in the order found.
  public var description: String {
    issues.map(\.description).joined(separator: "\n")
  }
}
