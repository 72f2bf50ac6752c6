import ReentryExperiments
import ReentryModel

/// Sentences and machine-readable attributes shared by the answers of
/// every kind of report.
///
/// The headline element carries the exact numbers of the result file in
/// `data-` attributes (six decimals, as written), so a test or a script can
/// check the sentence against the CSV without parsing prose.
enum AnswerText {
  /// The metric every answer leads with: the share of all releases.
  static let lead = "release_ready"
  /// The same among those who needed help: what a reader quotes for help received.
  static let leadAmongNeeding = "release_ready_among_needing"

  /// Group pairs and triples that answer "for whom?".
  static let breakdowns: [[String]] = [
    ["sentence=short", "sentence=long"],
    ["municipality=small", "municipality=medium", "municipality=large"],
    ["lvb=yes", "lvb=no"],
  ]

  static let meaning =
    "That is the share of all people released who leave prison with every basic condition they need in order: "
    + "ID, housing, income, debts and care (someone who needs none counts as ready). "
    + "Shares \"among those who needed it\" divide by the people who lacked the condition at entry or lost it "
    + "in detention: they measure help received."

  /// "Staff cost: +168.2 casemanagers (FTE), 659 casework hours a year per additional release-ready
  /// person (95% interval 578–741)." Nil when the comparison has no cost file.
  static func staffCost(_ cost: [StaffCost.Measure: Estimate]?) -> String? {
    guard let cost, let fte = cost[.extraCasemanagersFTE] else { return nil }
    var text = "Staff cost: \(DisplayUnit.signed(fte.mean, 1)) casemanagers (FTE)"
    if let hours = cost[.extraHoursAvailablePerYear] {
      text += ", \(DisplayUnit.signed(hours.mean, 0)) casework hours available a year"
    }
    if let each = cost[.availableHoursPerExtraReleaseReady], each.mean.isFinite, each.mean > 0 {
      text += ", \(DisplayUnit.fixed(each.mean, 0)) hours per additional release-ready person"
      if each.hasInterval {
        text += " (95% interval \(DisplayUnit.fixed(each.low, 0))–\(DisplayUnit.fixed(each.high, 0)))"
      }
    }
    return text + "."
  }

  /// `data-` attributes for an estimate, with the file's six decimals.
  static func attributes(_ e: Estimate, prefix: String = "") -> [(String, String)] {
    [
      ("data-\(prefix)mean", TextFormat.decimal(e.mean)), ("data-\(prefix)ci-low", TextFormat.decimal(e.low)),
      ("data-\(prefix)ci-high", TextFormat.decimal(e.high)), ("data-\(prefix)n", String(e.n)),
    ]
  }

  /// "Short stay 18.0% (15.5–20.6%), long stay 66.4% (61.9–70.9%)."
  static func breakdown(_ groups: [String], unit: DisplayUnit, estimate: (String) -> Estimate?) -> String? {
    let parts = groups.compactMap { g in
      estimate(g).map {
        "\(ReportLabels.inSentence(ReportLabels.group(g))) \(unit.value($0.mean)) (\(unit.interval($0)))"
      }
    }
    guard parts.count > 1 else { return nil }
    return ReportLabels.capitalised(parts.joined(separator: ", ")) + "."
  }

  /// The closing caveat: what the numbers are and how much rests on assumptions.
  static func caveat(replications: Int, seed: String, paired: Bool) -> String {
    let (assumed, total) = ParameterSection.assumptionCount
    return "Model estimates from \(replications) replication\(replications == 1 ? "" : "s") (seed \(seed)); "
      + "each interval is a 95% interval over \(paired ? "paired " : "")replications and reflects simulation noise only, "
      + "not uncertainty in the inputs. \(assumed) of the model's \(total) parameters rest wholly or partly on "
      + "assumptions; they are marked under Parameters."
  }
}
