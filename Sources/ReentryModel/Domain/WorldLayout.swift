/// Where every actor sits in the scheduler, and which PI serves which region.
///
/// Actor ids are given by walking `ActorKind.allCases`: each kind's actors take
/// the next ids, in index order. The scheduler steps actors in id order, so
/// this order is part of what makes a run reproducible; `World` builds its
/// actors by the same walk and checks each kind starts where the layout says.
public struct WorldLayout: Sendable {
  public let municipalities: [MunicipalityInfo]
  public let sizeClasses: [SizeClass]
  /// Regional institution of each municipality (its "nearby" PI).
  public let regionOf: [Int]
  public let regionalInstitutions: Int
  public let nationalInstitutions: Int
  /// The municipality each regional PI stands in (its region's largest; synthetic PIs), or nil
  /// (a national PI, or a region without municipalities).
  public let hostMunicipality: [Int?]
  /// Where the pilots of seed 003 run: the RIO's municipality (the largest) and Huis van
  /// Herstel's fourteen Twente municipalities (by CBS code).
  public let rioMunicipality: Int?
  public let twente: Set<Int>
  static let twenteCodes: Set<String> = [
    "GM0141", "GM0147", "GM0153", "GM0158", "GM0163", "GM0164", "GM0168", "GM0173", "GM0183", "GM0189",
    "GM1700", "GM1735", "GM1742", "GM1774",
  ]

  public var institutionCount: Int { regionalInstitutions + nationalInstitutions }
  /// The first actor id of each kind, indexed by `ActorKind.rawValue`.
  private var firstActors: [Int] = []
  /// The first actor of a kind; its actors follow in index order.
  public func firstActor(_ kind: ActorKind) -> Int { firstActors[kind.rawValue] }
  /// How many actors of a kind the world holds.
  public func actorCount(_ kind: ActorKind) -> Int {
    switch kind {
    case .admissionsOffice, .probation, .care: return 1
    case .institution: return institutionCount
    case .municipality: return municipalities.count
    case .casemanager: return casemanagerOffsets.last!
    }
  }
  public var admissionsOffice: Int { firstActor(.admissionsOffice) }
  public func institutionActor(_ institution: Int) -> Int { firstActor(.institution) + institution }
  public func municipalityActor(_ municipality: Int) -> Int { firstActor(.municipality) + municipality }
  public var probationActor: Int { firstActor(.probation) }
  public var careActor: Int { firstActor(.care) }
  /// Each institution's first casemanager actor; its pool runs to the next one's first.
  public private(set) var casemanagerOffsets: [Int] = [0]
  /// The actor of casemanager `slot` of an institution's pool.
  public func casemanagerActor(institution: Int, slot: Int) -> Int {
    firstActor(.casemanager) + casemanagerOffsets[institution] + slot
  }
  /// How many casemanager actors an institution's pool holds.
  public func casemanagerPool(_ institution: Int) -> Int {
    casemanagerOffsets[institution + 1] - casemanagerOffsets[institution]
  }
  /// Every actor of every kind.
  public var actorCount: Int { ActorKind.allCases.reduce(0) { $0 + actorCount($1) } }

  /// Reserves a pool of casemanager actors per institution (actors are fixed for a run, so
  /// staffing to the norm hires from a pool sized to the most it can need).
  public mutating func reserveCasemanagers(_ pools: [Int]) {
    precondition(pools.count == institutionCount)
    casemanagerOffsets = [0]
    for size in pools { casemanagerOffsets.append(casemanagerOffsets.last! + size) }
    placeActors()
  }

  /// Gives each kind its first id, walking the kinds in scheduler order.
  private mutating func placeActors() {
    var firsts: [Int] = []
    var next = 0
    for kind in ActorKind.allCases {
      firsts.append(next)
      next += actorCount(kind)
    }
    firstActors = firsts
  }

  public init(parameters p: ModelParameters, municipalities: [MunicipalityInfo] = MunicipalityData.all) {
    self.municipalities = municipalities
    sizeClasses = municipalities.map {
      SizeClass.of(
        population: $0.population, smallBelow: p.municipalities.smallBelowPopulation,
        largeFrom: p.municipalities.largeFromPopulation)
    }
    regionalInstitutions = p.institutions.regionalCount
    nationalInstitutions = p.institutions.nationalCount
    // Municipalities in CBS code order are split into regions of equal population.
    let total = Double(municipalities.reduce(0) { $0 + $1.population })
    var before = 0.0
    var regions: [Int] = []
    for m in municipalities {
      let region = Int(before / total * Double(p.institutions.regionalCount))
      regions.append(min(region, p.institutions.regionalCount - 1))
      before += Double(m.population)
    }
    regionOf = regions
    var host = [Int?](repeating: nil, count: p.institutions.regionalCount + p.institutions.nationalCount)
    for (m, region) in regions.enumerated()
    where host[region].map({ municipalities[m].population > municipalities[$0].population }) ?? true {
      host[region] = m
    }
    hostMunicipality = host
    rioMunicipality = municipalities.indices.max { municipalities[$0].population < municipalities[$1].population }
    twente = Set(municipalities.indices.filter { Self.twenteCodes.contains(municipalities[$0].code) })
    placeActors()
  }

  /// The size class of a municipality by its index.
  public func sizeClass(of municipality: Int) -> SizeClass { sizeClasses[municipality] }
}
