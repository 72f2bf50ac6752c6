import Testing

@testable import ReentryExperiments
@testable import ReentryModel
@testable import ReentryReport

/// Every label a report shows exists in every language: each metric, group,
/// time series and unit of the catalogs has its own words in each language
/// but English (whose words are the catalog's), and a Dutch report shows no
/// English label.
@Suite struct LanguageCoverageTests {
  static let others = ReportLanguage.allCases.filter { $0 != .en }

  @Test(arguments: others)
  func everyMetricGroupAndSeriesHasItsOwnWords(_ language: ReportLanguage) {
    let strings = language.strings
    for metric in Metric.all { #expect(strings.metrics[metric.name] != nil, "\(language): metric \(metric.name)") }
    for group in Group.all { #expect(strings.groups[group.name] != nil, "\(language): group \(group.name)") }
    for series in Strings.english.series.keys.sorted() {
      #expect(strings.series[series] != nil, "\(language): series \(series)")
    }
  }

  /// The units of every metric and parameter, which label axes and values.
  @Test(arguments: others)
  func everyUnitHasItsOwnWord(_ language: ReportLanguage) {
    let units = Set(Metric.all.map(\.unit) + ParameterCatalog.schema.specs.map(\.unit)).subtracting(["", "share"])
    for unit in units.sorted() { #expect(language.strings.units[unit] != nil, "\(language): unit \(unit)") }
  }

  /// The policy levers of the shipped scenarios, which sweeps vary, are named in every language.
  @Test(arguments: others)
  func everyLeverHasItsOwnName(_ language: ReportLanguage) {
    for path in Self.levers { #expect(language.strings.parameters[path] != nil, "\(language): \(path)") }
  }

  static let levers = [
    "caseConferences.agreed", "caseConferences.intervalDays", "casemanagers.caseloadNorm",
    "casemanagers.fixedStaffTotal", "casemanagers.registrationBurdenFactor", "casemanagers.staffingMode",
    "conditions.housingMarketTightness", "information.contactDetailsOnSheet", "information.fullSheet",
    "information.gdprRefusalProbability", "information.sharedSystem", "information.sharedSystemBurdenRatio",
    "information.staffKnowTheyMayShare", "mechanisms.rioPilot", "mechanisms.rioScope",
    "municipalities.earlyInvolvement", "probation.spareCapacityShare",
  ]

  /// A Dutch sweep report of caseload norm × shared system keeps no English label of any metric, group,
  /// parameter or value in its title, answer, charts and tables. (The parameter table quotes each
  /// parameter's description and source from the catalog, which is written in English.)
  @Test func aDutchSweepReportShowsNoEnglishLabel() throws {
    let plan = SweepReportTests.plan(
      .grid,
      [
        .init(path: "casemanagers.caseloadNorm", values: [.number(15), .number(30)]),
        .init(path: "information.sharedSystem", values: [.bool(false), .bool(true)]),
      ])
    let result = try SweepReportTests.result(plan)
    let report = SweepReport(result: result, context: RenderContext(language: .nl))
    let html = [report.page.title, report.page.kind, report.answer, report.charts, report.groups].joined()
    let dutch = Strings.dutch
    var english = Metric.all.map(\.label).filter { label in !dutch.metrics.values.contains(label) }
    english += Strings.english.groups.values.filter { !dutch.groups.values.contains($0) }
    english += ["caseload norm", "Caseload norm", "shared system", "detainees", "= false", "= true"]
    for label in english { #expect(!html.contains(label), "the Dutch sweep report shows \"\(label)\"") }
  }
}
