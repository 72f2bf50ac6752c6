import SimKernel

/// Brings detainees into the system: the stationary stock on day 0, then a
/// Poisson stream of admissions each day.
///
/// The number admitted on a day comes from that day's own stream, and each
/// detainee's attributes from their own, so the same people arrive on the
/// same days in every scenario.
public actor AdmissionsOffice: SteppedActor {
  public typealias Message = ReentrySim.Message

  let actorID: Int
  let layout: WorldLayout
  let random: RandomSource
  let factory: DetaineeFactory
  let dailyRate: Double
  var nextID = 0
  private(set) var admitted = 0

  init(layout: WorldLayout, random: RandomSource, factory: DetaineeFactory, releasesPerYear: Double) {
    self.actorID = layout.admissionsOffice
    self.layout = layout
    self.random = random
    self.factory = factory
    self.dailyRate = releasesPerYear / 365
  }

  public func step(inbox: [Envelope<Message>], outbox: Outbox<Message>) -> Outbox<Message> {
    var out = outbox
    for envelope in inbox {
      switch envelope.message {
      case .initialise:
        var s = random.stream(Label.admissions, 0, Label.initialStock)
        let stock = s.poisson(mean: dailyRate * factory.meanStayDays)
        for _ in 0..<stock { send(factory.initialStock(id: take()), &out) }
        out.send(.admitToday, to: actorID)
      case .admitToday:
        var s = random.stream(Label.admissions, out.day, Label.arrivals)
        for _ in 0..<s.poisson(mean: dailyRate) { send(factory.admitted(id: take(), on: out.day), &out) }
        out.send(.admitToday, to: actorID, afterDays: 1)
      default:
        preconditionFailure("admissions office cannot handle \(envelope.message)")
      }
    }
    return out
  }

  private func take() -> Int {
    defer { nextID += 1 }
    return nextID
  }

  private func send(_ d: Detainee, _ out: inout Outbox<Message>) {
    admitted += 1
    out.send(.admission(d), to: layout.institutionActor(d.institution))
  }
}
