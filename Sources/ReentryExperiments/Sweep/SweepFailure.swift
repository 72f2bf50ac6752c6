import ScenarioFormat

/// A point that could not be run, with the parameter values that identify it.
///
/// The other points are unaffected; failed points get no point file, are
/// listed in `failures.csv`, and are tried again by `--resume`.
package struct SweepFailure: Sendable {
  package let point: Int
  let assignments: [(path: String, value: JSONValue)]
  package let message: String

  /// "casemanagers.caseloadNorm=15, information.sharedSystem=true".
  package var parameters: String {
    assignments.map { "\($0.path)=\(JSONWriter.write($0.value, pretty: false))" }.joined(separator: ", ")
  }

  /// `failures.csv`: point, the varied parameters, and the error, in point order.
  static func csv(_ failures: [SweepFailure], plan: SweepPlan) -> [UInt8] {
    var text =
      (["point"] + plan.dimensions.map { TextFormat.csvField($0.path) } + ["error"]).joined(separator: ",") + "\n"
    for failure in failures.sorted(by: { $0.point < $1.point }) {
      text += "\(failure.point),\(SweepPointFile.prefix(plan, failure.point)),\(TextFormat.csvField(failure.message))\n"
    }
    return Array(text.utf8)
  }
}
