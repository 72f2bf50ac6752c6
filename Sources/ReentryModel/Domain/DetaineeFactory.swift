import Foundation
import SimKernel

/// Creates detainees with their attributes, all drawn from their own stream.
///
/// Attributes depend only on (seed, replication, detainee id), never on the
/// policy levers, so every scenario sees the same people.
public struct DetaineeFactory: Sendable {
  let parameters: ModelParameters
  let layout: WorldLayout
  let random: RandomSource
  let stays: HistogramDistribution
  /// Length-biased bins for the people already inside on day 0.
  let stockBins: CategoricalDistribution
  let homes: CategoricalDistribution

  public init(parameters: ModelParameters, layout: WorldLayout, random: RandomSource) throws {
    self.parameters = parameters
    self.layout = layout
    self.random = random
    let edges = parameters.population.sentenceLengthEdgesDays
    let weights = parameters.population.sentenceLengthWeights
    stays = try HistogramDistribution(edges: edges, weights: weights)
    stockBins = try CategoricalDistribution(
      weights: weights.indices.map {
        weights[$0] * (edges[$0] + edges[$0 + 1]) / 2
      })
    homes = try CategoricalDistribution(
      weights: layout.municipalities.map {
        KernelMath.pow(Double($0.population), parameters.population.urbanExponent)
      })
  }

  /// Mean length of stay in days (the histogram's mean).
  public var meanStayDays: Double { stays.mean }

  /// Share of admissions with a stay shorter than the short-sentence threshold.
  public var shortStayShare: Double {
    stays.cdf(Double(parameters.population.shortSentenceBelowDays))
  }

  /// A newly admitted detainee.
  public func admitted(id: DetaineeID, on day: Int) -> Detainee {
    admitted(id: id, on: day, luck: true)
  }

  /// Someone already in custody on day 0, drawn from the stationary population:
  /// stay length-biased within its bin, time served uniform over the stay.
  public func initialStock(id: DetaineeID) -> Detainee {
    initialStock(id: id, luck: true)
  }

  /// Where and for how long someone stays: the draws of `admitted` or `initialStock`
  /// without the luck draws at the end of the stream, which only the institution needs.
  /// The admissions office places people; the institution draws the whole detainee
  /// from the same stream, so both see the same person.
  public func placement(id: DetaineeID, on day: Int, initialStock stock: Bool) -> Placement {
    let d = stock ? initialStock(id: id, luck: false) : admitted(id: id, on: day, luck: false)
    return Placement(
      detainee: id, admissionDay: d.admissionDay, releaseDay: d.releaseDay, initialStock: stock,
      institution: d.institution, farFromHome: d.farFromHome)
  }

  private func admitted(id: DetaineeID, on day: Int, luck drawLuck: Bool) -> Detainee {
    var s = random.stream(Label.detainee, id, Label.attributes)
    let stay = max(1, Int(stays.sample(&s).rounded(.down)))
    return make(id: id, admission: day, release: day + stay, initialStock: false, luck: drawLuck, stream: &s)
  }

  private func initialStock(id: DetaineeID, luck drawLuck: Bool) -> Detainee {
    var s = random.stream(Label.detainee, id, Label.initialStock)
    let edges = parameters.population.sentenceLengthEdgesDays
    let bin = stockBins.sample(&s)
    let a = edges[bin]
    let b = edges[bin + 1]
    let stay = max(1, Int((a * a + s.nextDouble() * (b * b - a * a)).squareRoot()))
    let remaining = 1 + Int(s.nextDouble() * Double(stay))
    return make(
      id: id, admission: remaining - stay, release: remaining, initialStock: true, luck: drawLuck, stream: &s)
  }

  private func make(
    id: DetaineeID, admission: Int, release: Int, initialStock: Bool, luck drawLuck: Bool, stream s: inout RandomStream
  ) -> Detainee {
    let pop = parameters.population
    let needs = parameters.needs
    let short = release - admission < pop.shortSentenceBelowDays
    let lvb = s.bernoulli(pop.lvbShare)
    let selfReliant = s.bernoulli(pop.selfReliantShare)
    let inDenial = s.bernoulli(pop.denialPhaseShare)
    let title = s.bernoulli(short ? pop.judicialTitleShortProbability : pop.judicialTitleLongProbability)
    var entry = ConditionSet()
    if s.bernoulli(needs.noIdShare) { entry.insert(.id) }
    if s.bernoulli(needs.noHousingShare) { entry.insert(.housing) }
    if s.bernoulli(needs.noIncomeShare) { entry.insert(.income) }
    if s.bernoulli(needs.debtsShare) { entry.insert(.debts) }
    if s.bernoulli(needs.careShare) { entry.insert(.care) }
    let benefitStops = s.bernoulli(needs.benefitIncomeShare) && !entry.contains(.income)
    let assisted = s.bernoulli(needs.assistedLivingShare) && entry.contains(.care)
    let registered = homes.sample(&s)
    let differs = s.bernoulli(pop.returnDiffersProbability)
    // A different municipality: redraw (a bounded number of times) while it equals the registered one.
    var otherHome = homes.sample(&s)
    for _ in 0..<16 where otherHome == registered { otherHome = homes.sample(&s) }
    let national =
      s.bernoulli(parameters.institutions.nationalPlacementShare)
      && layout.nationalInstitutions > 0
    let nationalChoice =
      layout.nationalInstitutions > 0
      ? Int(s.bounded(UInt64(layout.nationalInstitutions))) : 0
    var luck = Luck()
    if drawLuck { drawLuckFields(&luck, &s) }
    return Detainee(
      id: id, admissionDay: admission, releaseDay: release, initialStock: initialStock,
      registeredMunicipality: registered,
      returnMunicipality: differs ? otherHome : registered,
      institution: national ? layout.regionalInstitutions + nationalChoice : layout.regionOf[registered],
      farFromHome: national, lvb: lvb, selfReliant: selfReliant, inDenial: inDenial,
      judicialTitle: title, needsAtEntry: entry, benefitStops: benefitStops,
      needsAssistedLiving: assisted, luck: luck)
  }

  /// The luck draws, last in the stream and in a fixed order (new draws go at the end).
  private func drawLuckFields(_ luck: inout Luck, _ s: inout RandomStream) {
    luck.verifyAddress = s.nextDouble()
    luck.housingLoss = s.nextDouble()
    luck.ricId = s.nextDouble()
    luck.ricDebt = s.nextDouble()
    luck.zvh = s.nextDouble()
    luck.huisVanHerstel = s.nextDouble()
    luck.probationAttends = s.nextDouble()
    luck.zId = s.standardNormal()
    luck.zBenefit = s.standardNormal()
    luck.zHousing = s.standardNormal()
    luck.zDebt = s.standardNormal()
    luck.zCare = s.standardNormal()
    luck.zReport = s.standardNormal()
    luck.zDecision = s.standardNormal()
    luck.municipalityAttends = s.nextDouble()
  }
}

/// Where and for how long someone stays: what the admissions office needs to place them.
public struct Placement: Sendable {
  public let detainee: DetaineeID
  public let admissionDay: Int
  public let releaseDay: Int
  public let initialStock: Bool
  /// The regional institution of the registered municipality, or a national-coverage one.
  public var institution: Int
  public var farFromHome: Bool
}
