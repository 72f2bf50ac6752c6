import ScenarioFormat
import Testing

@testable import ReentryModel

/// Every catalog entry's typed role agrees with what its source and declaration say, and the
/// roles select exactly the parameters the shipped sensitivity and robustness results varied.
@Suite struct ParameterRoleTests {
  static let specs = ParameterCatalog.schema.specs

  /// The basis matches the source text: "assumption…" is wholly ours, a document with
  /// "…assumption" partly, a document alone not at all.
  @Test func basisAgreesWithTheSourceText() {
    for spec in Self.specs {
      let expected: ParameterRole.ValueBasis =
        spec.source.hasPrefix("assumption")
        ? .assumed : spec.source.contains("assumption") ? .partlyAssumed : .sources
      #expect(spec.role.basis == expected, "\(spec.path): \(spec.role) but source \"\(spec.source)\"")
    }
  }

  /// Each role fits the kind and plausibility of its parameter.
  @Test func roleFitsTheDeclaration() {
    for spec in Self.specs {
      let path = spec.path
      #expect((spec.role == .runSetting) == path.hasPrefix("run."), "\(path)")
      if case .numberList = spec.kind {
        #expect(spec.role == .structuralList(spec.role.basis), "\(path)")
      }
      if case .boolean = spec.kind { #expect(spec.role == .policyLever(spec.role.basis), "\(path)") }
      if case .choice = spec.kind { #expect(spec.role == .policyLever(spec.role.basis), "\(path)") }
      if spec.role == .sourceFigure { #expect(spec.plausibility == nil, "\(path) is a figure with a range") }
      if spec.role.isAssumption { #expect(spec.role.basis != .sources, "\(path) is an assumption of no one") }
      // Only assumptions are ranged; levers, run settings and lists are held.
      if spec.plausibility?.bounds != nil { #expect(spec.role.isAssumption, "\(path) is ranged but \(spec.role)") }
    }
  }

  /// The sets the shipped results rest on: sensitivity varies the 72 ranged assumptions that
  /// are wholly ours, robustness draws all 139 ranged ones, and the report marks 160 defaults
  /// as resting wholly or partly on an assumption.
  @Test func rolesSelectTodaysSets() {
    let ranged = Self.specs.filter { $0.role.isAssumption && $0.plausibility?.bounds != nil }
    #expect(ranged.filter { $0.role.basis == .assumed }.count == 72)
    #expect(ranged.count == 139)
    #expect(Self.specs.filter(\.role.restsOnAssumption).count == 160)
    #expect(Self.specs.filter { if case .interventionAssumption = $0.role { true } else { false } }.count == 14)
  }

  /// Every assumption about an intervention names the switches it acts under: booleans of the
  /// catalog that are off in the baseline, so robustness and sensitivity leave it out there.
  @Test func everyInterventionAssumptionNamesItsSwitches() {
    for spec in Self.specs {
      guard case .interventionAssumption(_, let switches) = spec.role else { continue }
      #expect(!switches.isEmpty, "\(spec.path) names no switch")
      for path in switches {
        let lever = ParameterCatalog.schema.spec(path)
        #expect(lever?.kind == .boolean, "\(spec.path): \(path) is no switch of the catalog")
      }
      #expect(
        !spec.role.acts(in: { ParameterCatalog.schema.spec($0)!.defaultValue }), "\(spec.path) acts in the baseline")
    }
  }
}
