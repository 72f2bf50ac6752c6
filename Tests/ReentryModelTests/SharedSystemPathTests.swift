import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The shared system is two things (seed 003 recommendation 4): partners reading the plan, and a
/// change in registration work that is an assumption about its implementation. Each is a
/// parameter of its own, and each path switched off leaves nothing of its effect.
@Suite struct SharedSystemPathTests {
  static let shared = ["information.sharedSystem=true"]
  static let hoursOnly = shared + ["information.sharedSystemInformation=false"]

  /// A system that changes nothing in registration (ratio 1) and whose information path is off
  /// does nothing.
  @Test func hoursPathVanishesAtRatioOne() async throws {
    let d = try await ModelFixture.pairedDifferences(
      MetricName.releaseReady, Self.hoursOnly + ["information.sharedSystemBurdenRatio=1"])
    #expect(d.allSatisfy { $0 == 0 }, "release_ready differences \(d)")
  }

  /// The range of the hours path includes extra work at introduction: then it costs hours and
  /// release readiness, where a saving gains.
  @Test func hoursPathFollowsTheBurdenRatio() async throws {
    let saving = try await ModelFixture.pairedDifferences(
      MetricName.releaseReady, Self.hoursOnly + ["information.sharedSystemBurdenRatio=0.5"])
    let extra = try await ModelFixture.pairedDifferences(
      MetricName.releaseReady, Self.hoursOnly + ["information.sharedSystemBurdenRatio=1.2"])
    #expect(ModelFixture.mean(saving) > 0.002, "saving \(saving)")
    #expect(ModelFixture.mean(extra) < 0, "extra work \(extra)")
  }

  /// Information access alone helps, through what partners read; without proactive or responsive
  /// municipalities and with the contact search already free, nobody reads, and nothing changes.
  @Test func informationPathActsThroughPartners() async throws {
    let informationOnly = Self.shared + ["information.sharedSystemSavesHours=false"]
    let d = try await ModelFixture.pairedDifferences(MetricName.releaseReady, informationOnly)
    #expect(ModelFixture.mean(d) > 0.002, "information access alone \(d)")
    let off = try await ModelFixture.pairedDifferences(
      MetricName.releaseReady, Self.shared,
      base: ["information.sharedSystemSavesHours=false", "information.sharedSystemInformation=false"])
    #expect(off.allSatisfy { $0 == 0 }, "both paths off \(off)")
  }
}
