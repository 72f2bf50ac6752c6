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

  /// Every stored field of `ModelParameters` is filled by exactly one catalog
  /// entry whose path names that field, so no field keeps its blank and no
  /// entry writes a field under another name.
  @Test func everyStoredFieldIsBoundOnce() {
    let fields = Self.storedFieldPaths(of: ModelParameters())
    let paths = ParameterCatalog.bindings.map(\.spec.path)
    #expect(fields.count > 100, "Mirror found only \(fields.count) fields")
    #expect(fields.sorted() == paths.sorted(), "unbound: \(Set(fields).subtracting(paths).sorted())")
    #expect(Set(ParameterCatalog.bindings.map { $0.field() }).count == paths.count, "a field is bound twice")
    for binding in ParameterCatalog.bindings {
      let field = String(describing: binding.field())
      #expect(field == "\\ModelParameters." + binding.spec.path, "\(binding.spec.path) fills \(field)")
    }
  }

  /// Changing any one parameter in a scenario changes exactly its field, so
  /// no scenario value is ignored and none lands in another field.
  @Test func everyParameterReachesTheModel() throws {
    let base = try ModelFixture.scenario()
    let defaults = ModelParameters(base)
    #expect(ParameterCatalog.bindings.count == ParameterCatalog.schema.specs.count)
    for binding in ParameterCatalog.bindings {
      let spec = binding.spec
      #expect(binding.read(defaults) == spec.defaultValue, "\(spec.path) is not filled with its default")
      let other = Self.otherValue(than: spec.defaultValue, kind: spec.kind)
      let changed = ModelParameters(try base.overriding(spec.path, with: other))
      var expected = defaults
      binding.apply(&expected, other)
      #expect(changed != defaults, "\(spec.path)=\(other.compactText) leaves the model unchanged")
      #expect(changed == expected, "\(spec.path) changes more than its field")
      #expect(binding.read(changed) == other, "\(spec.path) does not arrive in its field")
    }
  }

  /// Dotted names of the leaf fields, e.g. "casemanagers.caseloadNorm";
  /// nested structs are groups, everything else is a parameter.
  static func storedFieldPaths(of value: Any, prefix: String = "") -> [String] {
    Mirror(reflecting: value).children.flatMap { child -> [String] in
      let path = prefix + (child.label ?? "?")
      guard Mirror(reflecting: child.value).displayStyle == .struct else { return [path] }
      return storedFieldPaths(of: child.value, prefix: path + ".")
    }
  }

  /// A valid value different from `value`, to show that a parameter matters.
  static func otherValue(than value: JSONValue, kind: ParameterKind) -> JSONValue {
    switch (kind, value) {
    case (.number(let min, let max), .number(let x)): return .number(x == max ? min : max)
    case (.probability, .number(let x)): return .number(x == 1 ? 0 : 1)
    case (.integer(let min, let max), .number(let x)): return .number(Double(x == Double(max) ? min : max))
    case (.boolean, .bool(let flag)): return .bool(!flag)
    case (.choice(let options), .string(let text)): return .string(options.first { $0 != text } ?? text)
    case (.text, .string(let text)): return .string(text + "x")
    case (.numberList(let min, let max, _, _), .array(let elements)):
      guard case .number(let first)? = elements.first else { return value }
      return .array([.number(first == max ? min : max)] + elements.dropFirst())
    default: return value
    }
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
