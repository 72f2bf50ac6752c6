import ReentryModel
import ScenarioFormat
import SimKernel

/// Renders the deterministic files of a comparison: `compare.csv`, `compare.json`, `manifest.json`.
///
/// Like `RunFiles`, files are rendered to bytes first so the manifest hashes
/// exactly what is written. Numbers use `TextFormat`, so the files do not
/// depend on the machine or its locale.
package struct CompareFiles {
  /// The base first, then the variants, as resolved (with the shared seed and replications).
  let scenarios: [ResolvedScenario]
  package let seed: UInt64
  package let replications: Int
  package let rows: [ComparisonRow]

  package init(scenarios: [ResolvedScenario], seed: UInt64, replications: Int, rows: [ComparisonRow]) {
    self.scenarios = scenarios
    self.seed = seed
    self.replications = replications
    self.rows = rows
  }

  static let header =
    "metric,group,variant,base_mean,variant_mean,diff_mean,diff_ci_low,diff_ci_high,n,share_better"

  package var base: ResolvedScenario { scenarios[0] }
  package var variants: [ResolvedScenario] { Array(scenarios.dropFirst()) }

  package func render() -> (files: [(name: String, bytes: [UInt8])], digest: String) {
    let files = [("compare.csv", Array(csv().utf8)), ("compare.json", Array(json().utf8))]
    let manifest = self.manifest(files)
    return (files + [("manifest.json", Array(manifest.json.utf8))], manifest.digest)
  }

  func csv() -> String {
    var text = Self.header + "\n"
    for row in rows {
      let d = row.difference
      text +=
        [
          row.metric, row.group, TextFormat.csvField(variants[row.variant].name),
          TextFormat.decimal(row.baseMean), TextFormat.decimal(row.variantMean), TextFormat.decimal(d.mean),
          TextFormat.decimal(d.ciLow), TextFormat.decimal(d.ciHigh), String(d.n),
          row.shareBetter.map(TextFormat.decimal) ?? "NA",
        ].joined(separator: ",") + "\n"
    }
    return text
  }

  func json() -> String {
    func number(_ x: Double?) -> JSONValue {
      guard let x, x.isFinite else { return .null }
      return .number(Double(TextFormat.decimal(x))!)
    }
    let rows: [JSONValue] = rows.map { row in
      .object([
        ("metric", .string(row.metric)), ("group", .string(row.group)),
        ("variant", .string(variants[row.variant].name)),
        ("base_mean", number(row.baseMean)), ("variant_mean", number(row.variantMean)),
        ("diff_mean", number(row.difference.mean)), ("diff_ci_low", number(row.difference.ciLow)),
        ("diff_ci_high", number(row.difference.ciHigh)), ("n", .number(Double(row.difference.n))),
        ("share_better", number(row.shareBetter)),
      ])
    }
    return JSONWriter.write(
      .object([
        ("base", identity(base)),
        ("variants", .array(variants.map(identity))),
        ("seed", .number(Double(seed))),
        ("replications", .number(Double(replications))),
        ("units", .object(Metric.all.map { ($0.name, .string($0.unit)) })),
        ("rows", .array(rows)),
      ]), pretty: true)
  }

  private func identity(_ scenario: ResolvedScenario) -> JSONValue {
    .object([("name", .string(scenario.name)), ("digest", .string(Manifest.digest(of: scenario)))])
  }

  private func manifest(_ files: [(String, [UInt8])]) -> ResultManifest {
    ResultManifest(
      fields: [
        ("kind", .string("compare")),
        ("base", .string(base.name)),
        ("variants", .array(variants.map { .string($0.name) })),
        ("seed", .number(Double(seed))),
        ("replications", .number(Double(replications))),
        ("scenarioDigests", .array(scenarios.map { .string(Manifest.digest(of: $0)) })),
      ],
      inputs: [("base", Manifest.digest(of: base))] + variants.map { ("variant", Manifest.digest(of: $0)) },
      files: files.map { ($0.0, SHA256.hex($0.1)) })
  }
}
