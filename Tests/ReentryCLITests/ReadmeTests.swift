import Foundation
import ReentryExperiments
import ReentryTestSupport
import Testing

@testable import ReentryCLI

/// The README quotes what the tool prints and what the shipped results hold.
///
/// A guide whose figures drift from the results misleads the reader who
/// checks one of them; these tests read the README and hold every figure it
/// quotes to its source: the shipped results under `Results/`, the help, the
/// pinned baseline digest, or another figure of the same guide.
@Suite struct ReadmeTests {
  /// The baseline's pinned digest (2 replications, `Results/digests.json`)
  /// when the README's baseline table, report sentences and tour figures
  /// were copied from a run. When results change this pin fails: run the
  /// README's commands again, copy their output into it, then update the pin
  /// and `baselineRunDigest`.
  static let baselineDigestOfTheFigures = "47b7b6433d100656a6f7e8350b93345402f34d23d2c18f15194dab10ac3100de"
  /// The digest prefix `reentry run Scenarios/baseline.json` prints for that model (10 replications).
  static let baselineRunDigest = "96cfaa03bf3bbdf8"

  static let shippedRobustness = PackagePaths.root.appendingPathComponent("Results/robustness-recommendations").path
  static let shippedSensitivity = PackagePaths.root.appendingPathComponent("Results/sensitivity-baseline").path
  /// The guide and the documents it links to.
  static let guides = [
    "README.md", "docs/methods.md", "docs/validation.md", "docs/output-files.md",
    "docs/reports.md", "docs/clusters.md", "docs/performance.md", "docs/contributing.md",
    "docs/robustness.md", "docs/scenarios.md", "docs/calibration.md",
  ]

  @Test func everyCommandItNamesExists() throws {
    let known = Set(ReentryCLI.commands.map(\.name))
    for guide in Self.guides {
      let text = try ReadmeText(guide).text
      for match in text.matches(of: #/reentry ([a-z][a-z-]*)/#) {
        #expect(known.contains(String(match.output.1)), "\(guide): `reentry \(match.output.1)` is no command")
      }
    }
  }

  @Test func everyOptionOfItsCommandLinesExists() throws {
    let commands = Dictionary(uniqueKeysWithValues: ReentryCLI.commands.map { ($0.name, $0) })
    for guide in Self.guides {
      for words in try ReadmeText(guide).commandLines {
        guard let name = words.first, !name.hasPrefix("-") else { continue }
        let command = try #require(commands[name], "\(guide): `reentry \(name)` is no command")
        let options = Set(command.options.map(\.name) + ["help"])
        for word in words where word.hasPrefix("--") {
          let option = String(word.dropFirst(2).prefix { $0 != "=" })
          #expect(options.contains(option), "\(guide): `reentry \(name)` has no option --\(option)")
        }
      }
    }
  }

  @Test func everyScenarioFileItNamesExists() throws {
    for guide in Self.guides {
      let text = try ReadmeText(guide).text
      for match in text.matches(of: #/Scenarios/[A-Za-z0-9_/-]+\.json/#) {
        let path = PackagePaths.root.appendingPathComponent(String(match.output)).path
        #expect(FileManager.default.fileExists(atPath: path), "\(guide) names \(match.output), which does not exist")
      }
    }
  }

