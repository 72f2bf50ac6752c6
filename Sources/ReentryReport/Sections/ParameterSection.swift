import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// The "Parameters" section: what differs from the baseline, and every
/// resolved parameter with its source, assumptions marked.
enum ParameterSection {
  /// How many catalog parameters rest wholly or partly on assumptions, of how many.
  static var assumptionCount: (assumed: Int, total: Int) {
    let specs = ParameterCatalog.schema.specs
    return (specs.filter { $0.source.contains("assumption") }.count, specs.count)
  }

  static let intro = """
    The baseline is the model's default value of every parameter (Scenarios/baseline.json). \
    "seed NNN" refers to the source documents; values marked assumption are our own and are the first \
    to question. Run reentry describe on a scenario file for the full list.
    """

  /// The differences from the baseline, then all resolved parameters in a disclosure.
  static func html(_ parameters: JSONValue, name: String, varied: [(path: String, values: String)] = []) -> String {
    ParameterDifferences(parameters).html(
      caption: "Parameters of \(name) that differ from the baseline", varied: varied)
      + HTML.tag("details", HTML.text("summary", "All parameters of \(name), with their sources") + all(parameters))
  }

  static func all(_ parameters: JSONValue) -> String {
    var body = ""
    for spec in ParameterCatalog.schema.specs {
      let value = ParameterDifferences.value(spec.path, in: parameters)
      body +=
        "<tr>" + HTML.tag("th", [("scope", "row")], HTML.text("code", spec.path))
        + HTML.text("td", ParameterDifferences.text(value)) + HTML.text("td", spec.unit)
        + HTML.tag("td", ParameterDifferences.source(spec)) + HTML.text("td", spec.summary) + "</tr>"
    }
    return "<div class=\"table-wrap\"><table><caption>Resolved parameters</caption><thead><tr>"
      + "<th scope=\"col\">Parameter</th><th scope=\"col\">Value</th><th scope=\"col\">Unit</th>"
      + "<th scope=\"col\">Source</th><th scope=\"col\">Meaning</th></tr></thead><tbody>" + body
      + "</tbody></table></div>"
  }
}
