import SimKernel

/// The extra attention an LVB detainee needs, and what happens when there is no time for it.
///
/// Seed 003: LVB detainees often do not understand what is expected of them or see that they
/// need help; it takes much explanation and support, "helaas is er niet altijd tijd voor die
/// extra aandacht". Under workload pressure (the casemanager cannot register the whole plan) the
/// extra attention is dropped, not postponed: the plan takes ordinary hours, and each help
/// question is recognised only with `casemanagers.lvbUnsupportedRecognitionProbability`, so the
/// rest never reaches the plan or the partners who read it. A partner that knows of the LVB
/// adjusts (see `partnersKnow`).
enum LvbAttention {
  /// Whether the extra attention is dropped when the casemanager registers `share` of the plan.
  static func dropped(_ d: Detainee, share: Double, _ p: ModelParameters) -> Bool {
    d.lvb && share < 1 && p.casemanagers.lvbAttentionDroppedUnderPressure
  }

  /// Whether a help question of `d` is recognised, given the attention the casemanager had time
  /// for; the person's own draw per question, so the same questions are missed in every
  /// scenario where the attention is dropped.
  static func recognises(
    _ d: Detainee, _ condition: BasicCondition, share: Double, _ p: ModelParameters, _ random: RandomSource
  ) -> Bool {
    guard dropped(d, share: share, p) else { return true }
    let u = random.uniform(Label.registration, d.id, StreamLabel(raw: 64 + UInt64(condition.rawValue)))
    return u < p.casemanagers.lvbUnsupportedRecognitionProbability
  }

  /// Whether the return municipality knows the person has LVB: the sheet omits it unless the
  /// full sheet is sent (seed 003), and a shared system shows the plan that records it. A
  /// partner that knows, and is set up for it, adjusts (seed 003: trained in conversations with
  /// LVB detainees).
  static func partnersKnow(_ d: Detainee, _ p: ModelParameters) -> Bool {
    let info = p.information
    return d.lvb && info.partnersAdjustToLvb && (info.fullSheet || info.partnersReadPlan)
  }
}
