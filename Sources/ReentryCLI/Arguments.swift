import ReentryExperiments
import ReentryModel
import ReentryReport
import ScenarioFormat

/// The arguments of one subcommand: positionals, options with values, flags.
///
/// Our own small parser (no argument-parsing package): `--name value` or
/// `--name=value`, repeatable options, and an error naming the nearest known
/// option for a typo.
public struct Arguments: Sendable {
  public private(set) var positionals: [String] = []
  public private(set) var options: [String: [String]] = [:]
  public private(set) var flags: Set<String> = []

  /// Parses `arguments` against the options and flags a command accepts.
  public init(_ arguments: [String], options known: [String], flags knownFlags: [String]) throws(CommandFailure) {
    var i = 0
    while i < arguments.count {
      let argument = arguments[i]
      i += 1
      guard argument.hasPrefix("--"), argument.count > 2 else {
        positionals.append(argument)
        continue
      }
      var name = String(argument.dropFirst(2))
      var inlineValue: String? = nil
      if let eq = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: eq)...])
        name = String(name[..<eq])
      }
      if knownFlags.contains(name) {
        guard inlineValue == nil else {
          throw CommandFailure("option --\(name) takes no value", code: ExitCode.usage)
        }
        flags.insert(name)
      } else if known.contains(name) {
        if let inlineValue {
          options[name, default: []].append(inlineValue)
        } else {
          guard i < arguments.count else {
            throw CommandFailure("option --\(name) needs a value", code: ExitCode.usage)
          }
          options[name, default: []].append(arguments[i])
          i += 1
        }
      } else {
        let all = known + knownFlags
        let hint = NearestMatch.suggestion(for: name, among: all).map { "; did you mean --\($0)?" } ?? ""
        let list = all.map { "--\($0)" }.joined(separator: ", ")
        throw CommandFailure(
          "unknown option --\(name)\(hint) (allowed: \(list.isEmpty ? "none" : list))", code: ExitCode.usage)
      }
    }
  }

  public func value(_ name: String) -> String? { options[name]?.last }
  public func values(_ name: String) -> [String] { options[name] ?? [] }

  /// An integer option within `range`, or a usage error naming what is allowed.
  public func integer(_ name: String, in range: ClosedRange<Int>) throws(CommandFailure) -> Int? {
    guard let text = value(name) else { return nil }
    guard let n = Int(text), range.contains(n) else {
      throw CommandFailure(
        "option --\(name): \"\(text)\" is not allowed; allowed: an integer in \(range.lowerBound)…\(range.upperBound)",
        code: ExitCode.usage)
    }
    return n
  }
}
