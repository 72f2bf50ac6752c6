import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// Renders the report of a results directory of `run`, `compare`, `sweep`, `robustness` or `sensitivity`
/// as one self-contained HTML page, and writes it atomically.
///
/// The page is a function of the directory's files alone (no clock, no host,
/// no absolute path), so the same result gives the same report.
package enum Report {
  /// The report's file name inside the results directory when no `--out` is given.
  package static let defaultName = "report.html"

  /// Reads the directory, tells which command wrote it and renders its page.
  ///
  /// `scenarioFolder` is searched for the scenario files of a comparison,
  /// whose resolved parameters `compare.json` does not record; one that is
  /// given must exist (66), while the default, `Scenarios`, may be absent. Every file
  /// read is checked against its digest in `manifest.json`; an edited one
  /// fails, or with `allowEdited` is named in a warning at the top of the page.
  /// Every word and number is written in `language`; the numbers are the same in each.
  /// `figures` holds each chart of the page as SVG and CSV files, for `--figures`.
  ///
  /// A comparison's caveat names the robustness analysis of the same scenarios:
  /// `robustness` when given (else one found beside the comparison's directory),
  /// linked relative to `reportPath`, where the page will be written (default
  /// `report.html` in the results directory).
  /// `progress` hears what the render is doing, for a large result that takes a while.
  package static func render(
    _ path: String, scenarioFolder: String? = nil, allowEdited: Bool = false, language: ReportLanguage = .en,
    robustness: String? = nil, reportPath: String? = nil, progress: @escaping @Sendable (String) -> Void = { _ in }
  ) throws(InputError) -> (kind: ResultKind, html: String, figures: FigureFiles) {
    if let scenarioFolder { try checkFolder(scenarioFolder) }
    let scenarioFolder = scenarioFolder ?? defaultScenarioFolder
    let context = RenderContext(language: language)
    let (kind, html) = try render(
      path, scenarioFolder: scenarioFolder, allowEdited: allowEdited,
      links: Links(robustness: robustness, reportPath: reportPath), context: context, progress: progress)
    return (kind, html, FigureFiles(context.figures.inPageOrder(of: html)))
  }

  /// Where the scenario files of a comparison are looked for when no folder is given.
  package static let defaultScenarioFolder = "Scenarios"

  /// Fails with 66 unless `folder`, given with `--scenarios`, is a directory.
  private static func checkFolder(_ folder: String) throws(InputError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
      throw InputError(.noInput, "\(folder): no such directory; --scenarios names the folder of the scenario files")
    }
    guard isDirectory.boolValue else {
      throw InputError(.noInput, "\(folder): is a file; --scenarios names the folder of the scenario files")
    }
  }

  /// Where a page links to other results: the robustness directory given, and where the page goes.
  struct Links {
    var robustness: String? = nil
    var reportPath: String? = nil
  }

  /// `render` with the words and the figure log of `context`.
  private static func render(
    _ path: String, scenarioFolder: String, allowEdited: Bool, links: Links, context: RenderContext,
    progress: @Sendable (String) -> Void
  ) throws(InputError) -> (kind: ResultKind, html: String) {
    let directory = try ResultDirectory(path)
    let (kind, manifest) = try ResultKind.detect(directory)
    progress("checking \(kind.checkedFiles.joined(separator: ", ")) against manifest.json")
    let edited = try FileDigests(manifest: manifest).edited(
      kind.checkedFiles, in: directory, allowEdited: allowEdited)
    progress("reading the \(kind.rawValue) and drawing its page")
    var page = try page(
      kind, directory, manifest: manifest, scenarioFolder: scenarioFolder, links: links, context: context)
    page.warning = EditedWarning.text(edited, context.strings)
    progress("writing the page")
    return (kind, page.html(context.strings))
  }

  private static func page(
    _ kind: ResultKind, _ directory: ResultDirectory, manifest: JSONValue, scenarioFolder: String, links: Links,
    context: RenderContext
  ) throws(InputError) -> ReportPage {
    switch kind {
    case .run:
      return RunReport(result: try RunResult(directory, manifest: manifest), context: context).page
    case .sweep:
      return SweepReport(result: try SweepResult(directory, manifest: manifest), context: context).page
    case .robustness:
      return RobustnessReport(result: try RobustnessResult(directory, manifest: manifest), context: context).page
    case .sensitivity:
      return SensitivityReport(result: try SensitivityResult(directory, manifest: manifest), context: context).page
    case .compare:
      var result = try CompareResult(directory, manifest: manifest)
      let (seed, replications) = (result.provenance.seed, result.provenance.replications)
      func recovered(_ s: CompareResult.Scenario) -> CompareResult.Scenario {
        var s = s
        if s.parameters == nil {
          s.parameters = ScenarioLookup.parameters(
            digest: s.digest, seed: seed, replications: replications, folder: scenarioFolder)
        }
        return s
      }
      result.base = recovered(result.base)
      result.variants = result.variants.map(recovered)
      var report = CompareReport(result: result, scenarioFolder: scenarioFolder, context: context)
      if let found = try RobustnessLookup.find(for: result, directory: directory.path, explicit: links.robustness) {
        let from = links.reportPath.map { ($0 as NSString).deletingLastPathComponent } ?? directory.path
        report.robustness = (found, RobustnessLookup.relativePath(found.path, from: from) + "/" + defaultName)
      }
      return report.page
    }
  }

}
