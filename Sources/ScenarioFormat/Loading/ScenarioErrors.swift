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

  /// Whether any file of the chain could not be read: the top-level file, a
  /// parent that `extends` names but that is missing, or one that cannot be
  /// read. The CLI answers these with EX_NOINPUT, content problems with EX_DATAERR.
  public var someFileUnreadable: Bool {
    issues.contains { $0.category == .unreadableFile || $0.category == .missingExtends }
  }

  /// One line per issue, in the order found.
  public var description: String {
    issues.map(\.description).joined(separator: "\n")
  }
}
