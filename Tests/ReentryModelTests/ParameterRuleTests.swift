import Foundation
import ReentryTestSupport
import SimKernel
import Testing

@testable import ReentryModel
@testable import ScenarioFormat

/// Walks every invariant the model relies on about combinations of
/// parameters: for each, a scenario that breaks it shows what the model
/// code does with it (throw, or silently change meaning), and the same
/// values are refused by the catalog's cross-field rule, naming the field.
@Suite struct ParameterRuleTests {
  /// A combination the model cannot use and what the model does with it.
  struct Walk: Sendable, CustomStringConvertible {
    let path: String
    let value: JSONValue
    /// Holds when the model, given these values unchecked, fails or loses the parameter's meaning.
    let modelMisbehaves: @Sendable (ModelParameters) -> Bool
    var description: String { "\(path)=\(value.compactText)" }
  }

  /// Whether building the detainee factory (and so every run) throws.
  static func factoryThrows(_ p: ModelParameters) -> Bool {
    (try? DetaineeFactory(
      parameters: p, layout: WorldLayout(parameters: p), random: RandomSource(seed: 1, replication: 0))) == nil
  }

  static let walks: [Walk] = [
    // HistogramDistribution: edges.count == weights.count + 1.
    Walk(path: "population.sentenceLengthWeights", value: [0.5, 0.5], modelMisbehaves: factoryThrows),
    // CategoricalDistribution: a positive sum of weights.
    Walk(
      path: "population.sentenceLengthWeights", value: .array(Array(repeating: 0, count: 9)),
      modelMisbehaves: factoryThrows),
    // HistogramDistribution: strictly increasing edges.
    Walk(
      path: "population.sentenceLengthEdgesDays", value: [1, 14, 30, 20, 91, 182, 365, 730, 1461, 3652],
      modelMisbehaves: factoryThrows),
    // SizeClass.of tests "small" first: the medium class empties without a word.
    Walk(path: "municipalities.smallBelowPopulation", value: 200_000) { p in
      !WorldLayout(parameters: p).sizeClasses.contains(.medium)
    },
    // ReleaseEvaluation caps the decision at the maximum: the median draw is capped, so the mean is not the mean.
    Walk(path: "conditions.benefitDecisionMeanDays", value: 70) { p in
      let c = p.conditions
      return LeadTime.days(mean: c.benefitDecisionMeanDays, cv: c.leadTimeCV, z: 0) > c.benefitDecisionMaxDays
    },
  ]

  @Test(arguments: walks) func modelMisbehavesAndTheRuleRefuses(_ walk: Walk) throws {
    let base = try ModelFixture.scenario()
    #expect(!walk.modelMisbehaves(ModelParameters(base)), "the baseline itself misbehaves")
    // One parameter at a time is not checked against rules: the values the model would see.
    let unchecked = try base.overriding(walk.path, with: walk.value)
    #expect(walk.modelMisbehaves(ModelParameters(unchecked)))
    let broken = ParameterCatalog.rules.filter { $0.check(unchecked) != nil }
    #expect(broken.count == 1, "\(broken.map(\.summary))")
    #expect(broken.first?.paths.contains(walk.path) == true)
    do {
      _ = try base.overriding([(walk.path, walk.value)])
      Issue.record("\(walk) was accepted")
    } catch {
      #expect(error.issues.map(\.path) == [walk.path])
      #expect(error.issues.map(\.category) == [.inconsistent])
    }
    #expect(throws: ScenarioErrors.self) {
      try ModelFixture.scenario("Scenarios/baseline.json", ["\(walk.path)=\(walk.value.compactText)"])
    }
  }

  /// Every rule of the catalog is walked above, so none guards nothing.
  @Test func everyRuleIsWalked() throws {
    let base = try ModelFixture.scenario()
    var walked = Set<String>()
    for walk in Self.walks {
      let unchecked = try base.overriding(walk.path, with: walk.value)
      for rule in ParameterCatalog.rules where rule.check(unchecked) != nil { walked.insert(rule.summary) }
    }
    #expect(walked == Set(ParameterCatalog.rules.map(\.summary)))
    #expect(ParameterCatalog.schema.rules.count == ParameterCatalog.rules.count)
  }

  /// The shipped scenarios all satisfy the rules.
  @Test func shippedScenariosMeetTheRules() throws {
    let dir = ModelFixture.path("Scenarios")
    let files = try #require(FileManager.default.enumerator(atPath: dir)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".json") && !$0.contains("sweep") }
    #expect(!files.isEmpty)
    for file in files {
      let text = try String(contentsOfFile: dir + "/" + file, encoding: .utf8)
      guard !text.contains("\"vary\"") else { continue }
      #expect(throws: Never.self, "\(file)") { try ModelFixture.scenario("Scenarios/" + file) }
    }
  }
}
