import Foundation
import ReentryTestSupport
import ScenarioFormat
import SimKernel
import Testing

@testable import ReentryCLI
@testable import ReentryExperiments
@testable import ReentryModel

/// `reentry compare`: common random numbers, paired differences, files and errors.
@Suite("Compare")
struct CompareTests {
  /// A base and a variant (caseload norm 20) of the small world, each run on
  /// its own with the same seed and 4 replications.
  struct Pair: Sendable {
    let world: ExperimentWorld
    let base: String
    let variant: String
    let baseTable: MetricTable
    let variantTable: MetricTable
  }

  static let replications = 4
  static let seed = 11

  static let pair = Task<Pair, any Error> {
    let world = ExperimentWorld()
    let variant = world.write(
      "norm20.json", #"{"extends": "small.json", "name": "norm20", "casemanagers": {"caseloadNorm": 20}}"#)
    let base = world.path("small.json")
    func table(_ file: String) async throws -> MetricTable {
      let scenario = try ScenarioInput.loader.load(
        file: file, overrides: ["run.replications=\(replications)", "run.seed=\(seed)"])
      return MetricTable(try await Experiment.run(ModelParameters(scenario), jobs: 2))
    }
    return Pair(
      world: world, base: base, variant: variant, baseTable: try await table(base),
      variantTable: try await table(variant))
  }

  static let m = Metric.all.firstIndex { $0.name == "release_ready" }!

  @Test func theDifferenceIsTakenWithinEachReplication() async throws {
    let pair = try await Self.pair.value
    let (b, v) = (pair.baseTable, pair.variantTable)
    for g in Group.all.indices {
      let pairs = PairedComparison.pairs(b, v, metric: Self.m, group: g)
      let expected = (0..<Self.replications).compactMap { r -> (Int, Double)? in
        guard let x = b.values[r][Self.m][g], let y = v.values[r][Self.m][g] else { return nil }
        return (r, y - x)
      }
      #expect(pairs.map(\.replication) == expected.map(\.0))
      #expect(pairs.map { $0.variant - $0.base } == expected.map(\.1))
      let row = PairedComparison(base: b, variants: [v]).rows
        .first { $0.metric == "release_ready" && $0.group == Group.all[g].name }
      #expect(row?.difference == Summary(expected.map(\.1)))
    }
  }

  /// Common random numbers: differencing within a replication cancels the
  /// noise both runs share, so the paired interval is narrower than the
  /// interval that treats base and variant as two independent samples. (At
  /// national scale it is about three times narrower; in this tiny world with
  /// overloaded casemanagers, where a lower norm reorders everyone's work, four
  /// replications show a smaller factor, so the test asks only for narrower.)
  @Test func thePairedIntervalIsNarrowerThanAnUnpairedOne() async throws {
    let pair = try await Self.pair.value
    let n = Self.replications
    let base = Summary(pair.baseTable.values.map { $0[Self.m][0]! })
    let variant = Summary(pair.variantTable.values.map { $0[Self.m][0]! })
    let pooledVariance = (base.sd * base.sd + variant.sd * variant.sd) / 2
    let unpaired = StudentT.quantile975(degreesOfFreedom: 2 * n - 2) * (pooledVariance * 2 / Double(n)).squareRoot()
    let row = try #require(
      PairedComparison(base: pair.baseTable, variants: [pair.variantTable]).rows
        .first { $0.metric == "release_ready" && $0.group == "all" })
    let paired = row.difference.ciHigh - row.difference.mean
    #expect(paired > 0)
    #expect(paired < unpaired, "paired ±\(paired) vs unpaired ±\(unpaired)")
  }

