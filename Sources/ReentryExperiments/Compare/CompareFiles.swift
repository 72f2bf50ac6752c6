import ReentryModel
import ScenarioFormat
import SimKernel

/// Renders the deterministic files of a comparison: `compare.csv`, `compare.json`,
/// `cost.csv` (when the staff cost is known), `paths.csv` (when a variant's effect is split
/// into its paths) and `manifest.json`.
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
  /// Each variant's staff cost beside its effect.
  package let cost: StaffCost?
  /// Each split variant's effect by path (see `PathSplit`); empty when none is split.
  package let paths: [PathSplit.Row]

  package init(
    scenarios: [ResolvedScenario], seed: UInt64, replications: Int, rows: [ComparisonRow], cost: StaffCost? = nil,
    paths: [PathSplit.Row] = []
  ) {
    self.scenarios = scenarios
    self.seed = seed
    self.replications = replications
    self.rows = rows
    self.cost = cost
    self.paths = paths
  }

  package var base: ResolvedScenario { scenarios[0] }
  package var variants: [ResolvedScenario] { Array(scenarios.dropFirst()) }

  package func render() -> (files: [(name: String, bytes: [UInt8])], digest: String) {
    var files = [("compare.csv", Array(csv().utf8)), ("compare.json", Array(json().utf8))]
    if let cost { files.append(("cost.csv", Array(costCSV(cost).utf8))) }
    if !paths.isEmpty { files.append(("paths.csv", Array(pathsCSV().utf8))) }
    let manifest = self.manifest(files)
    return (files + [("manifest.json", Array(manifest.json.utf8))], manifest.digest)
  }

  func csv() -> String {
    let layout = CSVLayout.compare
    var text = layout.header + "\n"
    for row in rows {
      let d = row.difference
      text +=
        layout.line { column in
          switch column {
          case .metric: row.metric
          case .group: row.group
          case .variant: TextFormat.csvField(variants[row.variant].name)
          case .baseMean: TextFormat.decimal(row.baseMean)
          case .variantMean: TextFormat.decimal(row.variantMean)
          case .diffMean: TextFormat.decimal(d.mean)
          case .diffCILow: TextFormat.decimal(d.ciLow)
          case .diffCIHigh: TextFormat.decimal(d.ciHigh)
          case .n: String(d.n)
          case .shareBetter: row.shareBetter.map(TextFormat.decimal) ?? "NA"
          }
        } + "\n"
    }
    return text
  }

  /// `cost.csv`: one row per variant and staff-cost measure.
  func costCSV(_ cost: StaffCost) -> String {
    let layout = CSVLayout.cost
    var text = layout.header + "\n"
    for row in cost.rows {
      text +=
        layout.line { column in
          switch column {
          case .variant: TextFormat.csvField(variants[row.variant].name)
          case .measure: row.measure.rawValue
          case .mean: TextFormat.decimal(row.mean)
          case .ciLow: TextFormat.decimal(row.ciLow)
          case .ciHigh: TextFormat.decimal(row.ciHigh)
          case .n: String(row.n)
          }
        } + "\n"
    }
    return text
  }

  /// `paths.csv`: one row per split variant, path, metric and group.
  func pathsCSV() -> String {
    let layout = CSVLayout.paths
    var text = layout.header + "\n"
    for row in paths {
      let d = row.difference
      text +=
        layout.line { column in
          switch column {
          case .variant: TextFormat.csvField(variants[row.variant].name)
          case .path: row.path.rawValue
          case .metric: row.metric
          case .group: row.group
          case .mean: TextFormat.decimal(d.mean)
          case .ciLow: TextFormat.decimal(d.ciLow)
          case .ciHigh: TextFormat.decimal(d.ciHigh)
          case .n: String(d.n)
          }
        } + "\n"
    }
    return text
  }

  /// `compare.json`: the scenarios, seed, replications, units and the rows
  /// keyed by the compare columns' names.
  func json() -> String {
    func number(_ x: Double?) -> JSONValue {
      guard let x, x.isFinite else { return .null }
      return .number(Double(TextFormat.decimal(x))!)
    }
    let rows: [JSONValue] = rows.map { row in
      .object(
        CompareColumn.allCases.map { column in
          switch column {
          case .metric: (column.name, .string(row.metric))
          case .group: (column.name, .string(row.group))
          case .variant: (column.name, .string(variants[row.variant].name))
          case .baseMean: (column.name, number(row.baseMean))
          case .variantMean: (column.name, number(row.variantMean))
          case .diffMean: (column.name, number(row.difference.mean))
          case .diffCILow: (column.name, number(row.difference.ciLow))
          case .diffCIHigh: (column.name, number(row.difference.ciHigh))
          case .n: (column.name, .number(Double(row.difference.n)))
          case .shareBetter: (column.name, number(row.shareBetter))
          }
        })
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
