import SimKernel

extension InstitutionState {
  /// Staffed to the norm with handovers, after the day's releases: while the caseload no longer
  /// needs a casemanager, the least-loaded one leaves (`Staff.nextLeaver()`) and the institution
  /// gives each of their cases to the least-loaded of the others, never above the norm. The
  /// leaver passes each case on (`CasemanagerState.handOver`), then leaves the staff.
  ///
  /// Runs at the end of a step with releases. Every release timer arrives in a day's first
  /// phase, so the institution's next message about a handed-over case (its release) reaches
  /// the new casemanager on a later day, after the case itself.
  mutating func handOverSurplus(_ out: inout Outbox<Message>) {
    while let leaver = staff.nextLeaver() {
      // Detainee order, not the map's: the map's order is an implementation detail.
      var cases: [Int] = []
      for (id, slot) in zip(assignments.keys, assignments.values) where slot == leaver { cases.append(id) }
      cases.sort()
      for id in cases {
        let taker = staff.handOverCase(from: leaver)
        assignments[id] = taker
        out.send(
          .handOver(detainee: DetaineeID(id), to: casemanagerActor(taker)), to: casemanagerActor(leaver))
      }
      handedOverCount += cases.count
      staff.letGo(leaver, on: out.day, hours: hours)
    }
  }
}
