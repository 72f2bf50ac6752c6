import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryModel

/// The ODD description in the documentation catalog names every parameter a scenario can set,
/// with the catalog's default where it restates one, so a parameter cannot be added to the
/// model, or its default changed, without the description following.
@Suite struct ODDTests {
  /// `Sources/ReentryModel/ReentryModel.docc`, found from this file's path.
  static let catalog = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/ReentryModel/ReentryModel.docc")

  /// The text of every article in the catalog.
  static func text() throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: catalog.path).filter { $0.hasSuffix(".md") }
      .sorted()
    return try names.map { try String(contentsOf: catalog.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\n")
  }

  @Test func everyParameterIsDescribed() throws {
    let text = try Self.text()
    // Backticks around the path, so `mechanisms.zvh` is not satisfied by `mechanisms.zvhShare`.
    let missing = ParameterCatalog.schema.specs.map(\.path).filter { !text.contains("`\($0)`") }
    #expect(missing.isEmpty, "the ODD (\(Self.catalog.path)) does not mention: \(missing.joined(separator: ", "))")
  }

  /// Where the ODD gives a parameter with its default, e.g. "`casemanagers.caseloadNorm`
  /// (30; seed 003)", the value is the catalog's, so a changed default cannot leave
  /// the description behind.
  @Test func restatedDefaultsMatchTheCatalog() throws {
    let text = try Self.text()
    var checked = 0
    for spec in ParameterCatalog.schema.specs {
      for restated in ODDRestatedDefaults.values(of: spec.path, in: text) {
        checked += 1
        #expect(
          ODDRestatedDefaults.value(restated, equals: spec.defaultValue),
          "the ODD gives `\(spec.path)` as \(restated), the catalog as \(spec.defaultValue.compactText)")
      }
    }
    // Not vacuous: most parameters are restated; a drop means the ODD's wording changed.
    #expect(checked >= 120, "only \(checked) restated defaults found")
  }

  @Test func landingPageLinksTheODD() throws {
    let landing = try String(contentsOf: Self.catalog.appendingPathComponent("ReentryModel.md"), encoding: .utf8)
    #expect(landing.hasPrefix("# ``ReentryModel``"))
    #expect(landing.contains("## Topics"))
    #expect(landing.contains("<doc:ODD>"))
  }

  @Test func everyODDSectionIsThere() throws {
    let text = try Self.text()
    for section in [
      "Purpose and patterns", "Entities, state variables and scales", "Process overview and scheduling",
      "Design concepts", "Initialization", "Input data", "Submodels",
    ] {
      #expect(text.contains("## \(section)"), "missing section \(section)")
    }
  }

  /// Every metric the ODD's observation section promises exists.
  @Test func namedMetricsExist() throws {
    let text = try Self.text()
    for metric in Metric.all.map(\.name) {
      #expect(text.contains("`\(metric)`"), "the ODD does not mention metric \(metric)")
    }
  }
}
