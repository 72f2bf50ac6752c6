import Foundation
import ReentryTestSupport

/// A Markdown guide read as a user reads it: its prose, its fenced blocks and
/// the `reentry` command lines in them.
///
/// Kept apart from the tests so each test states one claim about the guide
/// and this type only finds the text the claim is about.
struct ReadmeText {
  /// The file as written.
  let text: String
  /// The whole file with every run of white space as one space, so a quoted
  /// sentence is found however the guide wraps it.
  let prose: String

  /// Reads `relative` (e.g. "README.md") from the package root.
  init(_ relative: String) throws {
    let path = PackagePaths.root.appendingPathComponent(relative).path
    guard let text = readText(path) else { throw ReadmeProblem("\(relative) cannot be read") }
    self.text = text
    prose = Self.collapsed(text)
  }

  /// `text` with every run of white space as one space.
  static func collapsed(_ text: String) -> String {
    text.replacing(#/\s+/#, with: " ")
  }

  /// The fenced blocks in order: the info string (e.g. "sh", "json", "") and the body.
  var fencedBlocks: [(info: String, body: String)] {
    var blocks: [(info: String, body: String)] = []
    var open: (info: String, lines: [Substring])?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("```") {
        if let current = open {
          blocks.append((current.info, current.lines.joined(separator: "\n")))
          open = nil
        } else {
          open = (String(line.dropFirst(3)), [])
        }
      } else {
        open?.lines.append(line)
      }
    }
    return blocks
  }

  /// The first fenced block whose body starts with `prefix`.
  func block(startingWith prefix: String) throws -> String {
    guard let block = fencedBlocks.first(where: { $0.body.hasPrefix(prefix) }) else {
      throw ReadmeProblem("no fenced block starts with \"\(prefix)\"")
    }
    return block.body
  }

  /// Every `reentry` invocation of the shell blocks, continuation lines
  /// joined and comments dropped, as the words after `reentry`.
  var commandLines: [[String]] {
    var lines: [[String]] = []
    for block in fencedBlocks where block.info == "sh" {
      let joined = block.body.replacingOccurrences(of: "\\\n", with: " ")
      for line in joined.split(separator: "\n") {
        let command = line.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        // `&&` and `;` start another command on the same line.
        for part in command.components(separatedBy: "&&").flatMap({ $0.components(separatedBy: ";") }) {
          let words = part.split(separator: " ").map(String.init)
          guard let index = words.firstIndex(where: { $0 == "reentry" || $0.hasSuffix("/reentry") }) else {
            continue
          }
          lines.append(Array(words[(index + 1)...]))
        }
      }
    }
    return lines
  }

  /// The text between `start` (included) and the next `end` (excluded) in
  /// the collapsed prose.
  func quote(from start: String, upTo end: String) throws -> String {
    guard let lower = prose.range(of: start),
      let upper = prose.range(of: end, range: lower.upperBound..<prose.endIndex)
    else { throw ReadmeProblem("no text from \"\(start)\" to \"\(end)\"") }
    return String(prose[lower.lowerBound..<upper.lowerBound])
  }

  /// `length` characters of the collapsed prose from `start` on.
  func passage(from start: String, length: Int) throws -> String {
    guard let lower = prose.range(of: start) else { throw ReadmeProblem("no text \"\(start)\"") }
    return String(prose[lower.lowerBound...].prefix(length))
  }

  /// The decimal numbers of `text` in order, with a decimal comma read as a point.
  static func decimals(_ text: String) -> [String] {
    text.matches(of: #/[0-9]+[.,][0-9]+/#).map { String($0.output).replacingOccurrences(of: ",", with: ".") }
  }
}

/// The guide lacks the text a test looks for.
struct ReadmeProblem: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The headline table `reentry run` prints: metric rows by group columns.
struct HeadlineTableText {
  /// Column headers after "metric" ("all", "sentence=short", …).
  let groups: [String]
  /// Values as printed (e.g. "21.8%") by metric, then group.
  let values: [String: [String: String]]

  /// Parses the table of a `run` block: the header line starting with
  /// "metric", then one line per metric.
  init(_ block: String) throws {
    let lines = block.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    guard let header = lines.firstIndex(where: { $0.first == "metric" }) else {
      throw ReadmeProblem("the run block has no header line starting with \"metric\"")
    }
    groups = Array(lines[header].dropFirst())
    var values: [String: [String: String]] = [:]
    for words in lines[(header + 1)...] where words.count == groups.count + 1 {
      values[words[0]] = Dictionary(uniqueKeysWithValues: zip(groups, words.dropFirst()))
    }
    self.values = values
  }

  /// The value of `metric` for `group` as printed.
  func value(_ metric: String, _ group: String = "all") throws -> String {
    guard let value = values[metric]?[group] else { throw ReadmeProblem("the table has no \(metric) for \(group)") }
    return value
  }
}
