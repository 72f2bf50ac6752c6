import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The determinism contract: same content + seed ⇒ same bytes, whatever --jobs.
@Suite struct DeterminismTests {
  func digest(seed: Int, jobs: Int) async throws -> String {
    let s = try ModelFixture.scenario(
      "Scenarios/baseline.json",
      ModelFixture.small + [
        "run.replications=3", "run.seed=\(seed)", "run.measuredDays=120",
      ])
    let p = ModelParameters(s)
    let results = try await Experiment.run(p, jobs: jobs)
    return RunFiles(scenario: s, parameters: p, results: results).render().digest
  }

  @Test func sameSeedSameDigestWhateverJobs() async throws {
    let one = try await digest(seed: 11, jobs: 1)
    let again = try await digest(seed: 11, jobs: 1)
    let four = try await digest(seed: 11, jobs: 4)
    #expect(one == again)
    #expect(one == four)
  }

  @Test func anotherSeedAnotherDigest() async throws {
    let a = try await digest(seed: 11, jobs: 2)
    let b = try await digest(seed: 12, jobs: 2)
    #expect(a != b)
  }

  @Test func concurrentRunsDoNotDisturbEachOther() async throws {
    let reference = try await digest(seed: 5, jobs: 1)
    let digests = try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<3 { group.addTask { try await self.digest(seed: 5, jobs: 3) } }
      var all: [String] = []
      for try await d in group { all.append(d) }
      return all
    }
    #expect(digests.allSatisfy { $0 == reference })
  }

  /// Common random numbers: the same detainees arrive in every scenario.
  @Test func sameDetaineesAcrossScenarios() async throws {
    let base = try await ModelFixture.run(replications: 1)
    let variant = try await ModelFixture.run(replications: 1, ["casemanagers.caseloadNorm=15"])
    let a = base[0].records.map { ($0.detainee, $0.admissionDay, $0.releaseDay, $0.needsAtEntry.bits) }
    let b = variant[0].records.map { ($0.detainee, $0.admissionDay, $0.releaseDay, $0.needsAtEntry.bits) }
    #expect(a.count == b.count)
    #expect(zip(a, b).allSatisfy { $0 == $1 })
    #expect(base[0].admitted == variant[0].admitted)
  }
}
