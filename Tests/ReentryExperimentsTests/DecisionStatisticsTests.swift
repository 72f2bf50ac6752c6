import SimKernel
import Testing

@testable import ReentryExperiments

/// The statistics that go with every robustness figure, on answers known by hand:
/// Wilson intervals, the acceptability curve and the value of information.
@Suite struct DecisionStatisticsTests {
  /// 18 of 36 worlds: 0.34–0.66; 36 of 36: lower bound 0.904 (not 100%); 0 of 0: everything.
  @Test func wilsonIntervalsMatchTheirKnownValues() {
    let half = WilsonInterval(successes: 18, trials: 36)
    #expect(abs(half.low - 0.344743) < 1e-6 && abs(half.high - 0.655257) < 1e-6)
    let all = WilsonInterval(successes: 36, trials: 36)
    #expect(abs(all.low - 0.903581) < 1e-6 && all.high == 1)
    // 16 of 36 (0.30–0.60 in the audit of the shipped result).
    let sixteen = WilsonInterval(successes: 16, trials: 36)
    #expect(abs(sixteen.low - 0.295413) < 1e-6 && abs(sixteen.high - 0.604189) < 1e-6)
    #expect(WilsonInterval(successes: 0, trials: 0) == WilsonInterval(successes: 0, trials: 0))
    #expect(WilsonInterval(successes: 0, trials: 0).low == 0 && WilsonInterval(successes: 0, trials: 0).high == 1)
    #expect(half.contains(0.5) && !all.contains(0.5))
  }

  /// Two worlds, base (0, 0), A adds 1 person for 100 hours, B 3 people for 500 hours:
  /// NB_A = λ − 100, NB_B = 3λ − 500. Below 100 h the base is the best buy, from 100 to 200 A, above 200 B.
  @Test func acceptabilityFollowsTheNetBenefitByHand() {
    let world: [(people: Double, hours: Double)] = [(0, 0), (1, 100), (3, 500)]
    let other: [(people: Double, hours: Double)] = [(0, 0), (1, 100), (1, 500)]
    let curve = Acceptability.curve([world, other], values: [50, 150, 300, 1_000])
    #expect(curve[0] == [1, 0, 0])
    #expect(curve[1] == [0, 1, 0])
    // At 300: in the first world B (400 > 200), in the second A (200 > −200).
    #expect(curve[2] == [0, 0.5, 0.5])
    #expect(curve[3] == [0, 0.5, 0.5])
    // A tie shares the world: at λ = 100 the base and A both have NB 0 in both worlds.
    #expect(Acceptability.curve([world, other], values: [100]) == [[0.5, 0.5, 0]])
    #expect(curve.allSatisfy { abs($0.reduce(0, +) - 1) < 1e-12 })
  }

  /// Worlds where option A pays φ − 0.5 and B pays 0 (φ uniform): knowing φ lets one choose A
  /// exactly when φ > 0.5, worth E[max(φ − 0.5, 0)] = 1/8, and it changes the choice in half the
  /// worlds. A column the outcome ignores is worth about nothing, below the noise floor.
  @Test func valueOfInformationOfADecisiveAndOfAnIrrelevantAssumption() {
    var stream = RandomStream(
      seed: 8, replication: 0, kind: StreamLabel("test"), entity: 0, purpose: StreamLabel("evppi"))
    let n = 400
    let phi = (0..<n).map { _ in stream.nextDouble() }
    let irrelevant = (0..<n).map { _ in stream.nextDouble() }
    let noise = (0..<n).map { _ in 0.05 * (stream.nextDouble() - 0.5) }
    let outcomes = (0..<n).map { [phi[$0] - 0.5 + noise[$0], 0] }
    let perfect = ValueOfInformation.perfect(outcomes)
    let decisive = ValueOfInformation.partial(outcomes, parameter: phi)
    let ignored = ValueOfInformation.partial(outcomes, parameter: irrelevant)
    let floor = ValueOfInformation.noiseFloor(outcomes, seed: 3)
    #expect(abs(decisive.value - 0.125) < 0.015, "EVPPI \(decisive.value)")
    #expect(abs(decisive.changes - 0.5) < 0.1)
    #expect(decisive.value <= perfect + 1e-12 && perfect < 0.14)
    #expect(ignored.value < 0.01, "EVPPI \(ignored.value)")
    #expect(ignored.value <= floor && floor < 0.02 && decisive.value > 5 * floor)
  }

  /// One option always best: nothing to learn (EVPI and every EVPPI 0).
  @Test func aDominantOptionLeavesNothingToLearn() {
    let outcomes = (0..<50).map { i in [Double(i % 7), Double(i % 7) - 1] }
    #expect(ValueOfInformation.perfect(outcomes) == 0)
    #expect(ValueOfInformation.partial(outcomes, parameter: (0..<50).map { Double($0 % 7) }).value < 1e-9)
  }

  /// The polynomial fit is least squares: a cubic is recovered exactly, and a constant stays constant.
  @Test func theSmootherRecoversAPolynomial() {
    let x = (0..<30).map { -1 + 2 * Double($0) / 29 }
    let y = x.map { 1 + 2 * $0 - $0 * $0 * $0 }
    let fit = ValueOfInformation.fitted(y, x: x)
    #expect(zip(fit, y).allSatisfy { abs($0 - $1) < 1e-9 })
    #expect(ValueOfInformation.fitted(Array(repeating: 4, count: 30), x: x).allSatisfy { abs($0 - 4) < 1e-12 })
  }
}
