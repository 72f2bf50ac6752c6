import ReentryModel
import SimKernel

/// Splits a shared system's effect into what information access and what changed registration
/// hours contribute, so nobody cites the system for an hour saving that is only an assumption.
///
/// Seed 003's recommendation 4 is that partners can read the plan; a lighter registration is a
/// separate hope about how the system is built (`information.sharedSystemBurdenRatio`). For
/// every variant that introduces a shared system with both paths on, `compare` also runs the
/// variant with only the information path and with only the hours path, with the same seed and
/// replications (common random numbers). Per replication the contribution of a path is "that
/// path alone − base", and the interaction is what is left: "both − information alone − hours
/// alone + base". The three add up to the variant's effect exactly, replication by replication.
package struct PathSplit: Sendable {
  /// A separable path of an intervention.
  package enum Path: String, CaseIterable, Sendable {
    /// Partners read the plan and its progress; everyone sees the others' contact details.
    case informationAccess = "information_access"
    /// Registration takes `sharedSystemBurdenRatio` of today's burden.
    case registrationHours = "registration_hours"
    /// What the two do together beyond their sum.
    case interaction
  }

  /// The metrics whose contributions `paths.csv` reports: the two headline outcomes.
  package static let metrics = [MetricName.releaseReady, MetricName.releasePrepared]

  /// Variants (their index among the variants) that are split.
  package let splitVariants: [Int]
  /// The extra runs, two per split variant: information alone, then hours alone.
  package let runs: [ModelParameters]

  package init(base: ModelParameters, variants: [ModelParameters]) {
    var split: [Int] = []
    var runs: [ModelParameters] = []
    for (v, variant) in variants.enumerated() {
      let info = variant.information
      guard info.sharedSystem, info.sharedSystemInformation, info.sharedSystemSavesHours,
        !base.information.sharedSystem
      else { continue }
      var informationOnly = variant
      informationOnly.information.sharedSystemSavesHours = false
      var hoursOnly = variant
      hoursOnly.information.sharedSystemInformation = false
      split.append(v)
      runs += [informationOnly, hoursOnly]
    }
    self.splitVariants = split
    self.runs = runs
  }

  /// One path's contribution to one metric for one group of one variant.
  package struct Row: Sendable {
    package let variant: Int
    package let path: Path
    package let metric: String
    package let group: String
    package let difference: Summary
  }

  /// The contributions, given the tables of the base, the variants and `runs` (in that order).
  package func rows(base: MetricTable, variants: [MetricTable], runs: [MetricTable]) -> [Row] {
    var rows: [Row] = []
    for (k, v) in splitVariants.enumerated() {
      let full = variants[v]
      let information = runs[2 * k]
      let hours = runs[2 * k + 1]
      for name in Self.metrics {
        let m = Metric.index(name)
        for (g, group) in Group.all.enumerated() {
          var byPath: [Path: [Double]] = [:]
          let count = [base, full, information, hours].map(\.values.count).min() ?? 0
          for r in 0..<count {
            guard let b = base.values[r][m][g], let f = full.values[r][m][g], let i = information.values[r][m][g],
              let h = hours.values[r][m][g]
            else { continue }
            byPath[.informationAccess, default: []].append(i - b)
            byPath[.registrationHours, default: []].append(h - b)
            byPath[.interaction, default: []].append(f - i - h + b)
          }
          for path in Path.allCases {
            guard let values = byPath[path] else { continue }
            rows.append(Row(variant: v, path: path, metric: name, group: group.name, difference: Summary(values)))
          }
        }
      }
    }
    return rows
  }
}
