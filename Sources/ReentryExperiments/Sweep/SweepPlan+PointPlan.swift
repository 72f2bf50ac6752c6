import ScenarioFormat

/// A sweep is a plan of points: `sweep.json`, `points/NNNNNN.csv`, `sweep.csv`.
extension SweepPlan: PointPlan {
  package static var kind: String { "sweep" }
  package static var planFile: String { "sweep.json" }
  package static var tableFile: String { "sweep.csv" }

  package var tableHeader: String { SweepPointFile.header(self) }

  package func isCompletePointFile(_ bytes: [UInt8], point index: Int) -> Bool {
    SweepPointFile.isComplete(bytes, plan: self, point: index)
  }

  package var manifestFields: [(String, JSONValue)] {
    [
      ("mode", .string(mode.rawValue)),
      ("vary", .array(dimensions.map { .string($0.path) })),
      ("points", .number(Double(pointCount))),
      ("replications", .number(Double(replications))),
      ("seed", .number(Double(seed))),
    ]
  }
}