  /// The command pairs replication r of the base with replication r of the
  /// variant: its files equal what the separately run scenarios give.
  @Test func theCommandWritesThePairedComparison() async throws {
    let pair = try await Self.pair.value
    let out = pair.world.path("compare-out")
    let r = await reentry([
      "compare", pair.base, pair.variant, "--replications", "\(Self.replications)", "--seed", "\(Self.seed)",
      "--jobs", "2", "--out", out,
    ])
    #expect(r.code == 0, "\(r.err)")
    let csv = try #require(readText(out + "/compare.csv"))
    #expect(
      csv.hasPrefix(
        "metric,group,variant,base_mean,variant_mean,diff_mean,diff_ci_low,diff_ci_high,n,share_better\n"))
    let scenarios = try [pair.base, pair.variant].map {
      try ScenarioInput.loader.load(
        file: $0, overrides: ["run.replications=\(Self.replications)", "run.seed=\(Self.seed)"])
    }
    let expected = CompareFiles(
      scenarios: scenarios, seed: UInt64(Self.seed), replications: Self.replications,
      rows: PairedComparison(base: pair.baseTable, variants: [pair.variantTable]).rows)
    #expect(csv == expected.csv())
    #expect(readText(out + "/compare.json") == expected.json())
    let cost = StaffCost(
      base: pair.baseTable, variants: [pair.variantTable], parameters: scenarios.map(ModelParameters.init))
    #expect(readText(out + "/cost.csv") == expected.costCSV(cost))
    // Every measure, partner hours included (`partner_hours_worked` is in the catalog).
    #expect(cost.rows.count == StaffCost.Measure.allCases.count)
    #expect(r.out.contains("paid hours per extra release-ready person"))
    #expect(r.out.contains("casework hours available per extra release-ready person"))
    let manifest = try JSONParser.parse(try #require(readText(out + "/manifest.json")))
    #expect(manifest.value(forKey: "tool") == .string("reentry"))
    #expect(manifest.value(forKey: "kind") == .string("compare"))
    #expect(r.out.contains("norm20 vs small: \(Self.replications) paired replications"))
    #expect(r.out.contains("release_ready"))
  }

  @Test func shareBetterFollowsEachMetricsDirection() {
    func direction(_ name: String) -> MetricDirection? { Metric.named(name)?.direction }
    #expect(direction("release_ready") == .higherIsBetter)
    #expect(direction("housing_ok") == .higherIsBetter)
    #expect(direction("plan_on_time") == .higherIsBetter)
    #expect(direction("care_wait_days") == .lowerIsBetter)
    #expect(direction("casemanager_utilisation") == MetricDirection.none)
    #expect(direction("releases_per_year") == MetricDirection.none)
    let values: [[[Double?]]] = [[[0.5]], [[0.5]], [[0.5]], [[0.5]]]
    let better: [[[Double?]]] = [[[0.6]], [[0.5]], [[0.4]], [[0.7]]]
    let pairs = PairedComparison.pairs(MetricTable(values: values), MetricTable(values: better), metric: 0, group: 0)
    #expect(
      pairs.compactMap { MetricDirection.higherIsBetter.better($0.variant, than: $0.base) } == [
        true, false, false, true,
      ])
  }

  @Test func everyScenarioIsCheckedBeforeAnythingRuns() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    let base = world.path("small.json")
    let bad = world.write("bad.json", #"{"extends": "small.json", "casemanagers": {"caseloadNrom": 20}}"#)
    let out = world.path("out")
    let r = await reentry(["compare", base, bad, world.path("missing.json"), "--out", out])
    #expect(r.code == 66)
    #expect(r.err.contains("\(bad): casemanagers.caseloadNrom: unknown key"))
    #expect(r.err.contains("missing.json: cannot read file"))
    #expect(!FileManager.default.fileExists(atPath: out))

    let r2 = await reentry(["compare", base, bad, "--out", out])
    #expect(r2.code == 65)
    #expect(await reentry(["compare", base]).code == 64)
    #expect(await reentry(["compare", base, base, "--seed", "x"]).code == 64)
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func aForeignOutputDirectoryIsRefused() async {
    let world = ExperimentWorld()
    defer { removeTempDirectory(world.dir) }
    world.write("mine/notes.txt", "keep me")
    let base = world.path("small.json")
    let r = await reentry(["compare", base, base, "--out", world.path("mine")])
    #expect(r.code == 73)
    #expect(readText(world.path("mine/notes.txt")) == "keep me")
  }
}
