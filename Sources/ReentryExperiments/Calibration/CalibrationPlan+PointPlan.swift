import ScenarioFormat

/// A calibration keeps one point file per evaluated proposal, so `--resume`
/// after a kill reads back every finished evaluation and reruns only the rest.
///
/// The point index of proposal i of generation t is `t · stride + i`, a
/// fixed range per generation, so an index names the same evaluation
/// however many rounds earlier generations used.
extension CalibrationPlan: PointPlan {
  package static var kind: String { "calibration" }
  package static var planFile: String { "calibration.json" }
  package static var tableFile: String { "particles.csv" }

  package var pointCount: Int { generations * stride }

  /// A point file's columns: where the proposal sits, its distance, its values, its figures.
  package var tableHeader: String {
    (["generation", "proposal", "distance"] + parameters.map(\.path) + targets.valueColumns).joined(separator: ",")
  }

  package var manifestFields: [(String, JSONValue)] {
    [
      ("particles", .number(Double(particles))), ("generations", .number(Double(generations))),
      ("replications", .number(Double(replications))), ("seed", .number(Double(seed))),
      ("parameters", .number(Double(parameters.count))), ("targets", .number(Double(targets.targets.count))),
    ]
  }

  package func isCompletePointFile(_ bytes: [UInt8], point index: Int) -> Bool {
    guard bytes.last == 10, let table = try? CSVTable(String(decoding: bytes, as: UTF8.self), file: ""),
      table.header.joined(separator: ",") == tableHeader, table.records.count == 1
    else { return false }
    let fields = table.records[0].fields
    return Int(fields[0]).map { $0 * stride } == index - index % stride && Int(fields[1]) == index % stride
  }

  /// A number as written in point files: exact (shortest round-trip), "NA" when not finite.
  static func number(_ x: Double) -> String { x.isFinite ? JSONWriter.formatNumber(x) : "NA" }

  /// The file of an evaluated proposal.
  func pointBytes(generation t: Int, proposal i: Int, theta: [Double], evaluation: ABCEvaluation) -> [UInt8] {
    let row =
      [String(t), String(i), Self.number(evaluation.distance)] + theta.map(Self.number)
      + evaluation.values.map(Self.number)
    return Array((tableHeader + "\n" + row.joined(separator: ",") + "\n").utf8)
  }

  /// The evaluation a point file holds (values as written, so a resumed run reads what a fresh one keeps).
  func evaluation(pointBytes bytes: [UInt8]) -> ABCEvaluation? {
    guard let table = try? CSVTable(String(decoding: bytes, as: UTF8.self), file: ""), table.records.count == 1 else {
      return nil
    }
    let fields = table.records[0].fields
    func value(_ text: String) -> Double { Double(text) ?? .infinity }
    let first = 3 + parameters.count
    guard fields.count == first + targets.valueColumns.count else { return nil }
    let values = fields[first...].map { Double($0) ?? .nan }
    return ABCEvaluation(distance: value(fields[2]), values: values)
  }
}
