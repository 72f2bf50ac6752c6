/// Evaluates the schema's cross-field rules on a merged scenario and words
/// each violation as a scenario issue, naming the file that set the value.
extension ParameterSchema {
  /// One issue per broken rule, in declaration order; empty when all hold.
  func ruleIssues(in scenario: ResolvedScenario) -> [ScenarioIssue] {
    rules.compactMap { rule in
      guard let violation = rule.check(scenario) else { return nil }
      precondition(rule.paths.contains(violation.path), "rule blames \"\(violation.path)\", which it does not read")
      return ScenarioIssue(
        file: Self.blamedFile(violation.path, rule: rule, in: scenario), path: violation.path,
        value: scenario.value(violation.path).compactText, allowed: violation.allowed, category: .inconsistent,
        message: violation.message)
    }
  }

  /// The file (or "command line") that set the blamed parameter; if it is at
  /// its default, the newest layer that set any parameter the rule reads,
  /// since that layer made the combination.
  private static func blamedFile(_ path: String, rule: CrossFieldRule, in scenario: ResolvedScenario) -> String {
    let origin = scenario.origin(path)
    if origin != .defaultValue { return origin.description }
    func age(_ origin: ValueOrigin) -> Int {
      switch origin {
      case .defaultValue: return -1
      case .file(let file): return scenario.files.firstIndex(of: file) ?? 0
      case .commandLine: return scenario.files.count
      }
    }
    let newest = rule.paths.map(scenario.origin).max { age($0) < age($1) }
    return newest.map(\.description) ?? origin.description
  }
}
