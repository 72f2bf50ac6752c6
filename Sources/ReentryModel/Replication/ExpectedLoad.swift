/// Steady-state loads derived from the inflow, used to size capacities.
///
/// Capacities are set relative to these loads (a "spare capacity" share)
/// rather than as absolute numbers, so a scenario that scales the inflow
/// scales the system with it, and "zero spare capacity" means what it says.
struct ExpectedLoad {
  let parameters: ModelParameters
  let factory: DetaineeFactory

  /// Concurrent supervisions: releases with a judicial title × mean supervision length.
  var supervisions: Double {
    let pop = parameters.population
    let short = factory.shortStayShare
    let title = short * pop.judicialTitleShortProbability + (1 - short) * pop.judicialTitleLongProbability
    return pop.releasesPerYear * title * parameters.probation.supervisionMeanDays / 365
  }

  /// Concurrent assisted-living placements of ex-detainees.
  var assistedLiving: Double {
    let n = parameters.needs
    return parameters.population.releasesPerYear * n.careShare * n.assistedLivingShare
      * parameters.care.placementMeanDays / 365
  }

  /// Each institution's expected share of the detainee population.
  func institutionShares(layout: WorldLayout) -> [Double] {
    let national = layout.nationalInstitutions > 0 ? parameters.institutions.nationalPlacementShare : 0
    var weight = [Double](repeating: 0, count: layout.institutionCount)
    let homes = factory.homes.probabilities
    for (m, region) in layout.regionOf.enumerated() { weight[region] += homes[m] * (1 - national) }
    for k in 0..<layout.nationalInstitutions {
      weight[layout.regionalInstitutions + k] = national / Double(layout.nationalInstitutions)
    }
    return weight
  }

  /// Detainees in custody at any time: inflow × mean stay (Little's law).
  var population: Double { parameters.population.releasesPerYear * factory.meanStayDays / 365 }

  /// With fixed staff: casemanagers per institution, by each institution's expected share of detainees.
  func fixedStaff(layout: WorldLayout) -> [Int]? {
    guard parameters.casemanagers.staffingMode == .fixedStaff else { return nil }
    let total = Double(parameters.casemanagers.fixedStaffTotal)
    return institutionShares(layout: layout).map { max(1, Int((total * $0).rounded())) }
  }

  /// Places per institution: regional PIs hold their expected population plus slack;
  /// national-coverage PIs take whoever does not fit (no limit).
  func capacities(layout: WorldLayout) -> [Int] {
    let slack = 1 + parameters.institutions.capacitySlack
    return institutionShares(layout: layout).enumerated().map { index, share in
      index < layout.regionalInstitutions ? max(1, Int((population * share * slack).rounded(.up))) : Int.max
    }
  }

  /// Casemanager actors each institution may need. Staffed to the norm, a casemanager is hired
  /// only when every active one holds the norm, so an institution never needs more than
  /// ceil(its most detainees / norm): a regional PI's places bound that exactly; a national PI
  /// takes every overflow, bounded here by the whole expected population plus a quarter (the
  /// population's Poisson spread is about its square root, so this is dozens of deviations).
  /// With fixed staff the pool is the staff.
  func casemanagerPools(layout: WorldLayout) -> [Int] {
    if let staff = fixedStaff(layout: layout) { return staff }
    let norm = parameters.casemanagers.caseloadNorm
    let bound = Int((population * 1.25).rounded(.up)) + 100
    return capacities(layout: layout).map { places in (min(places, bound) + norm - 1) / norm }
  }
}
