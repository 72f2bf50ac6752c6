import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// The parameters of a result that differ from the baseline, where the
/// baseline is the catalog's defaults (which `Scenarios/baseline.json`
/// spells out; a test keeps the two equal).
///
/// Comparing the recorded resolved values with the catalog, rather than
/// trusting how the scenario was written, shows exactly what ran. Each row
/// carries the catalog's source for the default, so a reader sees whether
/// the value it replaces came from the source documents or is an assumption.
struct ParameterDifferences: Sendable {
  struct Row: Sendable {
    let spec: ParameterSpec
    /// The value in the result; nil when the result does not record the parameter.
    let value: JSONValue?
  }

  /// Set per run and shown under provenance instead.
  static let runSettings = ["run.seed", "run.replications"]

  let rows: [Row]

  /// Compares resolved parameters (an `effectiveJSON` object) with the catalog defaults.
  init(_ parameters: JSONValue, ignoring: [String] = runSettings) {
    rows = ParameterCatalog.schema.specs.compactMap { spec in
      guard !ignoring.contains(spec.path) else { return nil }
      let value = Self.value(spec.path, in: parameters)
      return value == spec.defaultValue ? nil : Row(spec: spec, value: value)
    }
  }

  static func value(_ path: String, in parameters: JSONValue) -> JSONValue? {
    var node: JSONValue? = parameters
    for key in path.split(separator: ".") { node = node?.value(forKey: String(key)) }
    return node
  }

  /// A value as a reader sees it: strings bare, numbers and lists as in scenario files.
  static func text(_ value: JSONValue?, _ t: Strings) -> String {
    guard let value else { return t.notRecorded }
    if case .string(let s) = value { return s }
    return JSONWriter.write(value, pretty: false)
  }

  /// The source with an "assumption" badge when the default rests, wholly or partly, on an assumption.
  static func source(_ spec: ParameterSpec, _ t: Strings) -> String {
    let source = spec.source.isEmpty ? t.notGiven : spec.source
    guard spec.role.restsOnAssumption else { return HTML.escape(source) }
    let wholly = spec.role.basis == .assumed
    let badge = HTML.text("span", [("class", "assumption")], wholly ? t.assumption : t.partlyAssumption)
    // A wholly assumed default's source starts with the word the badge replaces.
    let rest = wholly ? String(source.dropFirst("assumption".count)) : " " + source
    return badge + HTML.escape(rest)
  }

  /// The table of differences; `varied` adds rows for parameters a sweep varies.
  func html(caption: String, varied: [(path: String, values: String)] = [], _ t: Strings) -> String {
    var body = ""
    for (path, values) in varied {
      guard let spec = ParameterCatalog.schema.spec(path) else { continue }
      body += row(spec, value: t.varied + values, t)
    }
    for row in rows where !varied.contains(where: { $0.path == row.spec.path }) {
      body += self.row(row.spec, value: Self.text(row.value, t), t)
    }
    guard !body.isEmpty else {
      return HTML.text("p", [("class", "note")], t.noneDiffer(caption))
    }
    return "<div class=\"table-wrap\"><table>" + HTML.text("caption", caption) + "<thead><tr>"
      + t.differenceHeaders.map { HTML.text("th", [("scope", "col")], $0) }.joined()
      + "</tr></thead><tbody>" + body + "</tbody></table></div>"
  }

  private func row(_ spec: ParameterSpec, value: String, _ t: Strings) -> String {
    "<tr>" + HTML.tag("th", [("scope", "row")], HTML.text("code", spec.path) + "<br>" + HTML.escape(spec.summary))
      + HTML.text("td", value) + HTML.text("td", Self.text(spec.defaultValue, t)) + HTML.text("td", spec.unit)
      + HTML.tag("td", Self.source(spec, t)) + "</tr>"
  }
}
