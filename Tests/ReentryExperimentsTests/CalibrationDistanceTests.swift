import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The calibration distance reads each target's accepted range as the source's measurement uncertainty:
/// every world has a positive, continuous distance, so the adaptive tolerance keeps shrinking.
@Suite("Calibration distance")
struct CalibrationDistanceTests {
  static func figure(_ id: String) throws -> ValidationFigure {
    try #require(ValidationFigure.all.first { $0.id == id })
  }

  /// Targets the tiny world meets in (nearly) every draw of the prior: inside their ranges, well off their centres.
  static let metEverywhere = ["mdo_held", "case_conferences_per_release", "release_ready_fewer_than_half"]

  /// A calibration of the tiny world to `targets` (noise measured on a pilot of 2), run to its end.
  static func tinyCalibration(targets ids: [String], particles: Int, generations: Int) async throws
    -> [ABCGeneration]
  {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", CalibrationResumeTests.tinyWorld)
    let pilot = try await CalibrationRunner.pilot(base, replications: 2, jobs: 2)
    let all = CalibrationTargets(pilot: pilot, parameters: ModelParameters(base), replications: 1)
    let targets = CalibrationTargets(
      targets: all.targets.filter { ids.contains($0.figure.id) }, heldOut: [], replications: 1)
    try #require(targets.targets.count == ids.count)
    let plan = CalibrationPlan(
      name: "tiny", particles: particles, generations: generations, replications: 1, seed: 7, pilotReplications: 2,
      parameters: CalibrationParameter.all(in: base.schema), targets: targets, base: base.effectiveJSON)
    let path = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let directory = PointDirectory<CalibrationPlan>(path: path)
    try directory.prepare(plan, shard: .whole, resume: false)
    return try await CalibrationRunner(plan: plan, base: base, directory: directory, jobs: 2).run()
  }

  /// Worlds inside every range used to sit at distance 0: the second tolerance was 0, the run ended there
  /// and the posterior was the prior. Read as measurements with an error, every world is at a positive
  /// distance and each generation's tolerance lies below the last. (With six particles the moves of
  /// generation 1 may all be refused, which ends the run; the tolerance that would come next still shrinks.)
  @Test func anABCRunOnASmallWorldGoesPastGenerationOne() async throws {
    let generations = try await Self.tinyCalibration(targets: Self.metEverywhere, particles: 6, generations: 3)
    try #require(generations.count >= 2, "ended after generation \(generations.count - 1)")
    #expect(generations.allSatisfy { $0.complete })
    #expect(generations[1].tolerance > 0 && generations[1].tolerance.isFinite)
    let sampler = ABCSampler(parameters: [], particles: 6, generations: 3, seed: 7)
    let next = generations.count > 2 ? generations[2].tolerance : sampler.tolerance(after: generations[1])
    #expect(next > 0 && next < generations[1].tolerance)
    #expect(generations.flatMap(\.particles).allSatisfy { $0.evaluation.distance > 0 })
  }
}

extension CalibrationDistanceTests {
  /// Targets with the given noise, evaluated with `replications` per world.
  static func targets(_ noise: [(String, Double)], replications: Int) throws -> CalibrationTargets {
    CalibrationTargets(
      targets: try noise.map { CalibrationTargets.Target(figure: try figure($0.0), noise: $0.1) }, heldOut: [],
      replications: replications)
  }

  @Test func aHandWorkedDistance() throws {
    let targets = try Self.targets([("caseload_mean", 2), ("care_wait_p90_days", 0)], replications: 4)
    // caseload_mean: range 25–35 around the seed's "on average 30", h = 10 / 4 = 2.5; σ = 2 over R = 4:
    // scale √(4 / 4 + 2.5²) = √7.25 = 2.692582; a mean of 33 misses by 3 / 2.692582 = 1.114172.
    let caseload = targets.miss(0, mean: 33, range: 25...35)
    #expect(abs(caseload - 1.114_172) < 1e-6, "\(caseload)")
    // care_wait_p90_days: 61–365 with no central figure, so the midpoint 213, h = 76; no noise:
    // a mean of 100 misses by 113 / 76 = 1.486842, inside the range though it is.
    let care = targets.miss(1, mean: 100, range: 61...365)
    #expect(abs(care - 1.486_842) < 1e-6, "\(care)")
    // The distance is their root mean square: √((1.114172² + 1.486842²) / 2) = 1.313788.
    let distance = targets.distance(misses: [caseload, care])
    #expect(abs(distance - 1.313_788) < 1e-6, "\(distance)")
  }

  @Test func aWorldAtTheCentreIsAtZeroAndOneAtAnEdgeMissesByTwo() throws {
    let ids = ValidationFigure.all.filter { $0.role == .calibrationTarget && $0.range != nil }.map(\.id)
    #expect(ids.count >= 10)
    let targets = try Self.targets(ids.map { ($0, 0) }, replications: 1)
    for (k, target) in targets.targets.enumerated() {
      let range = try #require(target.figure.range)
      let centre = try #require(targets.centre(k, range: range))
      #expect(targets.miss(k, mean: centre, range: range) < 1e-12, "\(target.figure.id)")
      for edge in [range.lowerBound, range.upperBound] {
        let miss = targets.miss(k, mean: edge, range: range)
        #expect(abs(miss - 2) < 1e-9, "\(target.figure.id) at \(edge): \(miss)")
      }
    }
    // The seed's own central figure, not the midpoint, where it gives one; moved with a scaled range.
    let caseload = try Self.targets([("caseload_mean", 0)], replications: 1)
    #expect(caseload.centre(0, range: 25...35) == 30)
    #expect(caseload.centre(0, range: 50...70) == 60)
  }

  @Test func aOneSidedRangeKeepsZeroInsideAndScalesTheMissOutside() throws {
    let targets = try Self.targets([("mdo_held", 0.2)], replications: 4)
    let range = 0.5...Double.infinity
    #expect(targets.centre(0, range: range) == nil)
    #expect(targets.miss(0, mean: 0.9, range: range) == 0)
    // Outside: 0.1 below the bound over the noise 0.2 / √4 = 0.1 is one unit.
    #expect(abs(targets.miss(0, mean: 0.4, range: range) - 1) < 1e-12)
  }

  @Test func theMissGrowsContinuouslyAwayFromTheCentre() throws {
    let targets = try Self.targets([("screening_within_deadline", 0.05)], replications: 2)
    let range = 0.5...0.9999
    let misses = stride(from: 0.75, through: 1.0, by: 0.01).map { targets.miss(0, mean: $0, range: range) }
    #expect(zip(misses, misses.dropFirst()).allSatisfy { $0 < $1 })
    // No jump at the edge of the range: just inside and just outside miss by nearly the same.
    let inside = targets.miss(0, mean: 0.9999 - 1e-9, range: range)
    let outside = targets.miss(0, mean: 0.9999 + 1e-9, range: range)
    #expect(abs(outside - inside) < 1e-6)
  }
}
