import Foundation
import ReentryExperiments

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
