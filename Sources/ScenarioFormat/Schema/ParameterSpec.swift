/// One tunable parameter with its default, unit and provenance, so that
/// validation, `describe` and documentation all come from a single declaration.
public struct ParameterSpec: Sendable {
  /// Dotted path such as "casemanagers.caseloadNorm"; every prefix is a group.
  public let path: String
  public let kind: ParameterKind
  /// The value used when no scenario file sets the parameter.
  public let defaultValue: JSONValue
  /// Unit of measure such as "days" or "share"; "" if none.
  public let unit: String
  /// Where the default comes from, e.g. "seed 003 §3.1" or "assumption".
  public let source: String
  /// One line for `describe`.
  public let summary: String
  /// For an assumption: its plausible range, or why it is held; nil for a sourced value.
  public let plausibility: Plausibility?
  /// What the parameter is to the analyses; they select by it, never by `source`.
  public let role: ParameterRole

  public init(
    path: String, kind: ParameterKind, defaultValue: JSONValue,
    unit: String = "", source: String = "", summary: String = "", plausibility: Plausibility? = nil,
    role: ParameterRole = .sourceFigure
  ) {
    self.path = path
    self.kind = kind
    self.defaultValue = defaultValue
    self.unit = unit
    self.source = source
    self.summary = summary
    self.plausibility = plausibility
    self.role = role
  }

  /// What the parameter accepts, e.g. "an integer in 1…1000".
  public var allowedDescription: String { kind.allowedDescription }
}
