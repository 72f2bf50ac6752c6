extension Metric {
  /// The metrics of the output contract, in output order.
  public static let all: [Metric] =
    [
      Metric(
        name: "release_ready", unit: "share", label: "Release-ready", direction: .higherIsBetter,
        headline: true,
        description: "Share of all releases with every needed basic condition in order (nothing needed counts as ready)"
      ) { r, _, _ in
        share(r) { $0.releaseReady }
      }
    ]
    + BasicCondition.allCases.map { condition in
      Metric(
        name: "\(condition.name)_ok", unit: "share", label: "\(label(condition)) in order (all releases)",
        direction: .higherIsBetter, headline: true,
        description:
          "Share of all releases with \(condition.name) in order at release (not needed counts as in order)"
      ) { r, _, _ in
        share(r) { $0.inOrder.contains(condition) }
      }
    } + needBased + prepared + [
      Metric(
        name: "municipal_contact", unit: "share", label: "Municipality in contact", direction: .higherIsBetter,
        headline: true,
        description: "Releases whose return municipality was in contact during detention"
      ) { r, _, _ in
        share(r) { $0.municipalContact }
      },
      Metric(
        name: "screening_on_time", unit: "share", label: "Screening on time", direction: .higherIsBetter,
        description: "Screening within the deadline, among stays that reached it"
      ) { r, _, _ in
        share(r) { $0.screeningOnTime }
      },
      Metric(
        name: "plan_on_time", unit: "share", label: "Plan on time", direction: .higherIsBetter,
        description: "D&R plan within the deadline, among stays that reached it"
      ) { r, _, _ in
        share(r) { $0.planOnTime }
      },
      Metric(
        name: "joint_conversation_on_time", unit: "share", label: "Joint conversation on time",
        direction: .higherIsBetter,
        description: "Joint conversation within the deadline, among stays that reached it"
      ) { r, _, _ in
        share(r) { $0.jointConversationOnTime }
      },
      Metric(
        name: "case_conferences", unit: "per release", label: "Case conferences", direction: .higherIsBetter,
        description: "Case conferences a partner (municipality or probation) joined, per release"
      ) { r, _, _ in
        mean(r) { $0.caseConferences }
      },
      Metric(
        name: "case_conferences_without_partner", unit: "per release", label: "Case conferences without a partner",
        direction: .none,
        description: "Case conferences held with no partner joining, per release"
      ) { r, _, _ in
        mean(r) { $0.caseConferencesWithoutPartner }
      },
      Metric(
        name: "casemanager_utilisation", unit: "share", label: "Casemanager utilisation", direction: .none,
        description: "Hours worked over hours available, measured window (group all only)"
      ) { _, result, isAll in
        isAll && result.hoursAvailable > 0 ? result.hoursWorked / result.hoursAvailable : nil
      },
      Metric(
        name: "probation_wait_days", unit: "days", label: "Wait for probation", direction: .lowerIsBetter,
        description: "Days from release to the start of supervision (judicial title; censored waits at the horizon)"
      ) { r, _, _ in
        mean(r) { $0.probationWaitDays }
      },
      Metric(
        name: "care_wait_days", unit: "days", label: "Wait for a care place", direction: .lowerIsBetter,
        description: "Days from release to an assisted-living place (those who need one)"
      ) { r, _, _ in
        mean(r) { $0.careWaitDays }
      },
      Metric(
        name: "care_waiting_left", unit: "share", label: "Left the care list without a place",
        direction: .lowerIsBetter,
        description:
          "Of releases that needed an assisted-living place, the share who left its waiting list without one "
          + "(the need lapsed or was met elsewhere); they have no care wait"
      ) { r, _, _ in
        share(r) { $0.careLeftDays != nil ? true : $0.careWaitDays != nil ? false : nil }
      },
      Metric(
        name: "days_to_income", unit: "days", label: "Days to income", direction: .lowerIsBetter,
        description: "Days from release to first income (those without income at release)"
      ) { r, _, _ in
        mean(r) { $0.daysToIncome }
      },
      Metric(
        name: "days_without_housing", unit: "days", label: "Days without housing", direction: .lowerIsBetter,
        description: "Days from release to housing (those without housing at release)"
      ) { r, _, _ in
        mean(r) { $0.daysWithoutHousing }
      },
      Metric(
        name: "social_network_kept", unit: "share", label: "Social network kept", direction: .higherIsBetter,
        description:
          "Share of releases with a non-criminal social network at entry that still have it (not a basic condition)"
      ) { r, _, _ in
        share(r) { $0.socialNetworkAtEntry ? $0.socialNetworkKept : nil }
      },
      Metric(
        name: "extra_support_needed", unit: "share", label: "Extra support needed", direction: .lowerIsBetter,
        description: "Share of all releases that lost their social network in detention and need more support after"
      ) { r, _, _ in
        share(r) { $0.socialNetworkAtEntry && !$0.socialNetworkKept }
      },
    ] + staff + partners + [
      Metric(
        name: "releases_per_year", unit: "releases/year", label: "Releases per year", direction: .none,
        description: "Measured releases scaled to a year"
      ) { r, result, _ in
        Double(r.count) * 365 / Double(max(1, result.measuredDays))
      }
    ]

  /// The names of the metrics a policy advisor reads first, in catalog order.
  public static let headline: [String] = all.filter(\.isHeadline).map(\.name)

  /// The metric of this name in the catalog; nil for a name it does not
  /// have (a result written by a newer version).
  public static func named(_ name: String) -> Metric? { all.first { $0.name == name } }

  /// A basic condition as a reader names it; "ID" keeps its capitals.
  static func label(_ condition: BasicCondition) -> String {
    switch condition {
    case .id: "ID"
    case .housing: "Housing"
    case .income: "Income"
    case .debts: "Debts"
    case .care: "Care"
    }
  }
}
