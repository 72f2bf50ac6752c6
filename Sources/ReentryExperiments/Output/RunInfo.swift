import Foundation
import ReentryModel
import ScenarioFormat

/// `run-info.json`: facts about this execution that no digest covers (wall
/// time, jobs, platform), kept apart so that deterministic files stay so.
public enum RunInfo {
  /// A duration in seconds as a `Double`.
  public static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  /// What the simulation did, for rates: steps, messages, detainee-days.
  public struct Work: Sendable {
    public let simulationSeconds: Double
    public let actorSteps: Int
    public let messages: Int
    public let detaineeDays: Int

    public init(simulationSeconds: Double, actorSteps: Int, messages: Int, detaineeDays: Int) {
      self.simulationSeconds = simulationSeconds
      self.actorSteps = actorSteps
      self.messages = messages
      self.detaineeDays = detaineeDays
    }

    /// The totals of `work`, with the time spent simulating.
    package init(_ work: SimulationWork, simulated: Duration) {
      self.init(
        simulationSeconds: RunInfo.seconds(simulated), actorSteps: work.actorSteps, messages: work.messages,
        detaineeDays: work.detaineeDays)
    }
  }

  /// The file's text, written with the JSON writer (seconds to the millisecond).
  public static func json(wall: Duration, jobs: Int, startedAt: Date, work: Work) -> String {
    let info = ProcessInfo.processInfo
    let system = info.operatingSystemVersionString
    let value = JSONValue.object([
      ("startedAt", .string(startedAt.ISO8601Format())),
      ("wallSeconds", .number(milliseconds(seconds(wall)))),
      ("simulationSeconds", .number(milliseconds(work.simulationSeconds))),
      ("actorSteps", .number(Double(work.actorSteps))),
      ("messages", .number(Double(work.messages))),
      ("detaineeDays", .number(Double(work.detaineeDays))),
      ("jobs", .number(Double(jobs))),
      ("processors", .number(Double(info.activeProcessorCount))),
      ("platform", .string("\(platform) \(system)")),
      ("version", .string(ReentryVersion.current)),
    ])
    return JSONWriter.write(value, pretty: true) + "\n"
  }

  /// Rounded to the millisecond, so the file does not show binary noise.
  private static func milliseconds(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

  static var platform: String {
    #if os(Linux)
      "Linux"
    #elseif os(macOS)
      "macOS"
    #else
      "other"
    #endif
  }
}
