import ReentryExperiments
import ScenarioFormat

/// The output directory of `reentry compare`, read back for a report.
///
/// Numbers come from `compare.csv`; names, digests and units from
/// `compare.json`. `share_better` is optional, so older comparisons load too.
struct CompareResult: Sendable {
  /// A compared scenario: its name, the digest of its resolved parameters and,
  /// when they can be recovered, the parameters themselves.
  struct Scenario: Sendable {
    let name: String
    let digest: String
    var parameters: JSONValue?
  }

  struct Row: Sendable {
    let metric: String
    let group: String
    let variant: String
    let baseMean: Double
    let variantMean: Double
    /// variant − base over the paired replications.
    let difference: Estimate
    /// Share of paired replications in which the variant does better; NaN without a direction.
    let shareBetter: Double
  }

  var base: Scenario
  var variants: [Scenario]
  let rows: [Row]
  /// Staff cost per variant and measure (`cost.csv`); empty for comparisons written before it.
  let cost: [String: [StaffCost.Measure: Estimate]]
  /// Each split variant's release_ready effect (group all) by path (`paths.csv`); empty without one.
  let paths: [String: [PathSplit.Path: Estimate]]
  let units: [(String, String)]
  let provenance: Provenance

  init(_ directory: ResultDirectory, manifest: JSONValue) throws(InputError) {
    let why = "a comparison directory holds compare.csv, compare.json and manifest.json"
    let table = try directory.csv("compare.csv", needed: why)
    let columns = try table.columns(CompareColumn.self, optional: [.shareBetter])
    var rows: [Row] = []
    for r in table.records {
      rows.append(
        Row(
          metric: columns.text(r, .metric), group: columns.text(r, .group), variant: columns.text(r, .variant),
          baseMean: try columns.number(r, .baseMean), variantMean: try columns.number(r, .variantMean),
          difference: Estimate(
            mean: try columns.number(r, .diffMean), low: try columns.number(r, .diffCILow),
            high: try columns.number(r, .diffCIHigh), n: try columns.count(r, .n)),
          shareBetter: columns.has(.shareBetter) ? try columns.number(r, .shareBetter) : .nan))
    }
    self.rows = rows
    cost = try Self.cost(directory)
    paths = try Self.paths(directory)
    let json = try directory.json("compare.json", needed: why)
    let file = directory.file("compare.json")
    guard let base = Self.scenario(json.value(forKey: "base")), case .array(let list)? = json.value(forKey: "variants")
    else { throw InputError.invalid(file, "needs \"base\" and \"variants\" with a name and digest each") }
    var variants: [Scenario] = []
    for item in list {
      guard let variant = Self.scenario(item) else {
        throw InputError.invalid(file, "every entry of \"variants\" needs a \"name\" and \"digest\"")
      }
      variants.append(variant)
    }
    guard !variants.isEmpty else { throw InputError.invalid(file, "\"variants\" is empty") }
    for row in rows where !variants.contains(where: { $0.name == row.variant }) {
      throw InputError.invalid(
        directory.file("compare.csv"),
        "variant \"\(row.variant)\" is not among the variants of compare.json")
    }
    self.base = base
    self.variants = variants
    if case .object(let list)? = json.value(forKey: "units") {
      units = list.map { ($0.0, Provenance.text($0.1)) }
    } else {
      units = []
    }
    provenance = try Provenance(
      manifest: manifest, runInfo: try directory.optionalJSON("run-info.json"), file: directory.file("manifest.json"))
  }

  /// Reads `cost.csv` when present; a measure this version does not know is skipped.
  private static func cost(_ directory: ResultDirectory) throws(InputError) -> [String: [StaffCost.Measure: Estimate]] {
    guard directory.exists("cost.csv") else { return [:] }
    let table = try directory.csv("cost.csv", needed: "")
    let columns = try table.columns(CostColumn.self)
    var cost: [String: [StaffCost.Measure: Estimate]] = [:]
    for r in table.records {
      guard let measure = StaffCost.Measure(rawValue: columns.text(r, .measure)) else { continue }
      cost[columns.text(r, .variant), default: [:]][measure] = Estimate(
        mean: try columns.number(r, .mean), low: try columns.number(r, .ciLow), high: try columns.number(r, .ciHigh),
        n: try columns.count(r, .n))
    }
    return cost
  }

  /// Reads the `release_ready` rows for group all of `paths.csv` when present.
  private static func paths(_ directory: ResultDirectory) throws(InputError) -> [String: [PathSplit.Path: Estimate]] {
    guard directory.exists("paths.csv") else { return [:] }
    let table = try directory.csv("paths.csv", needed: "")
    let columns = try table.columns(PathColumn.self)
    var paths: [String: [PathSplit.Path: Estimate]] = [:]
    for r in table.records
    where columns.text(r, .metric) == AnswerText.lead && columns.text(r, .group) == "all" {
      guard let path = PathSplit.Path(rawValue: columns.text(r, .path)) else { continue }
      paths[columns.text(r, .variant), default: [:]][path] = Estimate(
        mean: try columns.number(r, .mean), low: try columns.number(r, .ciLow), high: try columns.number(r, .ciHigh),
        n: try columns.count(r, .n))
    }
    return paths
  }

  /// The row of a metric, group and variant, if the file has it.
  func row(_ metric: String, _ group: String = "all", variant: String) -> Row? {
    rows.first { $0.metric == metric && $0.group == group && $0.variant == variant }
  }

  private static func scenario(_ value: JSONValue?) -> Scenario? {
    guard case .string(let name)? = value?.value(forKey: "name"),
      case .string(let digest)? = value?.value(forKey: "digest")
    else { return nil }
    return Scenario(name: name, digest: digest, parameters: value?.value(forKey: "parameters"))
  }
}
