import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryModel
@testable import ReentryReport

/// Robustness results of a tiny world, written by the robustness code itself
/// (definition, runner, assembly), shared by the report tests.
enum RobustnessFixture {
  /// 300 releases a year, short windows, one regional and one national PI: a draw takes a fraction of a second.
  static let tinyWorld = [
    "population.releasesPerYear=300", "run.warmupDays=30", "run.measuredDays=40", "run.followUpDays=10",
    "institutions.regionalCount=1", "institutions.nationalCount=1",
  ]

  static func run(
    _ name: String, variants: [String], draws: Int, replications: Int, filter: RobustnessPlan.Filter
  ) async throws -> String {
    let out = makeTempDirectory().appendingPathComponent(name).path
    let base = try ModelFixture.scenario("Scenarios/baseline.json", tinyWorld)
    let scenarios = try variants.map { try ModelFixture.scenario("Scenarios/\($0).json", tinyWorld) }
    let definition = try RobustnessDefinition(
      name: name, base: base, variants: scenarios, draws: draws, replications: replications, seed: 20231,
      filter: filter)
    let directory = PointDirectory<RobustnessPlan>(path: out)
    try directory.prepare(definition.plan, shard: .whole, resume: false)
    _ = try await RobustnessRunner(definition: definition, directory: directory, shard: .whole, jobs: 2).run()
    _ = try PointAssembly.finish(directory, plan: definition.plan, shard: .whole)
    return out
  }

  /// Two variants, 4 draws, every draw kept: too few for partial rank correlations.
  static let few = Task<String, any Error> {
    try await run("few", variants: ["caseload-20", "may-share"], draws: 4, replications: 2, filter: .none)
  }

  /// One variant, 90 draws of one replication: enough kept draws (84 drawn parameters + 2) for them.
  static let many = Task<String, any Error> {
    try await run("many", variants: ["caseload-20"], draws: 90, replications: 1, filter: .none)
  }

  /// Two variants, 12 draws of one replication: enough kept worlds to value the choice between them.
  static let pair = Task<String, any Error> {
    try await run("pair", variants: ["caseload-20", "shared-system"], draws: 12, replications: 1, filter: .none)
  }

  /// Filtered by the sources' figures, which a tiny world misses: every draw rejected.
  static let rejected = Task<String, any Error> {
    try await run("rejected", variants: ["caseload-20"], draws: 3, replications: 1, filter: .patterns)
  }

  /// The report's page in a language.
  static func page(_ directory: String, _ language: ReportLanguage) throws -> (html: String, figures: FigureFiles) {
    let (kind, html, figures) = try Report.render(directory, language: language)
    #expect(kind == .robustness)
    return (html, figures)
  }

