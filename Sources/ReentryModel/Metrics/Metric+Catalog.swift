extension Metric {
  /// The metrics of the output contract, in output order.
  public static let all: [Metric] =
    [
      Metric(
        name: "release_ready", unit: "share",
        description: "Releases with every needed basic condition in order"
      ) { r, _, _ in
        share(r) { $0.releaseReady }
      }
    ]
    + BasicCondition.allCases.map { condition in
      Metric(
        name: "\(condition.name)_ok", unit: "share",
        description: "Releases with \(condition.name) in order (not needed counts as in order)"
      ) { r, _, _ in
        share(r) { $0.inOrder.contains(condition) }
      }
    } + [
      Metric(
        name: "municipal_contact", unit: "share",
        description: "Releases whose return municipality was in contact during detention"
      ) { r, _, _ in
        share(r) { $0.municipalContact }
      },
      Metric(
        name: "screening_on_time", unit: "share",
        description: "Screening within the deadline, among stays that reached it"
      ) { r, _, _ in
        share(r) { $0.screeningOnTime }
      },
      Metric(
        name: "plan_on_time", unit: "share",
        description: "D&R plan within the deadline, among stays that reached it"
      ) { r, _, _ in
        share(r) { $0.planOnTime }
      },
      Metric(
        name: "joint_conversation_on_time", unit: "share",
        description: "Joint conversation within the deadline, among stays that reached it"
      ) { r, _, _ in
        share(r) { $0.jointConversationOnTime }
      },
      Metric(
        name: "case_conferences", unit: "per release",
        description: "Case conferences held per release"
      ) { r, _, _ in
        mean(r) { $0.caseConferences }
      },
      Metric(
        name: "casemanager_utilisation", unit: "share",
        description: "Hours worked over hours available, measured window (group all only)"
      ) { _, result, isAll in
        isAll && result.hoursAvailable > 0 ? result.hoursWorked / result.hoursAvailable : nil
      },
      Metric(
        name: "probation_wait_days", unit: "days",
        description: "Days from release to the start of supervision (judicial title; censored waits at the horizon)"
      ) { r, _, _ in
        mean(r) { $0.probationWaitDays }
      },
      Metric(
        name: "care_wait_days", unit: "days",
        description: "Days from release to an assisted-living place (those who need one)"
      ) { r, _, _ in
        mean(r) { $0.careWaitDays }
      },
      Metric(
        name: "days_to_income", unit: "days",
        description: "Days from release to first income (those without income at release)"
      ) { r, _, _ in
        mean(r) { $0.daysToIncome }
      },
      Metric(
        name: "days_without_housing", unit: "days",
        description: "Days from release to housing (those without housing at release)"
      ) { r, _, _ in
        mean(r) { $0.daysWithoutHousing }
      },
      Metric(
        name: "releases_per_year", unit: "releases/year",
        description: "Measured releases scaled to a year"
      ) { r, result, _ in
        Double(r.count) * 365 / Double(max(1, result.measuredDays))
      },
    ]

  /// Metrics a policy advisor reads first.
  public static let headline = [
    "release_ready", "id_ok", "housing_ok", "income_ok", "debts_ok", "care_ok", "municipal_contact",
  ]
}
