import Foundation

/// Progress on stderr: done/total, rate and time left. Silent unless asked for.
final class Progress: @unchecked Sendable {
  private let label: String
  private let show: Bool
  private let console: Console
  private let started = ContinuousClock.now
  private let lock = NSLock()

  init(label: String, show: Bool, console: Console) {
    self.label = label
    self.show = show
    self.console = console
  }

  func update(_ done: Int, _ total: Int) {
    guard show else { return }
    lock.lock()
    defer { lock.unlock() }
    let elapsed = RunInfo.seconds(ContinuousClock.now - started)
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let left = rate > 0 ? Double(total - done) / rate : 0
    console.err(String(format: "\r%@ %d/%d, %.2f/s, ~%.0f s left   ", label, done, total, rate, left))
  }

  func finish() {
    guard show else { return }
    console.err("\n")
  }
}

/// `run-info.json`: facts about this execution that no digest covers.
enum RunInfo {
  static func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
  }

  /// What the simulation did, for rates: steps, messages, detainee-days.
  struct Work {
    let simulationSeconds: Double
    let actorSteps: Int
    let messages: Int
    let detaineeDays: Int
  }

  static func json(wall: Duration, jobs: Int, startedAt: Date, work: Work) -> String {
    let info = ProcessInfo.processInfo
    return """
      {
        "startedAt": "\(startedAt.ISO8601Format())",
        "wallSeconds": \(String(format: "%.3f", seconds(wall))),
        "simulationSeconds": \(String(format: "%.3f", work.simulationSeconds)),
        "actorSteps": \(work.actorSteps),
        "messages": \(work.messages),
        "detaineeDays": \(work.detaineeDays),
        "jobs": \(jobs),
        "processors": \(info.activeProcessorCount),
        "platform": "\(platform) \(info.operatingSystemVersionString.replacingOccurrences(of: "\"", with: "'"))",
        "version": "\(ReentryVersion.current)"
      }

      """
  }

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
