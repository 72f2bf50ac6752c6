import Foundation
import ReentryTestSupport
import Testing

/// `reentry report --figures DIR`: every chart of the page as a standalone
/// SVG and a CSV of exactly the numbers in its table, numbered in page order
/// and named after its title, so a memo can quote a chart without a screenshot.
@Suite("Report figures")
struct ReportFiguresTests {
  @Test(arguments: ["run", "compare", "sweep"])
  func everyChartIsWrittenAsSVGAndCSV(_ kind: String) async throws {
    let w = try await ReportWorld.shared.value
    let (_, directory, arguments) = try #require(ReportLanguageTests.kinds(w).first { $0.name == kind })
    let figures = w.world.path("figures/\(kind)")
    let out = w.world.path("figures/\(kind).html")
    let r = await reentry(["report", directory, "--figures", figures, "--out", out] + arguments)
    #expect(r.code == 0, "\(r.err)")
    let html = readText(out) ?? ""
    let names = try FileManager.default.contentsOfDirectory(atPath: figures).filter { $0 != "manifest.json" }.sorted()
    let charts = Self.charts(html)
    #expect(!charts.isEmpty)
    #expect(names.count == 2 * charts.count, "\(names)")
    for (i, chart) in charts.enumerated() {
      let stems = Set(names.map { ($0 as NSString).deletingPathExtension }).sorted()
      let stem = try #require(i < stems.count ? stems[i] : nil)
      #expect(stem.hasPrefix(String(format: "%02d-", i + 1)), "\(stem)")
      #expect(stem.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }, "\(stem)")
      let svg = readText(figures + "/" + stem + ".svg") ?? ""
      #expect(svg.contains(#"<svg xmlns="http://www.w3.org/2000/svg""#))
      #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
      let problems = PageReading.tagProblems(String(svg.drop { $0 != "\n" }))
      #expect(problems.isEmpty, "\(stem): \(problems)")
      let title = PageReading.element(svg, containing: "-title\"")?.text
      #expect(title == chart.title, "\(stem)")
      #expect(svg.contains("<desc "))
      let csv = Self.csvRows(readText(figures + "/" + stem + ".csv") ?? "")
      #expect(csv == chart.rows, "\(stem)")
    }
  }

  @Test func theNamesAreSlugsOfTheTitleInTheChosenLanguage() async throws {
    let w = try await ReportWorld.shared.value
    for (lang, expected) in [("en", "01-basic-conditions-in-order-at-release"), ("nl", "01-basisvoorwaarden")] {
      let figures = w.world.path("figures/run-\(lang)")
      let r = await reentry(
        ["report", w.run, "--lang", lang, "--figures", figures, "--out", w.world.path("figures/run-\(lang).html")])
      #expect(r.code == 0, "\(r.err)")
      let names = (try? FileManager.default.contentsOfDirectory(atPath: figures)) ?? []
      #expect(names.contains { $0.hasPrefix(expected) && $0.hasSuffix(".svg") }, "\(names)")
      #expect(names.allSatisfy { $0.allSatisfy(\.isASCII) }, "\(names)")
    }
  }

  @Test func anUnwritableFigureDirectoryExits73AndLeavesNoFiles() async throws {
    let w = try await ReportWorld.shared.value
    let blocker = w.world.path("figures-blocker")
    #expect(FileManager.default.createFile(atPath: blocker, contents: Data("x".utf8)))
    let r = await reentry(["report", w.run, "--figures", blocker + "/figs", "--out", w.world.path("blocked.html")])
    #expect(r.code == 73, "\(r.err)")
    let r2 = await reentry(["report", w.run, "--figures", blocker, "--out", w.world.path("blocked.html")])
    #expect(r2.code == 73, "\(r2.err)")
    #expect(readText(blocker) == "x")
    let left = try FileManager.default.contentsOfDirectory(atPath: w.world.dir.path).filter { $0.contains(".tmp-") }
    #expect(left.isEmpty, "\(left)")
  }

  /// `--figures DIR` follows the rules of `--out`: no merging into a folder
  /// of other files, no figures written into a result, and figures of ours
  /// are replaced whole, never mixed with another report's.
  @Test func theFigureFolderIsReplacedWholeAndNeverMergedOrPoisoned() async throws {
    let w = try await ReportWorld.shared.value
    let base = w.world.dir.appendingPathComponent("figure-rules-\(UUID().uuidString)")
    let html = base.appendingPathComponent("page.html").path
    let user = writeFile(base.appendingPathComponent("mine"), "notes.txt", "mine\n")
    let busy = await reentry(["report", w.run, "--figures", base.appendingPathComponent("mine").path, "--out", html])
    #expect(busy.code == 73, "\(busy.err)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: (user as NSString).deletingLastPathComponent) == [
        "notes.txt"
      ])
    let intoResult = await reentry(["report", w.run, "--figures", w.sweep, "--out", html])
    #expect(intoResult.code == 73, "\(intoResult.err)")
    #expect(!(try FileManager.default.contentsOfDirectory(atPath: w.sweep)).contains { $0.hasSuffix(".svg") })
    let figures = base.appendingPathComponent("figs").path
    #expect(await reentry(["report", w.run, "--figures", figures, "--out", html]).code == 0)
    let again = await reentry(["report", w.sweep, "--figures", figures, "--out", html])
    #expect(again.code == 0, "\(again.err)")
    let names = try FileManager.default.contentsOfDirectory(atPath: figures).filter { $0.hasSuffix(".svg") }
    #expect(names.filter { $0.hasPrefix("01-") }.count == 1, "two reports' charts mixed: \(names)")
  }

  /// Each chart of the page, in order: its title and its table's rows (header first) as plain text.
  static func charts(_ html: String) -> [(title: String, rows: [[String]])] {
    html.components(separatedBy: "<figure class=\"chart\"").dropFirst().map { figure in
      let title = PageReading.element(figure, containing: "class=\"chart-title\"")?.text ?? ""
      let table = figure.components(separatedBy: "</table>").first ?? ""
      let rows = table.components(separatedBy: "<tr>").dropFirst().map { row in
        row.matches(of: /<t[hd][^>]*>(.*?)<\/t[hd]>/).map { PageReading.plainText(String($0.output.1)) }
      }
      return (title, rows)
    }
  }

  /// CSV rows, with quoted fields as RFC 4180 writes them.
  static func csvRows(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var chars = text.makeIterator()
    while let c = chars.next() {
      if quoted {
        if c == "\"" {
          if let next = chars.next() {
            if next == "\"" {
              field.append("\"")
            } else {
              quoted = false
              if next == "," {
                row.append(field)
                field = ""
              } else if next == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
              }
            }
          } else {
            quoted = false
          }
        } else {
          field.append(c)
        }
      } else if c == "\"" {
        quoted = true
      } else if c == "," {
        row.append(field)
        field = ""
      } else if c == "\n" {
        row.append(field)
        rows.append(row)
        (row, field) = ([], "")
      } else {
        field.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }
}
