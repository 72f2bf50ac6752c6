import ReentryTestSupport
import Testing

@testable import ReentryModel

/// A municipality's aftercare places are held only for detainees it follows who are still inside.
///
/// The Injus notification goes to the municipality the system fills in, which may not be the
/// one the person returns to; without the end-of-detention notice that municipality kept its
/// entry and its place for ever, and early involvement's effect faded with the warm-up length.
@Suite struct AftercarePlaceTests {
  /// Aftercare places scaled to the small world's inflow, so places fill as fast as nationally.
  static let nationalPlaces = [
    "municipalities.small.aftercarePlacesPer10k=0.58", "municipalities.medium.aftercarePlacesPer10k=0.87",
    "municipalities.large.aftercarePlacesPer10k=1.45",
  ]

  @Test func placesAreHeldOnlyForDetaineesInside() async throws {
    let s = try ModelFixture.scenario(
      "Scenarios/early-involvement.json",
      ModelFixture.small + Self.nationalPlaces + ["run.timeseriesIntervalDays=30", "run.seed=3"])
    var checkedDays = 0
    var violations: [String] = []
    _ = try await Replication.run(ModelParameters(s), replication: 0) { day, institutions, municipalities in
      var inside = Set<DetaineeID>()
      for institution in institutions { inside.formUnion(await institution.detaineesInside()) }
      var taken = 0
      var held = 0
      for municipality in municipalities {
        let places = await municipality.aftercarePlaces()
        taken += places.taken
        held += places.detainees.filter(inside.contains).count
        // A care start kept for a handover still to come is for someone inside.
        let waiting = await municipality.careStartsAwaitingHandover()
        if let stray = waiting.first(where: { !inside.contains($0) }) {
          violations.append("day \(day): care start kept for \(stray), who is not inside")
        }
      }
      checkedDays += 1
      // Every place taken is held for someone this municipality follows who is inside.
      if taken > held { violations.append("day \(day): \(taken) places taken, \(held) held for people inside") }
    }
    #expect(checkedDays > 10)
    #expect(violations.isEmpty, "\(violations.prefix(3))")
  }

  /// Early involvement's paired effect on release_ready, with its 95% interval, at one warm-up length.
  func earlyInvolvementEffect(warmupDays: Int) async throws -> (mean: Double, halfWidth: Double) {
    let overrides = Self.nationalPlaces + ["run.warmupDays=\(warmupDays)", "run.measuredDays=240"]
    let base = try await ModelFixture.run(replications: 4, seed: 11, overrides)
    let early = try await ModelFixture.run("Scenarios/early-involvement.json", replications: 4, seed: 11, overrides)
    let d = zip(ModelFixture.values(early, "release_ready"), ModelFixture.values(base, "release_ready")).map {
      $0 - $1
    }
    let mean = ModelFixture.mean(d)
    let variance = d.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(d.count - 1)
    // t(0.975, 3 df) = 3.18.
    return (mean, 3.18 * (variance / Double(d.count)).squareRoot())
  }

  @Test func earlyInvolvementDoesNotFadeWithWarmup() async throws {
    let short = try await earlyInvolvementEffect(warmupDays: 365)
    let long = try await earlyInvolvementEffect(warmupDays: 1095)
    // The two effects agree within their combined intervals.
    let combined = (short.halfWidth * short.halfWidth + long.halfWidth * long.halfWidth).squareRoot()
    #expect(abs(short.mean - long.mean) <= combined, "warm-up 365: \(short), 1095: \(long)")
    #expect(long.mean > 0, "early involvement still helps after a long warm-up: \(long)")
  }
}
