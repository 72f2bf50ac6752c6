import Foundation
import ReentryTestSupport
import ScenarioFormat
import Synchronization
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// A calibration interrupted part-way and resumed gives the digest of one run in one go, and does not
/// evaluate again what it had finished.
@Suite("Calibration resume")
struct CalibrationResumeTests {
  static let tinyWorld = [
    "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
    "institutions.regionalCount=2",
  ]

  struct Interrupted: Error {}

  /// A calibration of the tiny world in a fresh directory: its plan, base and directory, prepared.
  static func prepared() async throws -> (CalibrationPlan, ResolvedScenario, PointDirectory<CalibrationPlan>) {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", tinyWorld)
    let pilot = try await CalibrationRunner.pilot(base, replications: 2, jobs: 2)
    let plan = CalibrationPlan(
      name: "tiny", particles: 4, generations: 2, replications: 1, seed: 3, pilot: pilot, base: base)
    let path = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let directory = PointDirectory<CalibrationPlan>(path: path)
    try directory.prepare(plan, shard: .whole, resume: false)
    return (plan, base, directory)
  }

  @Test func resumingAfterAnInterruptionGivesTheSameDigest() async throws {
    let (plan, base, whole) = try await Self.prepared()
    let reference = try await CalibrationRunner(plan: plan, base: base, directory: whole, jobs: 2).run()
    let referenceDigest = try CalibrationFiles.finish(whole, plan: plan, generations: reference)

    let (_, _, directory) = try await Self.prepared()
    let calls = Atomic<Int>(0)
    var failing = try CalibrationRunner(plan: plan, base: base, directory: directory, jobs: 1)
    failing.replicate = { parameters, replication in
      // The sixth evaluation dies, as if killed: five finished files stay behind.
      guard calls.add(1, ordering: .relaxed).newValue <= 5 else { throw Interrupted() }
      return try await Replication.run(parameters, replication: replication)
    }
    await #expect(throws: Interrupted.self) { try await failing.run() }
    #expect(FileManager.default.fileExists(atPath: directory.file(PointDirectory<CalibrationPlan>.state)))

    try directory.prepare(plan, shard: .whole, resume: true)
    let resumedCalls = Atomic<Int>(0)
    var resuming = try CalibrationRunner(plan: plan, base: base, directory: directory, jobs: 2)
    resuming.replicate = { parameters, replication in
      resumedCalls.add(1, ordering: .relaxed)
      return try await Replication.run(parameters, replication: replication)
    }
    let resumed = try await resuming.run()
    #expect(resumed == reference)
    #expect(try CalibrationFiles.finish(directory, plan: plan, generations: resumed) == referenceDigest)
    let evaluations = reference.reduce(0) { $0 + $1.evaluations }
    #expect(resumedCalls.load(ordering: .relaxed) == evaluations - 5)
  }

  @Test func thePlanFileReadsBackToTheSamePlan() async throws {
    let (plan, _, _) = try await Self.prepared()
    let read = try #require(CalibrationPlan(fileBytes: plan.fileBytes))
    #expect(read.digest == plan.digest)
    #expect(CalibrationPlan(fileBytes: plan.fileBytes + [32]) == nil)
  }
}