  @Test func everyFileItLinksToExists() throws {
    for guide in Self.guides {
      let folder = PackagePaths.root.appendingPathComponent(guide).deletingLastPathComponent()
      for match in try ReadmeText(guide).text.matches(of: #/\]\(([^)#:]+)(?:#[^)]*)?\)/#) {
        let path = folder.appendingPathComponent(String(match.output.1)).standardizedFileURL.path
        #expect(
          FileManager.default.fileExists(atPath: path), "\(guide) links to \(match.output.1), which does not exist")
      }
    }
  }

  /// The robustness example is, line for line, what `robustness` prints for the shipped result.
  @Test func robustnessExampleIsWhatTheShippedResultPrints() throws {
    let readme = try ReadmeText("docs/robustness.md")
    let design = try #require(FileManager.default.contents(atPath: Self.shippedRobustness + "/design.json"))
    let plan = try #require(RobustnessPlan(fileBytes: Array(design)))
    let printed = RobustnessTable.text(PointDirectory<RobustnessPlan>(path: Self.shippedRobustness), plan: plan)
    var lines = try readme.block(startingWith: "robustness: ").split(separator: "\n").map(String.init)
    let wrote = lines.removeLast()
    #expect(lines.joined(separator: "\n") + "\n" == printed)
    let manifest = try Self.json(Self.shippedRobustness + "/manifest.json")
    let digest = try #require(manifest["digest"] as? String)
    #expect(wrote.contains("digest \(digest.prefix(16))…"), "README: \(wrote)")
    let summary = try Self.json(Self.shippedRobustness + "/robustness.json")
    let kept = try #require(summary["kept"] as? Int)
    #expect(wrote.contains("\(plan.draws) draws run (\(kept) kept)"), "README: \(wrote)")
    let share = Int((Double(kept) / Double(plan.draws) * 100).rounded())
    #expect(readme.prose.contains("Only \(kept) of the \(plan.draws) worlds (\(share)%)"))
  }

  /// The sentence quoted from the robustness report is in the shipped report.
  @Test func robustnessReportSentenceIsInTheShippedReport() throws {
    let readme = try ReadmeText("docs/robustness.md")
    let quoted = try readme.quote(from: "caseload-20 raises release-readiness", upTo: "\"")
    let html = try #require(readText(Self.shippedRobustness + "/report.html"))
    let report = ReadmeText.collapsed(html.replacing(#/<[^>]*>/#, with: ""))
    let found = report.contains(quoted)
    #expect(found, "README quotes \"\(quoted)\", which the shipped report does not say")
  }

  @Test func sensitivityFiguresAreTheShippedRanking() throws {
    let readme = try ReadmeText("README.md")
    let csv = try #require(readText(Self.shippedSensitivity + "/sensitivity.csv"))
    // The source column may hold commas inside quotes; the numbers are the last fields.
    let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
    let counts = readme.prose.matches(of: #/(?:ranks|each of) the ([0-9]+) (?:assumption )?parameters/#).map {
      String($0.output.1)
    }
    #expect(!counts.isEmpty && counts.allSatisfy { $0 == "\(rows.count)" }, "the ranking has \(rows.count) rows")
    let runInfo = try Self.json(Self.shippedSensitivity + "/run-info.json")
    let evaluations = try #require(runInfo["evaluations"] as? Int)
    for guide in Self.guides {
      // "N evaluations × R replications" is how the guides quote the sensitivity design; calibration runs
      // quote their own evaluation counts, which are not this ranking's.
      for match in try ReadmeText(guide).prose.matches(of: #/([0-9][0-9,]*) evaluations ×/#) {
        #expect(String(match.output.1) == "\(evaluations)", "\(guide) quotes \(match.output.0)")
      }
    }
    let seconds = try #require(runInfo["wallSeconds"] as? Double)
    let timing = try #require(
      readme.prose.firstMatch(of: #/[0-9]+ evaluations × [0-9]+ [a-z ]*replications, ([0-9]+) s/#))
    #expect(String(timing.output.1) == "\(Int(seconds.rounded()))", "the shipped run took \(seconds) s")
    let manifest = try Self.json(Self.shippedSensitivity + "/manifest.json")
    let above = try #require(manifest["aboveNoise"] as? Int)
    let floor = try #require(manifest["noiseFloor"] as? Double)
    let floorText = "\(above) of the \(rows.count) lie above the floor (\(String(format: "%.2f", floor * 100)) pp)"
    #expect(readme.prose.contains(floorText), "the shipped ranking has \(floorText)")
    let lead = try readme.passage(from: "hours per week lead", length: 240)
    let quotedEffects = Array(ReadmeText.decimals(lead).prefix(4))
    // From the end: mu_star, mu, sigma, effects, the four bootstrap columns, then above_noise.
    let shippedEffects = rows.prefix(4).map { String(format: "%.1f", Double($0[$0.count - 9])! * 100) }
    #expect(quotedEffects == shippedEffects)
    let first = try #require(rows.first)
    let range = "\(Int(Double(first[first.count - 11])!))–\(Int(Double(first[first.count - 10])!)) hours"
    #expect(lead.contains(range), "the leading parameter's range is \(range)")
  }

  /// `sensitivity --help` quotes the baseline's evaluation count, which the shipped result gives.
  @Test func sensitivityHelpQuotesTheShippedEvaluationCount() async throws {
    let help = await reentry(["sensitivity", "--help"]).out
    let quoted = ReadmeText.collapsed(help).matches(of: #/([0-9]+) × 2/#).map { String($0.output.1) }
    let evaluations = try #require(try Self.json(Self.shippedSensitivity + "/run-info.json")["evaluations"] as? Int)
    #expect(quoted.contains("\(evaluations)"), "the help quotes \(quoted)")
  }

  /// The baseline figures were copied from the model whose digest is pinned.
  @Test func baselineFiguresArePinnedToTheBaselineDigest() throws {
    let pins = try Self.json(PackagePaths.root.appendingPathComponent("Results/digests.json").path)
    let scenarios = try #require(pins["scenarios"] as? [String: String])
    #expect(
      scenarios["Scenarios/baseline.json"] == Self.baselineDigestOfTheFigures,
      "results changed: regenerate the README's baseline table, report sentences and tour, then update the pins")
    let block = try ReadmeText("README.md").block(startingWith: "baseline: 10 replications, seed 20231")
    #expect(block.contains("wrote Results/baseline (digest \(Self.baselineRunDigest)…"))
  }

  /// Every quote of a baseline figure (report sentences in both languages,
  /// the tour, the metrics) is the figure of the baseline table.
  @Test func reportExamplesQuoteTheBaselineTable() throws {
    let readme = try ReadmeText("README.md")
    let block = try readme.block(startingWith: "baseline: 10 replications, seed 20231")
    let table = try HeadlineTableText(block)
    let ready = try table.value("release_ready")
    #expect(block.contains("release_ready (all): \(ready), 95% interval"))
    #expect(readme.prose.contains("\"Release-ready: \(ready) of releases"))
    // Effect, its interval, from and to: the base is the baseline table's figure.
    let dutch = ReadmeText.decimals(try readme.quote(from: "\"Met caseload-20:", upTo: "%\""))
    #expect(dutch.count == 5 && dutch[3] + "%" == ready, "the Dutch example starts from \(dutch), not \(ready)")
    let english = ReadmeText.decimals(try readme.quote(from: "\"With caseload-20:", upTo: "%."))
    #expect(english == dutch, "the Dutch example must give the English example's numbers")
    let tour = try readme.quote(from: "a caseload norm of 20 instead of 30 gives", upTo: "release-ready")
    #expect(ReadmeText.decimals(tour).first == english.first, "the tour's effect is the report's")
    let help = try readme.quote(from: "In the baseline", upTo: "got one")
    #expect(
      ReadmeText.decimals(help)
        == [try table.value("id_ok"), try table.value("id_ok_among_needing")].map {
          String($0.dropLast())
        })
  }

  static func json(_ path: String) throws -> [String: Any] {
    let data = try #require(FileManager.default.contents(atPath: path), "\(path) cannot be read")
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], "\(path) is no object")
  }
}
