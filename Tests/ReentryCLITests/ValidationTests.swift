import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI
@testable import ReentryExperiments
@testable import ReentryModel

/// The validation table: core figures pass on a reduced run, and the shipped CSV is complete.
@Suite struct ValidationTests {
  static let overrides = ModelFixture.small + ["run.replications=3", "run.seed=7"]

  static func report() async throws -> ValidationReport {
    let parameters = ModelParameters(try ModelFixture.scenario("Scenarios/baseline.json", overrides))
    let results = try await Experiment.run(parameters, jobs: 2)
    return ValidationReport(results: results, parameters: parameters)
  }

  /// The figures that follow from the inputs (inflow, stays, needs, caseload norm) must pass,
  /// the yearly releases against the source range scaled to the small world's inflow.
  @Test func coreFiguresPassInTheSmallWorld() async throws {
    let report = try await Self.report()
    let core = report.rows.filter(\.figure.core)
    #expect(core.count >= 9)
    for row in core {
      #expect(row.within == true, "\(row.figure.id): \(row.modelText), tolerance \(row.tolerance)")
    }
    let releases = try #require(report.rows.first { $0.figure.id == "yearly_releases" })
    #expect(releases.range.map { $0.upperBound < 5_000 } == true, "the inflow range must be scaled")
  }

  /// Every figure is measured from the run (a value in every replication), and the verdicts are consistent.
  @Test func everyFigureHasAModelValue() async throws {
    let report = try await Self.report()
    for row in report.rows {
      #expect(row.summary.n == 3, "\(row.figure.id) has \(row.summary.n) values")
      #expect((row.within == nil) == (row.figure.range == nil))
    }
    let decision = try #require(report.rows.first { $0.figure.id == "benefit_decision_max_days" })
    #expect(decision.summary.mean <= 56 && decision.summary.mean > 0)
    #expect(report.rows.contains { $0.verdict == "reference" })
  }

  @Test func shippedTableHasEveryFigure() throws {
    let path = ModelFixture.path("Results/validation.csv")
    let text = try #require(readText(path), "Results/validation.csv is missing; run reentry validate-model")
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.first == ValidationReport.header)
    let table = try CSVTable(text, file: path)
    let figure = try #require(table.header.firstIndex(of: "figure"))
    let within = try #require(table.header.firstIndex(of: "within"))
    let quote = try #require(table.header.firstIndex(of: "source_text"))
    #expect(table.records.map { $0.fields[figure] } == ValidationFigure.all.map(\.id))
    for record in table.records {
      // The shipped national baseline reproduces every figure and pattern together.
      #expect(["yes", "reference"].contains(record.fields[within]), "\(record.fields)")
    }
    let patterns = table.records.filter { $0.fields[figure].hasPrefix("pattern_") }
    #expect(patterns.count >= 10)
    let seedPatterns = ValidationFigure.seedPatterns.map(\.id)
    for record in table.records where seedPatterns.contains(record.fields[figure]) {
      #expect(!record.fields[quote].isEmpty, "\(record.fields[figure]) quotes no source sentence")
    }
  }

  @Test func commandWritesTheTableAndExitsZero() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("nested/validation.csv").path
    let sets = Self.overrides.flatMap { ["--set", $0] }
    let outcome = await reentry(["validate-model", PackagePaths.baseline, "--replications", "2", "--out", out] + sets)
    #expect(outcome.code == 0, "\(outcome.err)")
    #expect(outcome.out.contains("yearly_releases") && outcome.out.contains("within tolerance"))
    let csv = try #require(readText(out))
    #expect(csv.hasPrefix(ValidationReport.header + "\n"))
    #expect(csv.split(separator: "\n").count == ValidationFigure.all.count + 1)
    let refused = await reentry(["validate-model", PackagePaths.baseline, "--out", dir.path])
    #expect(refused.code == ExitCode.cannotCreate.rawValue)
  }
}
