/// One timing of a workload on a number of jobs, with the digest of what it wrote.
protocol TimedRun: Sendable {
  var jobs: Int { get }
  var seconds: Double { get }
  /// The result's digest: the same on every job count, or the result depends on `--jobs`.
  var digest: String { get }
}

/// A workload timed once per job count (1, then 2): the robustness and calibration workloads of `bench`.
protocol TimedByJobs {
  associatedtype Run: TimedRun
  /// In the order timed.
  var runs: [Run] { get }
}

extension TimedByJobs {
  func run(jobs: Int) -> Run? { runs.first { $0.jobs == jobs } }

  /// t1 / (2 · t2): 1 when two jobs halve the wall time.
  var parallelEfficiency: Double? {
    guard let one = run(jobs: 1), let two = run(jobs: 2) else { return nil }
    return one.seconds / (2 * two.seconds)
  }

  /// Whether every job count wrote the same result, as `--jobs` promises.
  var sameDigest: Bool { Set(runs.map(\.digest)).count <= 1 }
}
