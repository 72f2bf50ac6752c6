import ReentryTestSupport
import Testing

@testable import ReentryModel

/// LVB as its own risk (seed 003): under workload pressure the extra attention is dropped and
/// help questions go unregistered; a partner that knows of the LVB adjusts.
@Suite struct LvbAttentionTests {
  static let dropOff = ["casemanagers.lvbAttentionDroppedUnderPressure=false"]
  static let adjustOff = ["information.partnersAdjustToLvb=false"]

  /// Share of LVB releases whose plan registered every help question.
  static func lvbComplete(_ runs: [ReplicationResult]) -> Double {
    let shares = runs.map { r in Metric.share(r.records.filter(\.lvb)) { $0.registrationComplete } ?? .nan }
    return ModelFixture.mean(shares)
  }

  /// Under pressure the dropped attention leaves LVB plans incomplete; without pressure (hours to
  /// spare) the switch changes nothing at all.
  @Test func attentionIsDroppedOnlyUnderPressure() async throws {
    let on = try await ModelFixture.run(replications: 2)
    let off = try await ModelFixture.run(replications: 2, Self.dropOff)
    #expect(Self.lvbComplete(on) < Self.lvbComplete(off) - 0.03, "\(Self.lvbComplete(on)) vs \(Self.lvbComplete(off))")
    let ample = ["casemanagers.hoursPerWeek=80"]
    let d = try await ModelFixture.pairedDifferences(MetricName.releaseReady, Self.dropOff, base: ample)
    #expect(d.allSatisfy { $0 == 0 }, "release_ready differences with hours to spare \(d)")
  }

  /// Nobody knows of the LVB without the full sheet or a shared plan, so adjusting has no effect
  /// in the baseline; with the full sheet it helps LVB releases and leaves the others unchanged.
  @Test func partnersWhoKnowAdjust() async throws {
    let baseline = try await ModelFixture.pairedDifferences(MetricName.releasePrepared, Self.adjustOff)
    #expect(baseline.allSatisfy { $0 == 0 }, "baseline differences \(baseline)")
    let sheet = ["information.fullSheet=true"]
    let off = try await ModelFixture.run(replications: 4, sheet + Self.adjustOff)
    let on = try await ModelFixture.run(replications: 4, sheet)
    let others = zip(
      ModelFixture.values(on, MetricName.releasePrepared, "lvb=no"),
      ModelFixture.values(off, MetricName.releasePrepared, "lvb=no")
    ).map { $0 - $1 }
    #expect(others.allSatisfy { $0 == 0 }, "lvb=no differences \(others)")
    let lvb = zip(
      ModelFixture.values(on, MetricName.releasePrepared, "lvb=yes"),
      ModelFixture.values(off, MetricName.releasePrepared, "lvb=yes")
    ).map { $0 - $1 }
    #expect(ModelFixture.mean(lvb) > 0.005, "lvb=yes differences \(lvb)")
  }
}
