import Foundation
import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// The terminal summary of a robustness analysis, read back from `robustness.json`.
///
/// One sentence per variant for release_ready: how often it improves
/// readiness in the kept worlds, the median effect and its 90% range, how
/// often it is the best variant, and the three assumptions it depends on most.
enum RobustnessTable {
  static func text(_ directory: PointDirectory<RobustnessPlan>, plan: RobustnessPlan) -> String {
    guard let data = FileManager.default.contents(atPath: directory.file(RobustnessPlan.summaryFile)),
      let json = try? JSONParser.parse(Array(data))
    else { return "" }
    func number(_ value: JSONValue?) -> Double? { if case .number(let x)? = value { x } else { nil } }
    func points(_ x: Double?) -> String { x.map { DisplayNumber.signed($0, 1, factor: 100) } ?? "NA" }
    func percent(_ p: Double) -> String { DisplayNumber.fixed(p, 0, factor: 100) + "%" }
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
        line += " higher in \(percent(p)) of kept draws"
      }
      line += "; median \(points(number(ready.value(forKey: "medianEffect")))) pp"
      if case .array(let range)? = ready.value(forKey: "range90"), range.count == 2 {
        line += ", 90% range \(points(number(range[0]))) to \(points(number(range[1])))"
      }
      if let best = number(ready.value(forKey: "probabilityBest")) {
        line += "; best variant in \(percent(best))"
      }
      if case .array(let depends)? = ready.value(forKey: "dependsOn") {
        let top = depends.prefix(3).compactMap { entry -> String? in
          guard case .string(let path)? = entry.value(forKey: "parameter"), let r = number(entry.value(forKey: "prcc"))
          else { return nil }
          return "\(path) (\(DisplayNumber.signed(r, 2)))"
        }
        if !top.isEmpty { line += "; depends most on " + top.joined(separator: ", ") }
      }
      text += line + "\n"
    }
    return text
  }
}
