import SimKernel
import Testing

/// Streams keyed by (seed, replication, kind, entity, purpose) must be
/// reproducible and must not influence one another (common random numbers).
struct StreamIndependenceTests {
  private static let kind = StreamLabel("worker")
  private static let purpose = StreamLabel("service time")

  private func stream(
    seed: UInt64 = 11, replication: UInt64 = 3, kind: StreamLabel = kind, entity: UInt64 = 812,
    purpose: StreamLabel = purpose
  ) -> RandomStream {
    RandomStream(seed: seed, replication: replication, kind: kind, entity: entity, purpose: purpose)
  }

  private func firstValues(_ stream: RandomStream, _ count: Int = 5) -> [UInt64] {
    var copy = stream
    return (0..<count).map { _ in copy.nextUInt64() }
  }

  @Test func sameKeyGivesSameSequence() {
    #expect(firstValues(stream(), 100) == firstValues(stream(), 100))
  }

  @Test func eachKeyComponentChangesTheSequence() {
    let base = firstValues(stream())
    #expect(firstValues(stream(seed: 12)) != base)
    #expect(firstValues(stream(replication: 4)) != base)
    #expect(firstValues(stream(kind: StreamLabel("client"))) != base)
    #expect(firstValues(stream(entity: 813)) != base)
    #expect(firstValues(stream(purpose: StreamLabel("arrival"))) != base)
  }

  @Test func swappedComponentsGiveDifferentSequences() {
    // The chain is ordered, so exchanging the roles of two words matters.
    let a = RandomStream(
      seed: 1, replication: 2, kind: StreamLabel(raw: 3), entity: 4, purpose: StreamLabel(raw: 5))
    let b = RandomStream(
      seed: 2, replication: 1, kind: StreamLabel(raw: 3), entity: 4, purpose: StreamLabel(raw: 5))
    #expect(firstValues(a) != firstValues(b))
  }

  @Test func drawingFromOneStreamLeavesAnotherUnchanged() {
    var before = stream(entity: 2)
    let expected = (0..<5).map { _ in before.normal(mean: 0, sd: 1) }
    var other = stream(entity: 1)
    for _ in 0..<1000 { _ = other.poisson(mean: 40) }
    var after = stream(entity: 2)
    let actual = (0..<5).map { _ in after.normal(mean: 0, sd: 1) }
    #expect(actual == expected)
  }

  @Test func neighbouringEntitiesAreUncorrelated() {
    var a = stream(entity: 100)
    var b = stream(entity: 101)
    let n = 20_000
    let x = (0..<n).map { _ in a.nextDouble() - 0.5 }
    let y = (0..<n).map { _ in b.nextDouble() - 0.5 }
    let covariance = zip(x, y).map(*).reduce(0, +) / Double(n)
    let correlation = covariance * 12  // both variances are 1/12
    #expect(abs(correlation) < 5 / Double(n).squareRoot())
  }
}
