/// A rule over parameters that no single parameter's kind can express, such
/// as a list whose length is fixed by another list or a threshold that must
/// not pass another, so that a combination the model cannot use is rejected
/// by `validate` with the field named, instead of failing inside a run.
///
/// The loader checks every rule once all files and overrides are merged and
/// every value has passed its own kind's check, so `extends`, `--set` and
/// sweep points all meet the rules, and a check may read its parameters with
/// the typed accessors of `ResolvedScenario` without guarding their kinds.
public struct CrossFieldRule: Sendable {
  /// What is wrong with a combination, worded like a single-field issue:
  /// `path: message; allowed: allowed`.
  public struct Violation: Sendable, Equatable {
    /// The parameter blamed, one of the rule's `paths`.
    public let path: String
    /// For example "2 weights for 10 edges".
    public let message: String
    /// For example "one weight per interval between edges (9)".
    public let allowed: String

    public init(path: String, message: String, allowed: String) {
      self.path = path
      self.message = message
      self.allowed = allowed
    }
  }

  /// Every parameter the check reads. When the blamed parameter was never
  /// set, the issue names the newest file among these that set one.
  public let paths: [String]
  /// What the rule demands, in one line, for documentation.
  public let summary: String
  /// Nil when the scenario satisfies the rule.
  let check: @Sendable (ResolvedScenario) -> Violation?

  public init(
    _ paths: [String], _ summary: String, check: @escaping @Sendable (ResolvedScenario) -> Violation?
  ) {
    self.paths = paths
    self.summary = summary
    self.check = check
  }
}
