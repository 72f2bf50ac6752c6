import ReentryModel

/// Words for the names in our files, so a reader sees "Housing in order"
/// rather than `housing_ok`; the file name stays beside it in tables.
///
/// A metric's words are declared with it in the catalog (`Metric.label`); a
/// language other than English gives its own in `Strings.metrics`, falling
/// back to the catalog's.
/// Unknown names (a metric added later) fall back to the name with spaces,
/// so a report of a newer result still renders.
enum ReportLabels {
  static func metric(_ name: String, _ t: Strings) -> String {
    t.metrics[name] ?? Metric.named(name)?.label ?? capitalised(words(name))
  }

  static func group(_ name: String, _ t: Strings) -> String {
    t.groups[name] ?? name
  }

  /// A label inside a sentence: "short stay", but "LVB" and "ID" keep their capitals.
  static func inSentence(_ label: String) -> String {
    let chars = Array(label)
    guard chars.count > 1, chars[0].isUppercase, chars[1].isLowercase else { return label }
    return label.prefix(1).lowercased() + label.dropFirst()
  }

  /// A time series of `timeseries.csv`: its label and unit.
  static func series(_ name: String, _ t: Strings) -> (label: String, unit: String) {
    t.series[name] ?? (capitalised(words(name)), "")
  }

  /// "caseload norm" for `casemanagers.caseloadNorm` ("caseloadnorm" in Dutch).
  static func parameter(_ path: String, _ t: Strings) -> String {
    t.parameters[path] ?? t.unnamedParameter(path)
  }

  /// A parameter's value in a point of a sweep: a true or false in words of the language.
  static func value(_ cell: String, _ t: Strings) -> String {
    cell == "true" ? t.yes : cell == "false" ? t.no : cell
  }

  static func words(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }

  static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
