import SimKernel

/// The further obstacles of seed 003 (issue 19): who lacks a bank account, is unfit for work,
/// is refused a VOG, is older, needs treatment or has a social network.
///
/// Each is the detainee's own keyed draw (`Label.practice`, the detainee's id, the purpose),
/// not part of `Luck`: adding them moved no other draw, and every scenario sees the same
/// answers (common random numbers).
///
/// A final class, built once per replication: as a struct holding the parameters it was copied
/// whole (with retains) at each use on the casework's hot path.
final class Practice: Sendable {
  let parameters: ModelParameters
  let random: RandomSource

  init(parameters: ModelParameters, random: RandomSource) {
    self.parameters = parameters
    self.random = random
  }

  func u(_ d: Detainee, _ purpose: StreamLabel) -> Double { random.uniform(Label.practice, d.id, purpose) }
  func z(_ d: Detainee, _ purpose: StreamLabel) -> Double { random.normal(Label.practice, d.id, purpose) }

  /// Income is needed at release: none at entry, or a benefit that stopped on detention.
  func needsIncome(_ d: Detainee) -> Bool { d.needsAtEntry.contains(.income) || d.benefitStops }

  /// Needs income and has no usable bank account to receive it in.
  func lacksAccount(_ d: Detainee) -> Bool {
    let b = parameters.bankAccount
    return b.enabled && needsIncome(d) && u(d, Label.bankAccount) < b.noAccountShare
  }

  func unfitForWork(_ d: Detainee) -> Bool { u(d, Label.unfit) < parameters.work.unfitShare }
  func vogRefused(_ d: Detainee) -> Bool { u(d, Label.vog) < parameters.work.vogRefusedShare }
  func elderly(_ d: Detainee) -> Bool { u(d, Label.elderly) < parameters.phasing.elderlyShare }

  /// Needs treatment (addiction or other): a share of those with a care need at entry.
  func needsTreatment(_ d: Detainee) -> Bool {
    d.needsAtEntry.contains(.care) && u(d, Label.treatment) < parameters.treatment.needShare
  }

  func addicted(_ d: Detainee) -> Bool {
    needsTreatment(d) && u(d, Label.addiction) < parameters.treatment.addictionShare
  }

  func hasNetwork(_ d: Detainee) -> Bool { u(d, Label.network) < parameters.leave.networkShare }

  /// The outcome of the application for an account from detention, made on `day`: a reluctant
  /// bank opens it with `openFromDetentionProbability`, after a lognormal lead time.
  func accountOpened(_ d: Detainee, appliedOn day: Int) -> Day {
    let b = parameters.bankAccount
    guard u(d, Label.bankOpened) < b.openFromDetentionProbability else { return .never }
    return Day(day)
      + LeadTime.days(mean: b.openFromDetentionDays, cv: parameters.conditions.leadTimeCV, z: z(d, Label.bankLead))
  }
}
