import Foundation
import ReentryModel

/// Timings of one workload over repeated runs, with the work it did.
package struct BenchMeasurement: Sendable {
  let workload: String
  let description: String
  let seconds: [Double]
  let detaineeDays: Int
  let messages: Int
  let actorSteps: Int
  /// Actor steps of one run by kind of actor, indexed by `ActorKind.rawValue`.
  let actorStepsByKind: [Int]
  /// Casemanager steps of one run that found nothing to do.
  let idleCasemanagerSteps: Int
  /// Peak resident memory of the whole process after this workload (it only grows).
  let peakResidentMB: Double

  /// Steps of one run taken by actors of `kind`.
  func steps(of kind: ActorKind) -> Int {
    actorStepsByKind.indices.contains(kind.rawValue) ? actorStepsByKind[kind.rawValue] : 0
  }

  var median: Double {
    let s = seconds.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
  }
  var min: Double { seconds.min() ?? .nan }
  var max: Double { seconds.max() ?? .nan }
  var detaineeDaysPerSecond: Double { Double(detaineeDays) / median }
  var messagesPerSecond: Double { Double(messages) / median }
  var stepsPerSecond: Double { Double(actorSteps) / median }

  /// Peak resident set size of this process so far, from getrusage (kilobytes on Linux).
  static func peakResidentMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// Processor time of the whole process so far (every thread, user and system):
  /// steadier than wall time on a shared machine.
  static func processorSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
  }
}
