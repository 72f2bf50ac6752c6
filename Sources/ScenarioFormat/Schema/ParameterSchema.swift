/// The set of parameters a scenario may set, with the group structure their
/// dotted paths imply, so that files can be checked key by key.
public struct ParameterSchema: Sendable {
  /// Top-level keys every scenario file may use besides the parameters.
  public static let reservedKeys = ["extends", "name", "description"]

  /// The parameters in declaration order.
  public let specs: [ParameterSpec]
  /// Rules over several parameters, checked after all layers are merged.
  public let rules: [CrossFieldRule]
  private let indexByPath: [String: Int]
  /// Child names of every group in declaration order; "" is the root.
  let children: [String: [String]]

  /// Builds the group tree. Preconditions: paths are unique and well formed,
  /// no path is both a parameter and a group, no top-level name is reserved,
  /// ranges are non-empty, every default is valid for its kind, every rule
  /// reads only parameters of the schema and the defaults satisfy every rule.
  public init(_ specs: [ParameterSpec], rules: [CrossFieldRule] = []) {
    var indexByPath: [String: Int] = [:]
    var children: [String: [String]] = ["": []]
    for (index, spec) in specs.enumerated() {
      let parts = spec.path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
      precondition(!parts.contains(""), "malformed parameter path \"\(spec.path)\"")
      precondition(!Self.reservedKeys.contains(parts[0]), "reserved key used as parameter \"\(spec.path)\"")
      precondition(indexByPath[spec.path] == nil, "duplicate parameter \"\(spec.path)\"")
      precondition(children[spec.path] == nil, "\"\(spec.path)\" is both a group and a parameter")
      precondition(Self.isWellFormed(spec.kind), "empty range for \"\(spec.path)\"")
      precondition(spec.kind.accepts(spec.defaultValue), "invalid default for \"\(spec.path)\"")
      var group = ""
      for part in parts {
        precondition(group.isEmpty || indexByPath[group] == nil, "\"\(group)\" is both a parameter and a group")
        if !children[group, default: []].contains(part) { children[group, default: []].append(part) }
        group = group.isEmpty ? part : group + "." + part
      }
      indexByPath[spec.path] = index
    }
    for rule in rules {
      for path in rule.paths { precondition(indexByPath[path] != nil, "rule reads unknown parameter \"\(path)\"") }
    }
    self.specs = specs
    self.rules = rules
    self.indexByPath = indexByPath
    self.children = children
    let defaults = ResolvedScenario(schema: self, name: "", description: "", files: [])
    precondition(ruleIssues(in: defaults).isEmpty, "defaults break a rule: \(ruleIssues(in: defaults))")
  }

  /// The parameter at a dotted path, or nil for groups and unknown paths.
  public func spec(_ path: String) -> ParameterSpec? {
    indexByPath[path].map { specs[$0] }
  }

  /// Whether a dotted path names a group (an object node) rather than a parameter.
  public func isGroup(_ path: String) -> Bool { !path.isEmpty && children[path] != nil }

  /// Checks a value for the parameter (or group) at `path`: nil if acceptable,
  /// else the problems as in scenario messages but without the file, e.g.
  /// "0 is out of range; allowed: an integer in 1…500" or, for a list element,
  /// "population.sentenceWeights[3]: 1.5 is out of range; allowed: a number in 0…1".
  public func validate(_ value: JSONValue, at path: String) -> String? {
    let issues: [ScenarioIssue]
    if let spec = spec(path) {
      issues = spec.kind.issues(for: value, path: path, file: "")
    } else if isGroup(path) {
      issues = groupIssues(for: value, at: path, file: "")
    } else {
      return "unknown parameter \"\(path)\""
    }
    guard !issues.isEmpty else { return nil }
    return issues.map { $0.detail(omittingPath: path) }.joined(separator: "; ")
  }

  private static func isWellFormed(_ kind: ParameterKind) -> Bool {
    switch kind {
    case .number(let min, let max): return min <= max
    case .integer(let min, let max): return min <= max
    case .choice(let options): return !options.isEmpty
    case .numberList(let min, let max, let minCount, let maxCount):
      return min <= max && 0 <= minCount && minCount <= maxCount
    case .probability, .boolean, .text: return true
    }
  }
}
