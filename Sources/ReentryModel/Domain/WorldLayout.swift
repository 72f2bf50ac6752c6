/// Where every actor sits in the scheduler, and which PI serves which region.
///
/// Actor ids are fixed by this layout, and the scheduler steps actors in id
/// order, so the layout is part of what makes a run reproducible.
public struct WorldLayout: Sendable {
  public let municipalities: [MunicipalityInfo]
  public let sizeClasses: [SizeClass]
  /// Regional institution of each municipality (its "nearby" PI).
  public let regionOf: [Int]
  public let regionalInstitutions: Int
  public let nationalInstitutions: Int
  /// The municipality each regional PI stands in (its region's largest; synthetic PIs), or -1.
  public let hostMunicipality: [Int]
  /// Where the pilots of seed 003 run: the RIO's municipality (the largest) and Huis van
  /// Herstel's fourteen Twente municipalities (by CBS code).
  public let rioMunicipality: Int
  public let twente: Set<Int>
  static let twenteCodes: Set<String> = [
    "GM0141", "GM0147", "GM0153", "GM0158", "GM0163", "GM0164", "GM0168", "GM0173", "GM0183", "GM0189",
    "GM1700", "GM1735", "GM1742", "GM1774",
  ]

  public var institutionCount: Int { regionalInstitutions + nationalInstitutions }
  public let admissionsOffice = 0
  public func institutionActor(_ institution: Int) -> Int { 1 + institution }
  public func municipalityActor(_ municipality: Int) -> Int { 1 + institutionCount + municipality }
  public var probationActor: Int { 1 + institutionCount + municipalities.count }
  public var careActor: Int { probationActor + 1 }
  /// Each institution's first casemanager actor; its pool runs to the next one's first.
  public private(set) var casemanagerOffsets: [Int] = [0]
  /// The actor of casemanager `slot` of an institution's pool.
  public func casemanagerActor(institution: Int, slot: Int) -> Int {
    careActor + 1 + casemanagerOffsets[institution] + slot
  }
  /// How many casemanager actors an institution's pool holds.
  public func casemanagerPool(_ institution: Int) -> Int {
    casemanagerOffsets[institution + 1] - casemanagerOffsets[institution]
  }
  public var actorCount: Int { careActor + 1 + casemanagerOffsets.last! }

  /// Reserves a pool of casemanager actors per institution (actors are fixed for a run, so
  /// staffing to the norm hires from a pool sized to the most it can need).
  public mutating func reserveCasemanagers(_ pools: [Int]) {
    precondition(pools.count == institutionCount)
    casemanagerOffsets = [0]
    for size in pools { casemanagerOffsets.append(casemanagerOffsets.last! + size) }
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
    var host = [Int](repeating: -1, count: p.institutions.regionalCount + p.institutions.nationalCount)
    for (m, region) in regions.enumerated()
    where host[region] < 0 || municipalities[m].population > municipalities[host[region]].population {
      host[region] = m
    }
    hostMunicipality = host
    rioMunicipality = municipalities.indices.max { municipalities[$0].population < municipalities[$1].population } ?? -1
    twente = Set(municipalities.indices.filter { Self.twenteCodes.contains(municipalities[$0].code) })
  }

  /// The size class of a municipality by its index.
  public func sizeClass(of municipality: Int) -> SizeClass { sizeClasses[municipality] }
}
