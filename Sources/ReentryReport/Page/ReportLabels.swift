import ReentryModel

/// Words for the names in our files, so a reader sees "Housing in order"
/// rather than `housing_ok`; the file name stays beside it in tables.
///
/// A metric's words are declared with it in the catalog (`Metric.label`).
/// Unknown names (a metric added later) fall back to the name with spaces,
/// so a report of a newer result still renders.
enum ReportLabels {
  static func metric(_ name: String) -> String {
    Metric.named(name)?.label ?? capitalised(words(name))
  }

  static func group(_ name: String) -> String {
    switch name {
    case "all": return "All releases"
    case "sentence=short": return "Short stay"
    case "sentence=long": return "Long stay"
    case "municipality=small": return "Small municipality"
    case "municipality=medium": return "Medium municipality"
    case "municipality=large": return "Large municipality"
    case "lvb=yes": return "LVB (mild intellectual disability)"
    case "lvb=no": return "No LVB"
    default: return name
    }
  }

  /// A label inside a sentence: "short stay", but "LVB" and "ID" keep their capitals.
  static func inSentence(_ label: String) -> String {
    let chars = Array(label)
    guard chars.count > 1, chars[0].isUppercase, chars[1].isLowercase else { return label }
    return label.prefix(1).lowercased() + label.dropFirst()
  }

  /// A time series of `timeseries.csv`: its label and unit.
  static func series(_ name: String) -> (label: String, unit: String) {
    switch name {
    case "population": return ("Detainees in prison", "detainees")
    case "casemanagers": return ("Casemanagers", "casemanagers")
    case "mean_caseload": return ("Mean caseload", "detainees per casemanager")
    case "max_caseload": return ("Highest caseload", "detainees per casemanager")
    case "backlog_hours": return ("Casework backlog", "hours")
    case "probation_supervising": return ("Under probation supervision", "people")
    case "probation_waiting": return ("Waiting for probation", "people")
    case "care_placed": return ("In assisted living", "people")
    case "care_waiting": return ("Waiting for a care place", "people")
    default: return (capitalised(words(name)), "")
    }
  }

  /// "caseload norm" for `casemanagers.caseloadNorm`.
  static func parameter(_ path: String) -> String {
    let last = path.split(separator: ".").last.map(String.init) ?? path
    var out = ""
    for c in last {
      if c.isUppercase { out += " " + c.lowercased() } else { out.append(c) }
    }
    return out
  }

  static func words(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }

  static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
