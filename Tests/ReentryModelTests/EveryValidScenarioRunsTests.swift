import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryModel

/// Every valid scenario runs to the end with its bookkeeping intact: each switch and each
/// choice of the catalog flipped on its own and all together, and each ranged assumption at
/// either end of its plausible range, on a world small enough to run them all in seconds.
///
/// The variants come from the parameter catalog, so a parameter added later is covered
/// without touching this file.
@Suite struct EveryValidScenarioRunsTests {
  /// One scenario to run: the catalog values it sets on top of the baseline.
  struct Variant: Sendable, CustomTestStringConvertible {
    let assignments: [Assignment]
    var testDescription: String {
      assignments.count <= 3 ? assignments.map(\.text).joined(separator: ", ") : "\(assignments.count) switches"
    }
  }

  /// One parameter set to one value.
  struct Assignment: Sendable {
    let path: String
    let value: JSONValue
    var text: String { "\(path)=\(value.compactText)" }
  }

  /// A few hundred releases a year in two regional PIs and one national one, over short
  /// windows: every mechanism is exercised, each run takes a fraction of a second.
  static let tinyWorld = [
    "population.releasesPerYear=300", "run.warmupDays=30", "run.measuredDays=60", "run.followUpDays=10",
    "institutions.regionalCount=2", "institutions.nationalCount=1", "run.replications=1",
  ]

  /// Each boolean flipped and each other option of each choice, one at a time.
  static let switches: [Assignment] = ParameterCatalog.schema.specs.flatMap { spec -> [Assignment] in
    switch spec.kind {
    case .boolean:
      guard case .bool(let value) = spec.defaultValue else { return [] }
      return [Assignment(path: spec.path, value: .bool(!value))]
    case .choice(let options):
      return options.filter { .string($0) != spec.defaultValue }.map { Assignment(path: spec.path, value: .string($0)) }
    default:
      return []
    }
  }

  /// Each ranged assumption at the low and at the high end of its plausible range; an
  /// assumption about an intervention with its intervention switched on, or it would not act.
  static let rangeEnds: [Variant] = ParameterCatalog.schema.specs.flatMap { spec -> [Variant] in
    guard let range = spec.plausibility?.bounds else { return [] }
    var switches: [Assignment] = []
    if case .interventionAssumption(_, let paths) = spec.role {
      switches = paths.map { Assignment(path: $0, value: .bool(true)) }
    }
    return [range.lowerBound, range.upperBound].map {
      Variant(assignments: [Assignment(path: spec.path, value: .number($0))] + switches)
    }
  }

  /// Every switch flipped at once; a choice takes its last option that is not the default.
  static let allSwitches: [Assignment] = {
    var last: [String: Assignment] = [:]
    var order: [String] = []
    for assignment in switches {
      if last[assignment.path] == nil { order.append(assignment.path) }
      last[assignment.path] = assignment
    }
    return order.map { last[$0]! }
  }()

  static let variants: [Variant] =
    switches.map { Variant(assignments: [$0]) } + [Variant(assignments: allSwitches)]
    + rangeEnds

  @Test func theCatalogHasSwitchesChoicesAndRanges() {
    #expect(Self.switches.contains { $0.path == "mechanisms.chainPartnersInInstitution" })
    #expect(Self.switches.contains { if case .string = $0.value { true } else { false } })
    #expect(Self.rangeEnds.count >= 200)
  }

  @Test(arguments: variants)
  func runsWithItsBookkeepingIntact(_ variant: Variant) async throws {
    let base = try ModelFixture.scenario("Scenarios/baseline.json", Self.tinyWorld)
    let scenario = try base.overriding(variant.assignments.map { ($0.path, $0.value) })
    let parameters = ModelParameters(scenario)
    let result = try await Replication.run(parameters, replication: 0)
    ReplicationInvariants.check(result, window: parameters.run.measuredWindow, variant.testDescription)
  }
}