  /// `robustness.json` of a result, parsed independently of the report.
  static func summary(_ directory: String) throws -> JSONValue {
    try JSONParser.parse(try #require(readText(directory + "/robustness.json")))
  }

  /// The release_ready entry of a variant in `robustness.json`.
  static func lead(_ summary: JSONValue, _ variant: String) throws -> JSONValue {
    guard case .array(let variants)? = summary.value(forKey: "variants"),
      let entry = variants.first(where: { $0.value(forKey: "name") == .string(variant) }),
      case .array(let metrics)? = entry.value(forKey: "metrics"),
      let lead = metrics.first(where: { $0.value(forKey: "metric") == .string("release_ready") })
    else { throw Missing(what: "release_ready of \(variant)") }
    return lead
  }

  static func number(_ value: JSONValue?) -> Double { if case .number(let x)? = value { x } else { .nan } }

  struct Missing: Error { let what: String }
}

/// The robustness report answers first, in both languages with the same
/// numbers, says plainly when there are too few kept draws for what an effect
/// hangs on, and keeps every chart accessible and exportable.
@Suite("Robustness report")
struct RobustnessReportTests {
  /// The answer box as plain text.
  static func answer(_ html: String) -> String {
    guard let start = html.range(of: #"<section class="answer""#),
      let end = html[start.upperBound...].range(of: "</section>")
    else { return "" }
    return plain(String(html[start.lowerBound..<end.lowerBound]))
  }

  static func plain(_ html: String) -> String {
    html.replacing(#/<[^>]*>/#, with: "").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
  }

  /// Every number of a text in order, with a decimal point and no thousands separator.
  static func numbers(_ text: String, decimal: Character, thousands: Character) -> [String] {
    text.matches(of: #/[0-9][0-9.,]*[0-9]|[0-9]/#).map { match in
      String(match.output.compactMap { $0 == thousands ? nil : $0 == decimal ? "." : $0 })
    }
  }

  /// "+2.0" for 0.02, as the report writes a difference of shares in percentage points.
  static func points(_ x: Double, decimal: String = ".") -> String {
    let text = String(format: "%+.1f", x * 100)
    let unsigned = text.dropFirst()
    let shown =
      unsigned.allSatisfy { $0 == "0" || $0 == "." } ? String(unsigned) : text.replacingOccurrences(of: "-", with: "−")
    return shown.replacingOccurrences(of: ".", with: decimal)
  }

  @Test func theAnswerGivesEachVariantsSentenceInEnglishAndDutch() async throws {
    let dir = try await RobustnessFixture.few.value
    let summary = try RobustnessFixture.summary(dir)
    let en = Self.answer(try RobustnessFixture.page(dir, .en).html)
    let nl = Self.answer(try RobustnessFixture.page(dir, .nl).html)
    for variant in ["caseload-20", "may-share"] {
      let lead = try RobustnessFixture.lead(summary, variant)
      let share = Int((RobustnessFixture.number(lead.value(forKey: "probabilityImprovement")) * 100).rounded())
      guard case .array(let interval)? = lead.value(forKey: "probabilityImprovementInterval") else {
        throw RobustnessFixture.Missing(what: "probabilityImprovementInterval")
      }
      let (from, to) = (
        Int((RobustnessFixture.number(interval[0]) * 100).rounded()),
        Int((RobustnessFixture.number(interval[1]) * 100).rounded())
      )
      let median = RobustnessFixture.number(lead.value(forKey: "medianEffect"))
      guard case .array(let range)? = lead.value(forKey: "range90") else {
        throw RobustnessFixture.Missing(what: "range90")
      }
      let (low, high) = (RobustnessFixture.number(range[0]), RobustnessFixture.number(range[1]))
      #expect(
        en.contains(
          "\(variant) raises release-readiness in \(share)% (95% interval \(from)–\(to)%) of the 4 plausible worlds "
            + "drawn (not tested against the sources): median \(Self.points(median)) percentage points, 90% range "
            + "\(Self.points(low)) to \(Self.points(high)). Best of the 2 variants in "), "\(en)")
      #expect(
        nl.contains(
          "Met \(variant) hebben meer vrijgelatenen de basisvoorwaarden op orde in \(share)% (95%-interval "
            + "\(from)–\(to)%) van de 4 plausibele "
            + "werelden die getrokken zijn (niet getoetst aan de bronnen): mediaan \(Self.points(median, decimal: ",")) "
            + "procentpunt, 90%-bereik \(Self.points(low, decimal: ",")) tot \(Self.points(high, decimal: ","))"),
        "\(nl)")
    }
    #expect(en.contains("All 4 drawn worlds were kept: the filter was off (--filter none)"))
    #expect(nl.contains("Alle 4 getrokken werelden zijn behouden: het filter stond uit (--filter none)"))
    #expect(en.contains("Staff cost: +") && nl.contains("Personeelskosten: +"))
    #expect(en.contains("Best of the 2 variants in ") && nl.contains("De beste van de 2 varianten in "))
    let english = Self.numbers(en, decimal: ".", thousands: ",")
    #expect(english.count > 20)
    #expect(Self.numbers(nl, decimal: ",", thousands: ".") == english)
    for word in ["release-ready", "percentage points", "worlds", "Staff cost"] {
      #expect(!nl.contains(word), "\(word) in \(nl)")
    }
  }

  @Test func tooFewKeptDrawsAreSaidPlainlyInsteadOfAValueOfInformation() async throws {
    let dir = try await RobustnessFixture.few.value
    for (language, sentence) in [
      (
        ReportLanguage.en, "There is no choice to value here: that needs at least 2 variants to rank and 5 kept worlds."
      ),
      (.nl, "Hier valt geen keuze te waarderen: daarvoor zijn minstens 2 te rangschikken varianten en 5 behouden"),
    ] {
      let html = try RobustnessFixture.page(dir, language).html
      #expect(html.contains(#"<p class="no-dependence">"# + sentence), "\(language)")
      #expect(html.contains(#"<figure class="chart" id="distribution">"#))
    }
  }

  /// The leading pair is ranked only when the interval of "the first does better" leaves out one half,
  /// and the words say which, with the numbers of robustness.json in both languages.
  @Test func theLeadingPairIsRankedOnlyWhenItsIntervalExcludesATie() async throws {
    let dir = try await RobustnessFixture.few.value
    guard let pair = try RobustnessFixture.summary(dir).value(forKey: "leadingPair"),
      case .string(let first)? = pair.value(forKey: "first"), case .string(let second)? = pair.value(forKey: "second"),
      case .array(let interval)? = pair.value(forKey: "probabilityFirstBetterInterval"),
      case .bool(let ranked)? = pair.value(forKey: "canBeRanked")
    else { throw RobustnessFixture.Missing(what: "leadingPair") }
    let (low, high) = (RobustnessFixture.number(interval[0]), RobustnessFixture.number(interval[1]))
    #expect(ranked == !(low <= 0.5 && 0.5 <= high))
    let en = Self.answer(try RobustnessFixture.page(dir, .en).html)
    let nl = Self.answer(try RobustnessFixture.page(dir, .nl).html)
    let words =
      ranked ? "\(first) ranks above \(second): per world" : "\(first) and \(second) cannot be ranked: per world"
    #expect(en.contains(words), "\(en)")
    #expect(!en.contains(ranked ? "cannot be ranked" : "ranks above"))
    #expect(nl.contains(ranked ? "\(first) staat boven \(second)" : "\(first) en \(second) zijn niet te rangschikken"))
    #expect(
      Self.numbers(nl, decimal: ",", thousands: ".") == Self.numbers(en, decimal: ".", thousands: ","))
  }

