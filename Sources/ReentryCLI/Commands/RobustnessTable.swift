import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// The terminal summary of a robustness analysis, read back from `robustness.json`.
///
/// One sentence per variant for release_ready: how often it improves
/// readiness in the kept worlds and how often it is the best variant, each
/// with its Wilson 95% interval, the median effect and its 90% range; then
/// whether the two leading variants can be ranked, and the assumptions whose
/// EVPPI clears the noise floor (or that none does).
enum RobustnessTable {
  static func text(_ directory: PointDirectory<RobustnessPlan>, plan: RobustnessPlan) -> String {
    guard let data = FileManager.default.contents(atPath: directory.file(RobustnessPlan.summaryFile)),
      let json = try? JSONParser.parse(Array(data))
    else { return "" }
    func number(_ value: JSONValue?) -> Double? { if case .number(let x)? = value { x } else { nil } }
    func points(_ x: Double?) -> String { x.map { DisplayNumber.signed($0, 1, factor: 100) } ?? "NA" }
    func percent(_ p: Double) -> String { DisplayNumber.fixed(p, 0, factor: 100) + "%" }
    func interval(_ value: JSONValue?) -> String {
      guard case .array(let ends)? = value, ends.count == 2, let low = number(ends[0]), let high = number(ends[1])
      else { return "" }
      return " (95% interval \(percent(low))–\(percent(high)))"
    }
    let kept = Int(number(json.value(forKey: "kept")) ?? 0)
    var text = "robustness: \(plan.draws) draws, \(kept) kept (filter \(plan.filter.rawValue))"
    if case .array(let figures)? = json.value(forKey: "rejectionsByFigure"), !figures.isEmpty {
      let top = figures.prefix(3).compactMap { entry -> String? in
        guard case .string(let id)? = entry.value(forKey: "figure") else { return nil }
        return "\(id) \(Int(number(entry.value(forKey: "draws")) ?? 0))"
      }
      text += "; rejected most by " + top.joined(separator: ", ")
    }
    text += "\n"
    guard case .array(let variants)? = json.value(forKey: "variants") else { return text }
    for variant in variants {
      guard case .string(let name)? = variant.value(forKey: "name"),
        case .array(let metrics)? = variant.value(forKey: "metrics"),
        let ready = metrics.first(where: { $0.value(forKey: "metric") == .string(MetricName.releaseReady) })
      else { continue }
      var line = "\(name): release_ready"
      if let p = number(ready.value(forKey: "probabilityImprovement")) {
        line +=
          " higher in \(percent(p))\(interval(ready.value(forKey: "probabilityImprovementInterval"))) of kept draws"
      }
      line += "; median \(points(number(ready.value(forKey: "medianEffect")))) pp"
      if case .array(let range)? = ready.value(forKey: "range90"), range.count == 2 {
        line += ", 90% range \(points(number(range[0]))) to \(points(number(range[1])))"
      }
      if let best = number(ready.value(forKey: "probabilityBest")) {
        line += "; best variant in \(percent(best))\(interval(ready.value(forKey: "probabilityBestInterval")))"
      }
      text += line + "\n" + spread(ready.value(forKey: "spread"), percent: percent)
    }
    text += leadingPair(json.value(forKey: "leadingPair"), points: points, percent: percent, interval: interval)
    text += choice(json.value(forKey: "choiceDependsOn"))
    return text
  }

  /// The effect's spread split by the law of total variance: what differs between worlds and what is noise.
  static func spread(_ spread: JSONValue?, percent: (Double) -> String) -> String {
    guard let spread, case .number(let assumption)? = spread.value(forKey: "assumptionSD"),
      case .number(let noise)? = spread.value(forKey: "noiseSD")
    else { return "" }
    var line =
      "  spread of the effect: assumption uncertainty (between worlds) SD \(DisplayNumber.fixed(assumption, 2, factor: 100)) pp, "
      + "simulation noise (between replications of one world) SD \(DisplayNumber.fixed(noise, 2, factor: 100)) pp"
    if case .number(let share)? = spread.value(forKey: "assumptionShare") {
      line += "; \(percent(share)) of the variance is assumption uncertainty"
    }
    return line + "\n"
  }

  /// "shared-system and caseload-15 cannot be ranked: …", or which ranks above which.
  static func leadingPair(
    _ pair: JSONValue?, points: (Double?) -> String, percent: (Double) -> String, interval: (JSONValue?) -> String
  ) -> String {
    guard let pair, case .string(let first)? = pair.value(forKey: "first"),
      case .string(let second)? = pair.value(forKey: "second"),
      case .number(let p)? = pair.value(forKey: "probabilityFirstBetter")
    else { return "" }
    func number(_ value: JSONValue?) -> Double? { if case .number(let x)? = value { x } else { nil } }
    var range = ""
    if case .array(let ends)? = pair.value(forKey: "range90"), ends.count == 2 {
      range = ", 90% range \(points(number(ends[0]))) to \(points(number(ends[1])))"
    }
    let difference =
      "difference \(points(number(pair.value(forKey: "medianDifference")))) pp\(range); \(first) higher in "
      + "\(percent(p))\(interval(pair.value(forKey: "probabilityFirstBetterInterval"))) of kept draws"
    let ranked = pair.value(forKey: "canBeRanked") == .bool(true)
    return ranked
      ? "leading variants: \(first) ranks above \(second) on release_ready: \(difference)\n"
      : "leading variants: \(first) and \(second) cannot be ranked on release_ready: \(difference)\n"
  }

  /// The assumptions worth knowing for the choice (EVPPI above the noise floor), or that none is.
  static func choice(_ choice: JSONValue?) -> String {
    guard let choice, case .array(let leads)? = choice.value(forKey: "parameters"),
      case .number(let evpi)? = choice.value(forKey: "evpi"),
      case .number(let floor)? = choice.value(forKey: "noiseFloor")
    else { return "" }
    func pp(_ x: Double) -> String { DisplayNumber.fixed(x, 2, factor: 100) + " pp" }
    let head = "choice hangs on (EVPPI, release_ready; all unknowns together \(pp(evpi)), noise floor \(pp(floor))): "
    let top = leads.prefix(3).compactMap { entry -> String? in
      guard case .string(let path)? = entry.value(forKey: "parameter"),
        case .number(let v)? = entry.value(forKey: "evppi"),
        case .number(let changes)? = entry.value(forKey: "changesChoice")
      else { return nil }
      return "\(path) \(pp(v)) (changes the choice in \(DisplayNumber.fixed(changes, 0, factor: 100))% of kept draws)"
    }
    return head + (top.isEmpty ? "no assumption clears the noise floor" : top.joined(separator: ", ")) + "\n"
  }
}
