extension ModelParameters.Information {
  /// Partners read the registered plan and its progress in a shared system: the information
  /// path of recommendation 4 (seed 003 §6.3), apart from any change in registration hours.
  public var partnersReadPlan: Bool { sharedSystem && sharedSystemInformation }

  /// Everyone sees the others' contact details in a shared system, so the casemanager does not
  /// search for the municipal contact person (seed 003: "geen tijd om uit te zoeken welke
  /// medewerker ... aanspreekpunt is"). Part of the information path: it is information the
  /// casemanager reads, whatever the system does to registration hours.
  public var contactsVisible: Bool { partnersReadPlan }

  /// The registration burden factor in force: today's duplicate-entry factor, times
  /// `sharedSystemBurdenRatio` when a shared system changes registration (the hours path, an
  /// assumption about its implementation that may save nothing or add work at introduction).
  public func registrationBurden(today: Double) -> Double {
    sharedSystem && sharedSystemSavesHours ? today * sharedSystemBurdenRatio : today
  }
}
