import SimKernel

/// What the casemanager's tasks tell the partners: who was at the joint conversation (their
/// hours are spent), the plan probation reads in a shared system, and the coordination before
/// release (seed 003 §4.4: "afstemming tussen de PI, de reclassering en de gemeente").
extension Casework {
  /// The partners at the joint conversation spend their hours; probation now knows the case.
  func heldJointConversation(_ d: Detainee, municipality: Bool, probation: Bool, _ out: inout Outbox<Message>) {
    if municipality, let notified = d.notifiedMunicipality {
      out.send(.jointConversationHeld(detainee: d.id), to: layout.municipalityActor(notified))
    }
    if probation { out.send(.jointConversationHeld(detainee: d.id), to: layout.probationActor) }
  }

  /// With a shared system's information, probation reads the fixed plan of someone with a
  /// judicial title (recommendation 4): it knows the case without being told.
  func informProbationOfSharedPlan(_ d: Detainee, _ out: inout Outbox<Message>) {
    let info = parameters.information
    guard d.judicialTitle, info.sharedSystem, info.sharedSystemInformation else { return }
    out.send(.probationInformed(detainee: d.id), to: layout.probationActor)
  }

  /// The coordination before release: probation hears of a coming supervision (and, if it
  /// worked on the case, speaks the detainee before release), and an assisted-living need the plan did not yet refer is
  /// referred now, during detention, rather than when the person reports after release.
  func coordinateRelease(_ d: inout Detainee, on day: Int, _ out: inout Outbox<Message>) {
    if d.judicialTitle { out.send(.releaseCoordinated(detainee: d.id), to: layout.probationActor) }
    if d.needsAssistedLiving, d.careReferralDay == .never {
      d.careReferralDay = Day(day)
      referToCare(d, on: day, &out)
    }
  }
}
