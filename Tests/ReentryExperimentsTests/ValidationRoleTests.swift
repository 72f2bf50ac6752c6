import ReentryTestSupport
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The three uses of the sources' figures kept apart: every figure declares
/// its role, enough patterns are held out, and the table counts and prints
/// the groups apart.
@Suite struct ValidationRoleTests {
  @Test func everyFigureDeclaresARoleAndEnoughPatternsAreHeldOut() {
    let heldOut = ValidationFigure.all.filter { $0.role == .heldOut }
    #expect(heldOut.count >= 8)
    for figure in heldOut {
      // A held-out pattern is judged and cites the seed line it rests on.
      #expect(figure.range != nil, "\(figure.id)")
      #expect(figure.source.hasPrefix("seed 00"), "\(figure.id): \(figure.source)")
    }
    // A figure without a range is a reference, and a reference has none.
    for figure in ValidationFigure.all { #expect((figure.range == nil) == (figure.role == .reference), "\(figure.id)") }
    // The inputs: inflow, stays, needs at entry, the caseload norm, the benefit decision.
    let inputs = ValidationFigure.all.filter { $0.role == .input }.map(\.id)
    #expect(inputs.contains("yearly_releases") && inputs.contains("need_debts_at_entry") && inputs.count >= 9)
    #expect(ValidationFigure.all.contains { $0.role == .calibrationTarget })
  }

  /// Inputs and references are shown but not counted; the CSV names each row's role;
  /// the console prints one block per role, inputs first.
  @Test func theTableCountsAndPrintsTheGroupsApart() throws {
    let parameters = ModelParameters(try ModelFixture.scenario())
    // No replications: every ranged figure is "no", so the counts show which rows are counted.
    let report = ValidationReport(results: [], parameters: parameters)
    let counted = ValidationFigure.all.filter { $0.role == .calibrationTarget || $0.role == .heldOut }
    #expect(report.judged == counted.count && report.passed == 0)
    let lines = report.csv.split(separator: "\n").map(String.init)
    #expect(lines.first == ValidationReport.header && ValidationReport.header.hasSuffix(",role"))
    #expect(ValidationReport.header.hasPrefix(ValidationReport.signature))
    for (line, figure) in zip(lines.dropFirst(), ValidationFigure.all) {
      #expect(line.hasPrefix(figure.id + ",") && line.hasSuffix("," + figure.role.rawValue), "\(line)")
    }
    let text = report.text(title: "t")
    let headings = ValidationRole.allCases.map { try? #require(text.range(of: $0.heading)).lowerBound }
    #expect(headings.allSatisfy { $0 != nil } && headings.compactMap { $0 } == headings.compactMap { $0 }.sorted())
    let held = ValidationFigure.all.filter { $0.role == .heldOut }.count
    #expect(text.contains("0 of \(held) held-out patterns within tolerance"))
  }
}
