import Foundation
import ReentryExperiments
import ReentryReport

/// `reentry report`: one self-contained HTML page for the output of run, compare, sweep, robustness or sensitivity.
enum ReportCommand: Command {
  static let name = "report"
  static let options: [OptionSpec] = [
    .option("out", "FILE.html", "where to write (default RESULTS_DIR/report.html)"),
    .option(
      "scenarios", "DIR",
      "where to find the scenario files of a comparison, whose\nparameters compare.json does not record; a file is used\n"
        + "only if it resolves to the recorded digest (default Scenarios)"),
    .option(
      "robustness", "DIR",
      "for a comparison: the reentry robustness result of the same\nscenarios that its caveat names and links to (default: one\n"
        + "found beside RESULTS_DIR, if any)"),
    .option("lang", "en|nl", "the language of the report: English (default) or Dutch"),
    .option(
      "figures", "DIR",
      "also write each chart as a standalone SVG and its numbers as\nCSV into DIR, numbered in page order and named after the\n"
        + "chart's title (e.g. 01-basic-conditions-in-order-at-release.svg)"),
    .flag("force", "replace FILE.html or DIR even if reentry did not write it"),
    .flag(
      "allow-edited",
      "render a result whose files no longer match their digests in\nmanifest.json, with a warning at the top of the page"
    ),
  ]
  static let synopsis = OptionSpec.synopsis("report RESULTS_DIR", options)
  static let summary = "Write a self-contained HTML report (answer first, charts, tables) of a result."
  static let help = """
    Usage: reentry \(synopsis)

    Reads the output directory of reentry run, compare, sweep, robustness or
    sensitivity (told apart by its files) and writes one HTML page that opens with the
    answer in plain words and numbers, then charts with 95% intervals, each
    with a text alternative and a table of its numbers, the parameters that
    differ from the baseline with their sources (assumptions marked) and the
    provenance (version, seed, replications, digests).

    A robustness report answers per variant how often it raises release
    readiness in the plausible worlds that were kept (with a 95% interval),
    its median effect and 90% range and its staff cost, and whether the two
    leading variants can be ranked; then the effects on one scale, the best
    buy per value of an extra release-ready person, the probability of each
    variant being best, what the choice hangs on (EVPPI), and which figures
    of the sources rejected the other worlds.

    A sensitivity report names what release readiness depends on most, but
    only assumptions whose mu* interval lies above the noise floor, and
    marks every other assumption "not distinguishable from noise".

    A comparison's caveat names the robustness analysis of the same
    scenarios (same resolved parameters) found beside RESULTS_DIR, or given
    with --robustness, and links to its report; without one it says that
    its intervals are simulation noise only.

    Every file the report reads is first checked against its SHA-256 in
    manifest.json: a result edited after it was written is refused (65,
    naming the file) unless --allow-edited is given, which renders it with
    a warning at the top of the page.

    The page needs no network: no scripts, fonts or images are loaded; charts
    are inline SVG. It prints well. It is written atomically and is not part
    of any manifest digest. FILE.html is replaced only if it is a report of
    reentry (or with --force), never if it is a link, a FIFO or a device;
    the figures DIR follows the rules of --out for results: it is created
    whole or replaced only if it holds figures of reentry.

    Options:
    \(OptionSpec.helpText(options))
    Exit codes: 66 RESULTS_DIR missing, 65 not a result of run, compare,
    sweep, robustness or sensitivity, a malformed file or an edited one (named), or a
    --robustness DIR of other scenarios, 73 the report or the figures
    cannot be written.

    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count == 1 else {
      throw CommandFailure("report needs exactly one results directory", code: .usage)
    }
    let directory = args.positionals[0]
    let out = args.value("out") ?? (directory as NSString).appendingPathComponent(Report.defaultName)
    let lang = args.value("lang") ?? ReportLanguage.en.rawValue
    guard let language = ReportLanguage(rawValue: lang) else {
      throw CommandFailure("--lang must be one of en, nl (got \(lang))", code: .usage)
    }
    // Claiming the page creates its folder, by default the results directory: a missing one must fail first (66).
    _ = try ResultDirectory(directory)
    let page = try ResultFlow.policy("report", args, console: console).claimFile(out, signature: signature)
    defer { page.release() }
    let figureFolder = try args.value("figures").map {
      try ResultFlow.policy(FigureFolder.kind, args, console: console).claimDirectory($0)
    }
    defer { figureFolder?.release() }
    let (kind, html, figures) = try Report.render(
      directory, scenarioFolder: args.value("scenarios"),
      allowEdited: args.flags.contains("allow-edited"), language: language, robustness: args.value("robustness"),
      reportPath: out, progress: { if console.errIsTerminal { console.err("report: \($0)…\n") } })
    if let figureFolder {
      try figureFolder.write(FigureFolder.files(figures.files))
      console.out("wrote \(figures.files.count / 2) charts (SVG and CSV) to \(figureFolder.path)\n")
    }
    try page.write(Array(html.utf8))
    console.out("wrote \(out) (report of a \(kind.rawValue), \(html.utf8.count / 1024) KiB)\n")
    return .success
  }

  /// What every report of ours carries near its start (see `ReportPage`), by which
  /// an existing FILE.html is recognised as ours to replace.
  static let signature = "<meta name=\"generator\" content=\"reentry "
}