  /// The acceptability curve: a table per value of an extra release-ready person, shares that add up to
  /// one per value, and acceptability.csv beside robustness.json.
  @Test func theBestBuyIsGivenPerValueOfAnExtraReleaseReadyPerson() async throws {
    let dir = try await RobustnessFixture.few.value
    let html = try RobustnessFixture.page(dir, .en).html
    #expect(html.contains("Which variant is the best buy?") && html.contains("Most often the best buy: "))
    let csv = try #require(readText(dir + "/acceptability.csv"))
    let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    #expect(rows.count == Acceptability.values.count * 3)
    for value in Acceptability.values {
      let shares = rows.filter { Double($0[0]) == value }.compactMap { Double($0[2]) }
      #expect(shares.count == 3 && abs(shares.reduce(0, +) - 1) < 1e-5, "\(value): \(shares)")
    }
    let dutch = try RobustnessFixture.page(dir, .nl).html
    #expect(dutch.contains("Welke variant is de beste koop?") && dutch.contains("Meestal de beste koop: "))
  }

  /// With enough kept worlds and two variants the choice section gives the EVPPI of every assumption
  /// above the noise floor, or says that none clears it.
  @Test func theChoiceSectionGivesTheValueOfInformationOrSaysNoneClearsTheFloor() async throws {
    let dir = try await RobustnessFixture.pair.value
    guard let choice = try RobustnessFixture.summary(dir).value(forKey: "choiceDependsOn"),
      case .array(let leads)? = choice.value(forKey: "parameters")
    else { throw RobustnessFixture.Missing(what: "choiceDependsOn") }
    let floor = RobustnessFixture.number(choice.value(forKey: "noiseFloor"))
    for lead in leads { #expect(RobustnessFixture.number(lead.value(forKey: "evppi")) > floor) }
    for (language, none) in [
      (ReportLanguage.en, "No assumption clears the noise floor"), (.nl, "Geen aanname komt boven de ruisvloer"),
    ] {
      let html = try RobustnessFixture.page(dir, language).html
      #expect(html.contains("EVPPI"))
      if case .string(let top)? = leads.first?.value(forKey: "parameter") {
        #expect(html.contains(#"<th scope="row">\#(top)</th>"#) && !html.contains(none))
      } else {
        #expect(html.contains(#"<p class="no-dependence">"# + none), "\(language)")
      }
    }
  }

  @Test func everyChartHasATitleADescriptionItsNumbersAndItsFiles() async throws {
    let dir = try await RobustnessFixture.many.value
    for language in ReportLanguage.allCases {
      let (html, figures) = try RobustnessFixture.page(dir, language)
      let charts = html.components(separatedBy: "<svg ").dropFirst()
      #expect(charts.count == 1)
      for chart in charts {
        #expect(chart.contains("<title id=") && chart.contains("<desc id="))
      }
      #expect(html.components(separatedBy: "<details><summary>").count > 2)
      #expect(figures.files.count == 2)
      #expect(figures.files.allSatisfy { !$0.contents.isEmpty })
      #expect(figures.files.filter { $0.name.hasSuffix(".svg") }.allSatisfy { $0.contents.contains("<desc ") })
    }
  }

  @Test func aWorldRejectedByTheSourcesIsNamedWithTheFiguresThatRejectedIt() async throws {
    let dir = try await RobustnessFixture.rejected.value
    let summary = try RobustnessFixture.summary(dir)
    #expect(RobustnessFixture.number(summary.value(forKey: "kept")) == 0)
    guard case .array(let rejections)? = summary.value(forKey: "rejectionsByFigure"), let first = rejections.first,
      case .string(let figure)? = first.value(forKey: "figure")
    else { throw RobustnessFixture.Missing(what: "rejectionsByFigure") }
    let count = Int(RobustnessFixture.number(first.value(forKey: "draws")))
    let en = try RobustnessFixture.page(dir, .en).html
    let answer = Self.answer(en)
    #expect(answer.contains("caseload-20: no drawn world was kept, so there is no answer."))
    #expect(
      answer.contains(
        "0 of 3 drawn worlds were kept: those whose base reproduces every judged figure and pattern of the sources"))
    #expect(answer.contains("The others were rejected most often by: \(figure) (\(count) draw"))
    #expect(en.contains(#"<th scope="row">\#(figure)</th><td class="num">\#(count)</td>"#))
    let nl = Self.answer(try RobustnessFixture.page(dir, .nl).html)
    #expect(nl.contains("De overige zijn het vaakst verworpen door: \(figure) (\(count) trekking"))
  }
}
