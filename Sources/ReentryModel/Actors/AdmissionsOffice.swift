import SimKernel

/// Brings detainees into the system: the stationary stock on day 0, then a
/// Poisson stream of admissions each day.
///
/// The number admitted on a day comes from that day's own stream, and each
/// detainee's attributes from their own, so the same people arrive on the
/// same days in every scenario.
public actor AdmissionsOffice: SteppedActor {
  public typealias Message = ReentryModel.Message

  let actorID: Int
  let layout: WorldLayout
  let random: RandomSource
  let factory: DetaineeFactory
  let dailyRate: Double
  var nextID = 0
  private(set) var admitted = 0
  /// Places, occupancy and the release calendar that frees them, per institution.
  let capacities: [Int]
  var occupancy: [Int]
  var releases = ReleaseCalendar()
  /// Admissions sent far from home because their regional PI was full.
  private(set) var overflowPlacements = 0
  private var custodyDays = 0
  let horizon: Int

  init(
    layout: WorldLayout, random: RandomSource, factory: DetaineeFactory, releasesPerYear: Double,
    capacities: [Int], horizon: Int
  ) {
    self.actorID = layout.admissionsOffice
    self.layout = layout
    self.random = random
    self.factory = factory
    self.dailyRate = releasesPerYear / 365
    self.capacities = capacities
    self.horizon = horizon
    self.occupancy = Array(repeating: 0, count: capacities.count)
  }

  public func step(inbox: [Envelope<Message>], outbox: consuming Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    for envelope in inbox {
      switch envelope.message {
      case .initialise:
        var s = random.stream(Label.admissions, 0, Label.initialStock)
        let stock = s.poisson(mean: dailyRate * factory.meanStayDays)
        for _ in 0..<stock { send(factory.placement(id: take(), on: out.day, initialStock: true), &out) }
        out.send(.admitToday, to: actorID)
      case .admitToday:
        var s = random.stream(Label.admissions, out.day, Label.arrivals)
        for _ in 0..<s.poisson(mean: dailyRate) {
          send(factory.placement(id: take(), on: out.day, initialStock: false), &out)
        }
        out.send(.admitToday, to: actorID, afterDays: 1)
      default:
        preconditionFailure("admissions office cannot handle \(envelope.message)")
      }
    }
    return out
  }

  private func take() -> DetaineeID {
    defer { nextID += 1 }
    return DetaineeID(nextID)
  }

  /// Places the detainee (overflowing a full regional PI) and sends them there.
  private func send(_ incoming: Placement, _ out: inout Outbox<Message>) {
    var d = incoming
    for institution in releases.popDue(through: out.day) { occupancy[institution] -= 1 }
    if occupancy[d.institution] >= capacities[d.institution] {
      d.institution = overflowInstitution()
      d.farFromHome = true
      overflowPlacements += 1
    }
    occupancy[d.institution] += 1
    releases.add(day: d.releaseDay, institution: d.institution)
    admitted += 1
    custodyDays += max(0, min(d.releaseDay, horizon) - max(d.admissionDay, 0))
    let admission = Admission(
      detainee: d.detainee, day: out.day, initialStock: d.initialStock, institution: d.institution,
      farFromHome: d.farFromHome, releaseDay: d.releaseDay)
    out.send(.admission(admission), to: layout.institutionActor(d.institution))
  }

  /// Days in custody inside `0..<horizon` of everyone admitted: the volume of simulated work.
  func detaineeDays() -> Int { custodyDays }

  /// The least occupied national-coverage PI, or the least full regional one if there are none.
  private func overflowInstitution() -> Int {
    let candidates =
      layout.nationalInstitutions > 0
      ? Array(layout.regionalInstitutions..<layout.institutionCount) : Array(0..<layout.regionalInstitutions)
    return candidates.min {
      Double(occupancy[$0]) / Double(capacities[$0]) < Double(occupancy[$1]) / Double(capacities[$1])
    }!
  }
}
