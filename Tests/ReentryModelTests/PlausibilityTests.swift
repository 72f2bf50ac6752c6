import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryModel

/// The plausible-range rule: every assumption of the model is either given a
/// range with a reason or held at its value with a reason; only numeric
/// model assumptions are ranged, and a range is one a scenario may use.
@Suite struct PlausibilityTests {
  static let specs = ParameterCatalog.schema.specs

  /// Numeric assumptions held on purpose; adding one is a decision this list records.
  static let heldNumbers: Set = [
    "institutions.regionalCount", "institutions.nationalCount", "casemanagers.fixedStaffTotal",
    "municipalities.smallBelowPopulation", "municipalities.largeFromPopulation", "conditions.housingMarketTightness",
    "casemanagers.paidHoursPerWeek",
  ]

  static func isNumeric(_ kind: ParameterKind) -> Bool {
    switch kind {
    case .integer, .number, .probability: return true
    default: return false
    }
  }

  @Test func everyAssumptionHasARangeOrIsHeld() {
    for spec in Self.specs {
      let assumed = spec.source.contains(ParameterCatalog.assumption)
      if assumed {
        #expect(spec.plausibility != nil, "\(spec.path) is an assumption without a plausible range")
      } else {
        #expect(spec.plausibility == nil, "\(spec.path) has a source, so nothing to vary: \(spec.source)")
      }
    }
  }

  /// Held: run settings, levers (booleans, choices), lists and the named numbers.
  @Test func onlyNumericModelAssumptionsAreRanged() {
    for spec in Self.specs {
      guard let plausibility = spec.plausibility else { continue }
      let numericModel = Self.isNumeric(spec.kind) && !spec.path.hasPrefix("run.")
      if plausibility.bounds != nil {
        #expect(numericModel, "\(spec.path) is ranged but is not a numeric model parameter")
      } else {
        #expect(!numericModel || Self.heldNumbers.contains(spec.path), "\(spec.path) is held without being listed")
      }
      #expect(plausibility.reason.split(separator: " ").count >= 5, "\(spec.path): say why in a sentence")
    }
    let held = Self.specs.filter {
      Self.isNumeric($0.kind) && !$0.path.hasPrefix("run.") && $0.plausibility?.bounds == nil && $0.plausibility != nil
    }
    #expect(Set(held.map(\.path)) == Self.heldNumbers)
  }

  /// A range lies inside what the parameter allows, contains the default,
  /// has whole ends for an integer and is not a blanket percentage.
  @Test func rangesAreUsable() throws {
    var ranged = 0
    for spec in Self.specs {
      guard let range = spec.plausibility?.bounds, case .number(let value) = spec.defaultValue else { continue }
      ranged += 1
      #expect(range.lowerBound < range.upperBound, "\(spec.path): empty range")
      #expect(range.contains(value), "\(spec.path): default \(value) outside \(range)")
      for end in [range.lowerBound, range.upperBound] {
        let problem = ParameterCatalog.schema.validate(.number(end), at: spec.path)
        #expect(problem == nil, "\(spec.path): \(end): \(problem ?? "")")
      }
      let reason = spec.plausibility?.reason ?? ""
      #expect(!reason.contains("50%") && !reason.contains("±"), "\(spec.path): a blanket width is not a reason")
    }
    #expect(ranged >= 60)
    let rationales = Self.specs.compactMap { $0.plausibility?.bounds != nil ? $0.plausibility?.reason : nil }
    #expect(Set(rationales).count * 10 >= rationales.count * 9, "rationales are mostly copies of each other")
  }

  /// Each end of each range, with everything else at its default, breaks no cross-field rule.
  @Test func rangeEndsKeepTheCrossFieldRules() throws {
    let base = try ModelFixture.scenario()
    for spec in Self.specs {
      guard let range = spec.plausibility?.bounds else { continue }
      for end in [range.lowerBound, range.upperBound] {
        #expect(throws: Never.self, "\(spec.path)=\(end)") {
          _ = try base.overriding([(path: spec.path, value: .number(end))])
        }
      }
    }
  }

  /// The issue's example: the earlier default 20 and the pattern-passing 10–15.9 are both inside.
  @Test func casemanagerHoursSpanTheEarlierDefault() {
    let spec = ParameterCatalog.schema.spec("casemanagers.hoursPerWeek")
    #expect(spec?.plausibility?.bounds == 10...20)
  }
}
