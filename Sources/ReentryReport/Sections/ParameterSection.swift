import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// The "Parameters" section: what differs from the baseline, and every
/// resolved parameter with its source, assumptions marked.
enum ParameterSection {
  /// How many catalog parameters rest wholly or partly on assumptions, of how many.
  static var assumptionCount: (assumed: Int, total: Int) {
    let specs = ParameterCatalog.schema.specs
    return (specs.filter(\.role.restsOnAssumption).count, specs.count)
  }

  static func intro(_ t: Strings) -> String { t.parametersIntro }

  /// The differences from the baseline, then all resolved parameters in a disclosure.
  static func html(
    _ parameters: JSONValue, name: String, varied: [(path: String, values: String)] = [], _ t: Strings
  ) -> String {
    ParameterDifferences(parameters).html(caption: t.differingCaption(name), varied: varied, t)
      + HTML.tag("details", HTML.text("summary", t.allParametersSummary(name)) + all(parameters, t))
  }

  static func all(_ parameters: JSONValue, _ t: Strings) -> String {
    var body = ""
    for spec in ParameterCatalog.schema.specs {
      let value = ParameterDifferences.value(spec.path, in: parameters)
      body +=
        "<tr>" + HTML.tag("th", [("scope", "row")], HTML.text("code", spec.path))
        + HTML.text("td", ParameterDifferences.text(value, t)) + HTML.text("td", spec.unit)
        + HTML.tag("td", ParameterDifferences.source(spec, t)) + HTML.text("td", spec.summary) + "</tr>"
    }
    return "<div class=\"table-wrap\"><table>" + HTML.text("caption", t.resolvedParameters) + "<thead><tr>"
      + t.parameterHeaders.map { HTML.text("th", [("scope", "col")], $0) }.joined() + "</tr></thead><tbody>" + body
      + "</tbody></table></div>"
  }
}
