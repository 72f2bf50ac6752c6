/// How a report prints so that its first A4 page is a one-page summary: the
/// answer, its caveat and the headline chart.
///
/// The budget, on an A4 page with 12 mm × 14 mm margins (273 mm of height),
/// as measured on Chromium's print of the Dutch comparisons of 9 and 12
/// variants (the longer language): the title block takes 28 mm; a full
/// finding of a comparison (effect, "better in", largest change, among those
/// needing help, staff cost) five lines of 7.5 pt, about 18 mm; a compact one
/// (effect and staff cost) two or three lines, about 9 mm; the answer's
/// heading, meaning and caveat 24 mm; the gap, the section heading and the
/// chart's caption 31 mm; the chart's rows ``chartMillimetresPerRow`` each
/// plus 13 mm of axis. Up to ``fullFindingsUpTo`` variants keep their full
/// text; beyond that the details are left out of the print (they stay on
/// screen and in the tables later in the print), which keeps the first page
/// whole up to twelve variants. With more, the headline chart moves to page 2
/// (`.ci/check-print.sh` prints the nine-variant comparison and fails
/// when its summary leaves page 1).
enum PrintLayout {
  /// The most findings printed in full; with more, each prints as its effect and staff cost.
  static let fullFindingsUpTo = 4
  /// The printed width of the headline chart: its 720 drawing units at this
  /// width put a row in 5 mm and its 12-unit labels at 8.5 pt, a little
  /// larger than the answer.
  static let chartWidthMillimetres = 180.0
  /// The printed height of one row of the headline chart.
  static var chartMillimetresPerRow: Double {
    DotIntervalChart.rowHeight * chartWidthMillimetres / DotIntervalChart.width
  }

  /// The class of an answer's list of findings: `headlines`, plus `compact`
  /// when there are too many findings to print each in full.
  static func headlinesClass(findings: Int) -> String {
    findings > fullFindingsUpTo ? "headlines compact" : "headlines"
  }
}
