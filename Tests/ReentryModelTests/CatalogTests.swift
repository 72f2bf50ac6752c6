import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryModel

/// The parameter catalog, the baseline file and the shipped scenarios agree.
@Suite struct CatalogTests {
  @Test func baselineFileSpellsOutEveryDefault() throws {
    let data = try Data(contentsOf: ModelFixture.root.appendingPathComponent("Scenarios/baseline.json"))
    let file = try JSONParser.parse(Array(data))
    let s = try ModelFixture.scenario()
    for spec in ParameterCatalog.schema.specs {
      #expect(s.value(spec.path) == spec.defaultValue, "\(spec.path) differs from the catalog default")
      #expect(s.origin(spec.path) != .defaultValue, "\(spec.path) is missing from baseline.json")
    }
    #expect(file.value(forKey: "description") != nil)
  }

  @Test func everyParameterIsReadByTheModel() throws {
    let read = Set(ModelParameters.pathsRead(from: try ModelFixture.scenario()))
    let all = Set(ParameterCatalog.schema.specs.map(\.path))
    #expect(all.subtracting(read).isEmpty, "never read: \(all.subtracting(read).sorted())")
  }

  @Test func everyParameterHasSourceUnitAndMeaning() {
    for spec in ParameterCatalog.schema.specs {
      #expect(!spec.summary.isEmpty, "\(spec.path) has no summary")
      #expect(spec.source.hasPrefix("seed ") || spec.source.hasPrefix("assumption"), "\(spec.path): \(spec.source)")
    }
  }

  @Test func municipalitiesAreAllThere() {
    let all = MunicipalityData.all
    #expect(all.count == 342)
    #expect(all.reduce(0) { $0 + $1.population } == 17_811_291)
    #expect(all.contains { $0.name == "Nuenen, Gerwen en Nederwetten" })
  }
}
