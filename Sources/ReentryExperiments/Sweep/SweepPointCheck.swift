import ScenarioFormat

/// Checks every point of a sweep as the scenario it will run, before any
/// point runs: each value already passed its own parameter's check, but a
/// combination (varied values with each other or with the base scenario)
/// can still break a cross-field rule, and such a sweep is refused with exit
/// 65 instead of failing point by point.
enum SweepPointCheck {
  /// Points reported one by one; beyond them a single line counts the rest,
  /// so a grid that is wrong everywhere does not flood the terminal.
  static let reportedPoints = 10

  /// One issue per broken rule at each invalid point, file the sweep file and
  /// field `vary`, e.g. `vary: point 3 (population.sentenceLengthWeights=[0.5,0.5]):
  /// population.sentenceLengthWeights: 2 weights for 10 edges; allowed: …`.
  static func issues(_ definition: SweepDefinition) -> [ScenarioIssue] {
    var issues: [ScenarioIssue] = []
    var invalid = 0
    for point in 0..<definition.plan.pointCount {
      do {
        _ = try definition.scenario(ofPoint: point)
      } catch {
        invalid += 1
        guard invalid <= reportedPoints else { continue }
        let values = SweepFailure(point: point, assignments: definition.plan.assignments(ofPoint: point), message: "")
          .parameters
        issues += error.issues.map { issue in
          ScenarioIssue(
            file: definition.file, path: "vary", value: "", allowed: issue.allowed, category: issue.category,
            message: "point \(point) (\(values)): \(issue.path): \(issue.message)")
        }
      }
    }
    if invalid > reportedPoints {
      issues.append(
        ScenarioIssue(
          file: definition.file, path: "vary", value: "", allowed: "", category: .inconsistent,
          message: "\(invalid - reportedPoints) more of the \(definition.plan.pointCount) points are invalid"))
    }
    return issues
  }
}
