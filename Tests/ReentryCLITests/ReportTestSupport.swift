import Foundation
import ReentryTestSupport
import Testing

/// A small run, comparison and sweep of the small world, each with its
/// report rendered by `reentry report`, shared by the report tests.
///
/// The run's scenario name holds markup characters, so every test that
/// reads the run's report also checks that file text is escaped.
struct ReportWorld: Sendable {
  static let runName = #"small <b>&"run"</b>"#

  let world: ExperimentWorld
  let run: String
  let compare: String
  let sweep: String

  func html(_ directory: String) -> String { readText(directory + "/report.html") ?? "" }

  static let shared = Task<ReportWorld, any Error> {
    let world = ExperimentWorld()
    world.write("norm20.json", #"{"extends": "small.json", "name": "norm20", "casemanagers": {"caseloadNorm": 20}}"#)
    let sweepFile = world.write(
      "norms.json",
      #"""
      {"name": "norms", "base": "small.json", "replications": 2, "seed": 7,
       "vary": [{"path": "casemanagers.caseloadNorm", "values": [15, 30]}]}
      """#)
    let (run, compare, sweep) = (world.path("run"), world.path("compare"), world.path("sweep"))
    let steps = [
      ["run", world.path("small.json"), "--seed", "7", "--jobs", "2", "--set", "name=\(runName)", "--out", run],
      ["compare", world.path("small.json"), world.path("norm20.json"), "--seed", "7", "--jobs", "2", "--out", compare],
      ["sweep", sweepFile, "--jobs", "2", "--out", sweep],
      ["report", run], ["report", compare, "--scenarios", world.dir.path], ["report", sweep],
    ]
    for step in steps {
      let r = await reentry(step)
      guard r.code == 0 else { throw Failure(message: "reentry \(step.joined(separator: " ")): \(r.err)") }
    }
    return ReportWorld(world: world, run: run, compare: compare, sweep: sweep)
  }

  struct Failure: Error { let message: String }
}

/// Reading pages and tables back in tests, independently of the report code.
enum PageReading {
  /// The rows of a CSV file of ours (no quoted fields in the test worlds) as dictionaries by column.
  static func csv(_ path: String) -> [[String: String]] {
    let lines = (readText(path) ?? "").split(separator: "\n")
      .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    guard let header = lines.first else { return [] }
    return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  /// The opening tag of the first element carrying `marker` (e.g. `data-variant="norm20"`), and its text.
  static func element(_ html: String, containing marker: String) -> (tag: String, text: String)? {
    guard let hit = html.range(of: marker), let open = html[..<hit.lowerBound].range(of: "<", options: .backwards),
      let end = html[hit.lowerBound...].range(of: ">")
    else { return nil }
    let name = html[html.index(after: open.lowerBound)...].prefix { $0.isLetter }
    let rest = html[end.upperBound...]
    let close = rest.range(of: "</\(name)>")?.lowerBound ?? rest.endIndex
    return (String(html[open.lowerBound..<end.upperBound]), plainText(String(rest[..<close])))
  }

  /// The value of an attribute in an opening tag.
  static func attribute(_ tag: String, _ name: String) -> String? {
    guard let start = tag.range(of: " \(name)=\"") else { return nil }
    return String(tag[start.upperBound...].prefix { $0 != "\"" })
  }

  /// Text without tags, entities decoded (those our escaping produces).
  static func plainText(_ html: String) -> String {
    var out = ""
    var inTag = false
    for c in html {
      if c == "<" { inTag = true } else if c == ">" { inTag = false } else if !inTag { out.append(c) }
    }
    return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// "31.0" for 0.310151: a share in percent with one decimal, minus sign as the report writes it;
  /// the file's decimal rounded half away from zero (0.300500 is "30.1"), in decimal arithmetic.
  static func percent(_ text: String?) -> String {
    guard var value = Decimal(string: text ?? "") else { return "NA" }
    value *= 100
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 1, .plain)
    return String(format: "%.1f", NSDecimalNumber(decimal: rounded).doubleValue).replacingOccurrences(
      of: "-", with: "−")
  }

  /// Unclosed or crossed tags, ignoring void elements and self-closed SVG elements; empty when balanced.
  static func tagProblems(_ html: String) -> [String] {
    let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "col", "wbr", "area", "base", "source"]
    var stack: [String] = []
    var problems: [String] = []
    var rest = html[...]
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else {
        problems.append("unterminated tag")
        break
      }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") { continue }
      let closing = tag.hasPrefix("/")
      let name = String(tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
      if name.isEmpty {
        problems.append("stray <")
        continue
      }
      if closing {
        guard stack.last == name else {
          problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
          continue
        }
        stack.removeLast()
      } else if !void.contains(name) && !tag.hasSuffix("/") {
        stack.append(name)
      }
    }
    return problems + stack.map { "<\($0)> is never closed" }
  }
}
