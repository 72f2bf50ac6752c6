import ScenarioFormat

/// A robustness analysis is a plan of points, one per draw: `design.json`,
/// `points/NNNNNN.csv`, `robustness.csv`, the summary `robustness.json` and `acceptability.csv`.
extension RobustnessPlan: PointPlan {
  package static var kind: String { "robustness" }
  package static var planFile: String { "design.json" }
  package static var tableFile: String { "robustness.csv" }
  package static var summaryFile: String { "robustness.json" }
  /// The acceptability curve, one row per value and option.
  package static var acceptabilityFile: String { "acceptability.csv" }

  package var pointCount: Int { draws }
  package var tableHeader: String { RobustnessPointFile.header(self) }

  package func isCompletePointFile(_ bytes: [UInt8], point index: Int) -> Bool {
    RobustnessPointFile.isComplete(bytes, plan: self, draw: index)
  }

  package var manifestFields: [(String, JSONValue)] {
    [
      ("base", .string(scenarios[0].name)),
      ("variants", .array(variants.map { .string($0.name) })),
      ("draws", .number(Double(draws))),
      ("replications", .number(Double(replications))),
      ("seed", .number(Double(seed))),
      ("filter", .string(filter.rawValue)),
      ("factors", .number(Double(factors.count))),
    ] + (worlds.map { [("worlds", .string("posterior")), ("posteriorDigest", .string($0.digest))] } ?? [])
  }

  package func summaryFiles(pointFile: (Int) throws(InputError) -> [UInt8]) throws(InputError)
    -> [(String, [UInt8])]
  {
    let summary = try RobustnessSummary(plan: self, pointFile: pointFile)
    return [
      (Self.summaryFile, Array(JSONWriter.write(summary.json, pretty: true).utf8)),
      (Self.acceptabilityFile, Array(summary.acceptability(kept: summary.kept).csv.utf8)),
    ]
  }
}
