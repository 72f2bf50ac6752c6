import Foundation
import ReentryTestSupport

@testable import ReentryExperiments

/// A sweep of 4 points × 2 replications on the tiny world CI uses (600
/// releases a year, 2 regional institutions, 120 days), in its own
/// temporary folder, so library tests of sweeps take seconds.
struct TinySweep {
  let folder: URL
  let definition: SweepDefinition

  var plan: SweepPlan { definition.plan }

  init() throws {
    folder = makeTempDirectory()
    writeFile(
      folder, "tiny.json",
      """
      {"extends": "\(PackagePaths.baseline)", "name": "tiny", "population": {"releasesPerYear": 600},
       "run": {"warmupDays": 40, "measuredDays": 60, "followUpDays": 20}, "institutions": {"regionalCount": 2}}
      """)
    let sweep = writeFile(
      folder, "sweep.json",
      """
      {"name": "tiny-norm", "base": "tiny.json", "mode": "grid", "replications": 2, "seed": 11,
       "vary": [{"path": "casemanagers.caseloadNorm", "values": [15, 20, 25, 30]}]}
      """)
    definition = try SweepFile.load(sweep)
  }

  /// A fresh output directory inside the folder.
  func directory(_ name: String) -> SweepDirectory { SweepDirectory(path: folder.appendingPathComponent(name).path) }

  /// Prepares `directory` for `shard`, runs what is left and finishes it; returns the outcome and the digest.
  @discardableResult
  func run(
    into directory: SweepDirectory, shard: SweepShard = .whole, resume: Bool = false,
    note: @escaping @Sendable (String) -> Void = { _ in }
  ) async throws -> (outcome: SweepRunner.Outcome, digest: String) {
    try directory.prepare(plan, shard: shard, resume: resume, policy: OutputPolicy(kind: "sweep", note: note))
    let outcome = try await SweepRunner(definition: definition, directory: directory, shard: shard, jobs: 2).run()
    return (outcome, try SweepAssembly.finish(directory, plan: plan, shard: shard))
  }

  /// What a sweep killed after its first `kept` points leaves: those point files and the unfinished marker.
  func killed(_ directory: SweepDirectory, keeping kept: Int) async throws {
    try directory.prepare(plan, shard: .whole, resume: false)
    _ = try await SweepRunner(definition: definition, directory: directory, shard: .whole, jobs: 2).run()
    for point in kept..<plan.pointCount {
      try FileManager.default.removeItem(atPath: directory.file(SweepPointFile.name(point)))
    }
  }

  /// The bytes of a file in `directory`.
  func bytes(_ directory: SweepDirectory, _ name: String) -> Data? {
    FileManager.default.contents(atPath: directory.file(name))
  }

  func remove() { removeTempDirectory(folder) }
}
