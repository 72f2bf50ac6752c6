import Foundation
import ReentryModel
import ScenarioFormat

/// The bench table for the terminal and `bench.json` for the record.
package enum BenchReport {
  package static func table(_ ms: [BenchMeasurement]) -> String {
    guard !ms.isEmpty else { return "" }
    var text = "workload          median s    min s    max s  detainee-days/s   messages/s   steps/s  peak MB\n"
    for m in ms {
      text +=
        m.workload.padding(toLength: 16, withPad: " ", startingAt: 0)
        + String(
          format: "%9.3f%9.3f%9.3f%17.3e%13.3e%10.3e%9.1f\n",
          m.median, m.min, m.max, m.detaineeDaysPerSecond, m.messagesPerSecond, m.stepsPerSecond, m.peakResidentMB)
    }
    text += "work of one run: messages delivered, actor steps (casemanagers, municipalities, institutions, others)\n"
    for m in ms {
      let byKind = m.steps(of:)
      let named = byKind(.casemanager) + byKind(.municipality) + byKind(.institution)
      text +=
        m.workload.padding(toLength: 16, withPad: " ", startingAt: 0)
        + "\(m.messages) messages, \(m.actorSteps) steps (\(byKind(.casemanager)), \(byKind(.municipality)), "
        + "\(byKind(.institution)), \(m.actorSteps - named)), \(m.idleCasemanagerSteps) casemanager steps idle\n"
    }
    if let efficiency = parallelEfficiency(ms) {
      text += String(format: "parallel efficiency of the sweep on 2 jobs: %.1f%%\n", efficiency * 100)
    }
    if let a = ms.first(where: { $0.workload == "a-national" }), let b = ms.first(where: { $0.workload == "b-tenfold" })
    {
      text += String(format: "10x inflow costs %.2fx the national run\n", b.median / a.median)
    }
    return text
  }

  /// T(1 job) / (2 × T(2 jobs)).
  static func parallelEfficiency(_ ms: [BenchMeasurement]) -> Double? {
    guard let one = ms.first(where: { $0.workload == "c-sweep-jobs1" }),
      let two = ms.first(where: { $0.workload == "c-sweep-jobs2" })
    else { return nil }
    return one.median / (2 * two.median)
  }

  package static func json(
    _ ms: [BenchMeasurement], robustness: RobustnessBench.Measurement? = nil,
    calibration: CalibrationBench.Measurement? = nil, output: OutputBench.Measurement? = nil, runs: Int
  ) -> String {
    func n(_ x: Double) -> JSONValue { x.isFinite ? .number((x * 1e6).rounded() / 1e6) : .null }
    let rows: [JSONValue] = ms.map { m in
      .object([
        ("workload", .string(m.workload)), ("description", .string(m.description)),
        ("medianSeconds", n(m.median)), ("minSeconds", n(m.min)), ("maxSeconds", n(m.max)),
        ("seconds", .array(m.seconds.map(n))),
        ("detaineeDays", .number(Double(m.detaineeDays))), ("messages", .number(Double(m.messages))),
        ("actorSteps", .number(Double(m.actorSteps))),
        ("idleCasemanagerSteps", .number(Double(m.idleCasemanagerSteps))),
        (
          "actorStepsByKind",
          .object(
            ActorKind.allCases.map { kind in
              ("\(kind)", .number(Double(m.steps(of: kind))))
            })
        ),
        ("detaineeDaysPerSecond", n(m.detaineeDaysPerSecond)), ("messagesPerSecond", n(m.messagesPerSecond)),
        ("actorStepsPerSecond", n(m.stepsPerSecond)), ("peakResidentMB", n(m.peakResidentMB)),
      ])
    }
    return JSONWriter.write(
      .object([
        ("version", .string(ReentryVersion.current)),
        ("runs", .number(Double(runs))),
        ("processors", .number(Double(ProcessInfo.processInfo.activeProcessorCount))),
        (
          "workloads",
          .array(rows + [robustness?.json, calibration?.json, output?.json].compactMap { $0 })
        ),
        ("parallelEfficiency", parallelEfficiency(ms).map(n) ?? .null),
      ]), pretty: true)
  }
}
