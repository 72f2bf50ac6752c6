import ReentryExperiments
import ReentryModel

/// The "Provenance" section: version, seed, replications and digests from
/// `manifest.json`, then `run-info.json`, which no digest covers.
enum ProvenanceSection {
  static func label(_ key: String, _ context: RenderContext) -> String {
    let (t, r) = (context.strings, context.robustness)
    return t.provenanceLabels[key] ?? r.provenanceLabels[key] ?? key
  }

  static func html(_ p: Provenance, _ context: RenderContext) -> String {
    func label(_ key: String) -> String { Self.label(key, context) }
    let t = context.strings
    var rows: [(String, String)] = [
      (label("version"), p.version), (label("digest"), p.digest), (label("seed"), p.seed),
      (label("replications"), String(p.replications)),
    ]
    rows += p.fields.map { (label($0.0), $0.1) }
    var out = table(t.producedBy, rows, code: true)
    out += HTML.tag(
      "details",
      HTML.text("summary", t.filesSummary) + table(t.filesCaption, p.files, code: true))
    if !p.runInfo.isEmpty {
      out += HTML.tag(
        "details",
        HTML.text("summary", t.runInfoSummary) + table(t.runInfoCaption, p.runInfo, code: false))
    }
    return out
      + HTML.text("p", [("class", "note")], t.reproduces)
  }

  private static func table(_ caption: String, _ rows: [(String, String)], code: Bool) -> String {
    var out = "<div class=\"table-wrap\"><table>" + HTML.text("caption", caption) + "<tbody>"
    for (key, value) in rows {
      out +=
        "<tr>" + HTML.text("th", [("scope", "row")], key)
        + HTML.tag("td", code ? HTML.text("code", value) : HTML.escape(value)) + "</tr>"
    }
    return out + "</tbody></table></div>"
  }
}
