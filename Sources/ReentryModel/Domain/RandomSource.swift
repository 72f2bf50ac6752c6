import SimKernel

/// Derives the random streams of one replication.
///
/// Every decision about a detainee draws from a stream keyed by that
/// detainee's id and the decision's purpose, never from a shared generator.
/// So detainee #812 of replication 3 gets the same sentence, needs and
/// "luck" in every scenario (common random numbers), and a policy that raises
/// a probability only flips the cases at the margin.
public struct RandomSource: Sendable {
  public let seed: UInt64
  public let replication: Int

  public init(seed: UInt64, replication: Int) {
    self.seed = seed
    self.replication = replication
  }

  public func stream(_ kind: StreamLabel, _ entity: Int, _ purpose: StreamLabel) -> RandomStream {
    RandomStream(
      seed: seed, replication: UInt64(replication), kind: kind,
      entity: UInt64(bitPattern: Int64(entity)), purpose: purpose)
  }

  /// One uniform draw in [0, 1) for a single decision about `entity`.
  public func uniform(_ kind: StreamLabel, _ entity: Int, _ purpose: StreamLabel) -> Double {
    var s = stream(kind, entity, purpose)
    return s.nextDouble()
  }

  /// One standard normal draw for a single lead time of `entity`.
  public func normal(_ kind: StreamLabel, _ entity: Int, _ purpose: StreamLabel) -> Double {
    var s = stream(kind, entity, purpose)
    return s.standardNormal()
  }
}

/// Stream labels, named once so they are hashed once.
enum Label {
  static let detainee = StreamLabel("detainee")
  static let admissions = StreamLabel("admissions")
  static let municipality = StreamLabel("municipality")
  static let institution = StreamLabel("institution")
  static let probation = StreamLabel("probation")
  static let care = StreamLabel("care")

  static let attributes = StreamLabel("attributes")
  static let arrivals = StreamLabel("arrivals")
  static let initialStock = StreamLabel("initial-stock")
  static let proactive = StreamLabel("proactive")
  static let responsive = StreamLabel("responsive")
  static let rent = StreamLabel("rent")
  static let answers = StreamLabel("answers")
  static let gdpr = StreamLabel("gdpr")
  static let conference = StreamLabel("conference")
  static let casework = StreamLabel("casework")
  static let registration = StreamLabel("registration")
  static let postalAddress = StreamLabel("postal-address")
  static let addressCorrection = StreamLabel("address-correction")
  static let duration = StreamLabel("duration")
  static let intake = StreamLabel("intake")
  static let intakeDelay = StreamLabel("intake-delay")
  static let patience = StreamLabel("patience")
  static let initialLoad = StreamLabel("initial-load")
  // Seed 003's further obstacles (issue 19): keyed draws, so `Luck` and the factory's stream stay put.
  static let practice = StreamLabel("practice")
  static let bankAccount = StreamLabel("bank-account")
  static let bankOpened = StreamLabel("bank-opened")
  static let bankLead = StreamLabel("bank-lead")
  static let unfit = StreamLabel("unfit")
  static let vog = StreamLabel("vog")
  static let job = StreamLabel("job")
  static let jobLead = StreamLabel("job-lead")
  static let jobSupport = StreamLabel("job-support")
  static let network = StreamLabel("network")
  static let networkLoss = StreamLabel("network-loss")
  static let leave = StreamLabel("leave")
  static let elderly = StreamLabel("elderly")
  static let bba = StreamLabel("bba")
  static let pp = StreamLabel("pp")
  static let treatment = StreamLabel("treatment")
  static let addiction = StreamLabel("addiction")
  static let indication = StreamLabel("indication")
  static let indicationLead = StreamLabel("indication-lead")
  static let treatmentLead = StreamLabel("treatment-lead")

}

extension RandomSource {

  /// A detainee's own stream for `purpose`: keyed by the detainee's number.
  public func stream(_ kind: StreamLabel, _ detainee: DetaineeID, _ purpose: StreamLabel) -> RandomStream {
    stream(kind, detainee.raw, purpose)
  }

  /// One uniform draw in [0, 1) for a single decision about a detainee.
  public func uniform(_ kind: StreamLabel, _ detainee: DetaineeID, _ purpose: StreamLabel) -> Double {
    uniform(kind, detainee.raw, purpose)
  }

  /// One standard normal draw for a single lead time of a detainee.
  public func normal(_ kind: StreamLabel, _ detainee: DetaineeID, _ purpose: StreamLabel) -> Double {
    normal(kind, detainee.raw, purpose)
  }
}
