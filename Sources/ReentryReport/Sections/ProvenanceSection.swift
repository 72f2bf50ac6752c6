import ReentryExperiments
import ReentryModel

/// The "Provenance" section: version, seed, replications and digests from
/// `manifest.json`, then `run-info.json`, which no digest covers.
enum ProvenanceSection {
  static func label(_ key: String) -> String {
    switch key {
    case "kind": return "Kind of result"
    case "scenario": return "Scenario"
    case "scenarioDigest": return "Scenario digest (SHA-256 of the resolved parameters)"
    case "base": return "Base scenario"
    case "variants": return "Variants"
    case "scenarioDigests": return "Scenario digests (base first)"
    case "sweep": return "Sweep"
    case "sweepDigest": return "Sweep digest (SHA-256 of sweep.json)"
    case "mode": return "Mode"
    case "vary": return "Varied parameters"
    case "points": return "Points"
    default: return key
    }
  }

  static func html(_ p: Provenance) -> String {
    var rows: [(String, String)] = [
      ("reentry version", p.version), ("Digest (manifest.json)", p.digest), ("Seed", p.seed),
      ("Replications", String(p.replications)),
    ]
    rows += p.fields.map { (label($0.0), $0.1) }
    var out = table("What produced this result", rows, code: true)
    out += HTML.tag(
      "details",
      HTML.text("summary", "SHA-256 of every file the digest covers")
        + table("Files covered by the digest", p.files, code: true))
    if !p.runInfo.isEmpty {
      out += HTML.tag(
        "details",
        HTML.text("summary", "Run information (run-info.json: not covered by any digest)")
          + table("Run information", p.runInfo, code: false))
    }
    return out
      + HTML.text(
        "p", [("class", "note")],
        "Re-running with the same scenario, seed and version reproduces these digests byte for byte, whatever "
          + "--jobs is. This report (report.html) is not covered by the manifest.")
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
