import Foundation
import ReentryTestSupport
import Testing

/// `reentry report --lang nl`: the same result in Dutch says the same numbers
/// in the same order as in English, in the sources' words and with Dutch
/// decimal commas, so a translation can never change or drop a number.
@Suite("Report language")
struct ReportLanguageTests {
  /// The result directories of the shared world, with the extra arguments their report needs.
  static func kinds(_ w: ReportWorld) -> [(name: String, directory: String, arguments: [String])] {
    [
      ("run", w.run, []), ("compare", w.compare, ["--scenarios", w.world.dir.path]), ("sweep", w.sweep, []),
    ]
  }

  @Test(arguments: ["run", "compare", "sweep"])
  func theDutchAnswerHasTheEnglishNumbersInOrder(_ kind: String) async throws {
    let w = try await ReportWorld.shared.value
    let (_, directory, arguments) = try #require(Self.kinds(w).first { $0.name == kind })
    var pages: [String: String] = [:]
    for lang in ["en", "nl"] {
      let out = w.world.path("lang/\(kind)-\(lang).html")
      let r = await reentry(["report", directory, "--lang", lang, "--out", out] + arguments)
      #expect(r.code == 0, "\(r.err)")
      pages[lang] = readText(out) ?? ""
    }
    let (en, nl) = (try #require(pages["en"]), try #require(pages["nl"]))
    #expect(en.contains(#"<html lang="en">"#))
    #expect(nl.contains(#"<html lang="nl">"#))
    let english = Self.numbers(Self.answer(en), decimal: ".", thousands: ",")
    let dutch = Self.numbers(Self.answer(nl), decimal: ",", thousands: ".")
    #expect(!english.isEmpty)
    #expect(dutch == english)
    let answer = Self.answer(nl)
    #expect(answer.contains("Basisvoorwaarden op orde") || answer.contains("basisvoorwaarden op orde"), "\(answer)")
    #expect(answer.contains("95%-interval"), "\(answer)")
    #expect(answer.contains(try Regex(#"[0-9],[0-9]%"#)), "\(answer)")
    #expect(!answer.contains(try Regex(#"[0-9]\.[0-9]%"#)), "\(answer)")
    for english in ["Release-ready", "release-ready", "replications", "percentage points", "interval includes"] {
      #expect(!answer.contains(english), "\(english) in \(answer)")
    }
  }

  @Test func anUnknownLanguageIsAUsageError() async throws {
    let w = try await ReportWorld.shared.value
    let r = await reentry(["report", w.run, "--lang", "fr", "--out", w.world.path("lang/fr.html")])
    #expect(r.code == 64)
    #expect(r.err.contains("--lang"))
  }

  /// The answer box as plain text: tags and character references removed.
  static func answer(_ html: String) -> String {
    guard let start = html.range(of: #"<section class="answer""#),
      let end = html[start.upperBound...].range(of: "</section>")
    else { return "" }
    return String(html[start.lowerBound..<end.lowerBound])
      .replacing(#/<[^>]*>/#, with: " ").replacing(#/&[#a-z0-9]+;/#, with: " ")
  }

  /// Every number of a text in order, written with a decimal point and no thousands separator.
  static func numbers(_ text: String, decimal: Character, thousands: Character) -> [String] {
    text.matches(of: #/[0-9][0-9.,]*[0-9]|[0-9]/#).map { match in
      String(match.output.compactMap { $0 == thousands ? nil : $0 == decimal ? "." : $0 })
    }
  }
}
