extension Metric {
  /// The partners' hours, like the casemanagers': what recommendations that ask more of
  /// municipalities and probation cost them, and how close they are to their limit.
  ///
  /// Aftercare coordinators are given for the group `all` (every municipality) and for each
  /// `municipality=` group (that size class); probation's officers for the group `all` only.
  /// Hours are per year of the measured window.
  static let partners: [Metric] = [
    Metric(
      name: "coordinator_hours_worked", unit: "hours/year", label: "Aftercare coordinator hours worked",
      direction: .none,
      description:
        "Municipal aftercare coordinators' hours on detainees' cases, per year (group all and municipality size)"
    ) { r, result, isAll in
      coordinatorHours(r, result, isAll).map { $0.worked * yearScale(result) }
    },
    Metric(
      name: "coordinator_utilisation", unit: "share", label: "Aftercare coordinator utilisation", direction: .none,
      description:
        "Aftercare coordinators' hours worked over hours available, measured window (group all and municipality size)"
    ) { r, result, isAll in
      coordinatorHours(r, result, isAll).flatMap { $0.available > 0 ? $0.worked / $0.available : nil }
    },
    Metric(
      name: "probation_officer_hours_worked", unit: "hours/year", label: "Probation officer hours worked",
      direction: .none,
      description: "Probation officers' hours on the detention phase, per year (group all only)"
    ) { _, result, isAll in
      isAll ? result.partnerHours.probationWorked * yearScale(result) : nil
    },
    Metric(
      name: "partner_hours_worked", unit: "hours/year", label: "Partner hours worked", direction: .none,
      description:
        "Aftercare coordinators' and probation officers' hours on detainees' cases together, per year (group all only)"
    ) { r, result, isAll in
      guard isAll, let coordinators = coordinatorHours(r, result, isAll) else { return nil }
      return (coordinators.worked + result.partnerHours.probationWorked) * yearScale(result)
    },
    Metric(
      name: "probation_officer_utilisation", unit: "share", label: "Probation officer utilisation", direction: .none,
      description: "Probation officers' detention-phase hours worked over hours available (group all only)"
    ) { _, result, isAll in
      let p = result.partnerHours
      return isAll && p.probationAvailable > 0 ? p.probationWorked / p.probationAvailable : nil
    },
  ]

  private static func yearScale(_ result: ReplicationResult) -> Double { 365 / Double(max(1, result.measuredDays)) }

  /// The coordinators' hours of the group: all size classes for `all`, one size class for a
  /// group whose releases all return to municipalities of that class (a `municipality=` group),
  /// nil for any other group.
  private static func coordinatorHours(_ records: [ReleaseRecord], _ result: ReplicationResult, _ isAll: Bool)
    -> (worked: Double, available: Double)?
  {
    let tally = result.partnerHours
    if isAll {
      var worked = 0.0
      var available = 0.0
      for size in SizeClass.allCases {
        worked += tally.coordinatorsWorked[size.rawValue]
        available += tally.coordinatorsAvailable[size.rawValue]
      }
      return (worked, available)
    }
    guard let size = records.first?.sizeClass, records.allSatisfy({ $0.sizeClass == size }) else { return nil }
    return (tally.coordinatorsWorked[size.rawValue], tally.coordinatorsAvailable[size.rawValue])
  }
}
