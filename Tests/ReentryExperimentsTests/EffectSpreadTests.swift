import SimKernel
import Testing

@testable import ReentryExperiments

/// The law of total variance on effects: simulation noise within worlds, assumption uncertainty between them.
@Suite struct EffectSpreadTests {
  @Test func aHandWorkedTableSplitsExactly() throws {
    // Within-world variances 2 and 2 (noise 2); world means 2 and 6 vary by 8, of which 2/2 = 1 is noise.
    let split = try #require(EffectSpread(replications: [[1, 3], [5, 7]]))
    #expect(split.worlds == 2 && split.noiseVariance == 2 && split.assumptionVariance == 7)
    #expect(split.totalVariance == split.noiseVariance + split.assumptionVariance)
  }

  @Test func knownComponentsAreRecovered() throws {
    // 2 000 worlds with a true mean of SD 2 (variance 4), 5 replications each with noise of SD 1 (variance 1).
    var stream = RandomStream(
      seed: 9, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("spread"))
    let table = (0..<2_000).map { _ in
      let mean = stream.normal(mean: 0.3, sd: 2)
      return (0..<5).map { _ in mean + stream.normal(mean: 0, sd: 1) }
    }
    let split = try #require(EffectSpread(replications: table))
    #expect(abs(split.noiseVariance - 1) < 0.06, "noise \(split.noiseVariance)")
    #expect(abs(split.assumptionVariance - 4) < 0.4, "assumptions \(split.assumptionVariance)")
  }

  @Test func pureNoiseLeavesNoAssumptionUncertainty() throws {
    var stream = RandomStream(
      seed: 2, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("noise"))
    let table = (0..<2_000).map { _ in (0..<3).map { _ in stream.normal(mean: 1, sd: 0.5) } }
    let split = try #require(EffectSpread(replications: table))
    #expect(abs(split.noiseVariance - 0.25) < 0.02)
    #expect(abs(split.assumptionVariance) < 0.02)
  }

  @Test func oneReplicationOrOneWorldCannotBeSplit() {
    #expect(EffectSpread(replications: [[1], [2], [3]]) == nil)
    #expect(EffectSpread(replications: [[1, 2, 3]]) == nil)
  }
}
