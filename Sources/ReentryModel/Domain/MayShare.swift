/// Recommendation 6 (seed 003 §6.3): probation and municipal staff know they may share.
///
/// The law (Wet S&B, art. 18a Pbw) allows sharing without the detainee's consent, yet probation
/// "in many cases" refuses a municipality's request citing the GDPR (seed 003:1636). The
/// decision to tell staff is a switch; how far refusals then fall is an assumption about the
/// intervention, drawn by robustness where the switch is on.
extension ModelParameters.Information {
  /// The chance probation refuses a municipality's information request: today's, or once staff
  /// know they may share, `mayShareRefusalRatio` of it.
  public var refusalProbability: Double {
    staffKnowTheyMayShare ? gdprRefusalProbability * mayShareRefusalRatio : gdprRefusalProbability
  }
}
