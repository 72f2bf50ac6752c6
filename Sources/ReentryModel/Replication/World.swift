import SimKernel

/// The actors of one replication, built from the parameters and numbered by the layout.
///
/// Building is the first of a replication's three phases (build, step, collect): everything
/// a run needs is made here, nothing while stepping.
struct World {
  let parameters: ModelParameters
  let layout: WorldLayout
  let office: AdmissionsOffice
  let institutions: [PenitentiaryInstitution]
  let municipalities: [MunicipalityActor]
  let probation: Probation
  let care: CareProvider
  /// Each institution's pool of casemanagers, in institution order.
  let casemanagers: [[CasemanagerActor]]

  /// Builds every actor of replication `replication`: the layout, the detainee factory and
  /// the expected load (which sizes places, staff pools and partner capacity) first.
  init(parameters p: ModelParameters, replication: Int) throws {
    var layout = WorldLayout(parameters: p)
    let random = RandomSource(seed: p.run.seed, replication: replication)
    let factory = try DetaineeFactory(parameters: p, layout: layout, random: random)
    let load = ExpectedLoad(parameters: p, factory: factory)
    layout.reserveCasemanagers(load.casemanagerPools(layout: layout))
    let context = ReplicationContext(parameters: p, layout: layout, random: random, factory: factory)
    parameters = p
    self.layout = layout
    office = AdmissionsOffice(
      layout: layout, random: random, factory: factory, releasesPerYear: p.population.releasesPerYear,
      capacities: load.capacities(layout: layout), horizon: p.run.horizonDays)
    let staff = load.fixedStaff(layout: layout)
    institutions = (0..<layout.institutionCount).map {
      PenitentiaryInstitution(index: $0, context: context, fixedStaff: staff?[$0])
    }
    municipalities = layout.municipalities.indices.map { MunicipalityActor(index: $0, context: context) }
    probation = Probation(
      actorID: layout.probationActor, parameters: p, random: random, expectedLoad: load.supervisions)
    care = CareProvider(
      actorID: layout.careActor, parameters: p, random: random, expectedLoad: load.assistedLiving)
    casemanagers = (0..<layout.institutionCount).map { institution in
      (0..<layout.casemanagerPool(institution)).map {
        CasemanagerActor(institution: institution, slot: $0, context: context)
      }
    }
  }

  /// Every actor in id order: the kinds in `ActorKind` order, each kind's actors by index.
  var actors: [any SteppedActor<Message>] {
    var actors: [any SteppedActor<Message>] = []
    for kind in ActorKind.allCases {
      precondition(actors.count == layout.firstActor(kind), "\(kind) actors are not where the layout puts them")
      switch kind {
      case .admissionsOffice: actors.append(office)
      case .institution: actors += institutions as [any SteppedActor<Message>]
      case .municipality: actors += municipalities as [any SteppedActor<Message>]
      case .probation: actors.append(probation)
      case .care: actors.append(care)
      case .casemanager: for pool in casemanagers { actors += pool as [any SteppedActor<Message>] }
      }
    }
    precondition(actors.count == layout.actorCount)
    return actors
  }
}
