import ScenarioFormat

/// The arguments of one subcommand: positionals, options with values, flags.
///
/// Our own small parser (no argument-parsing package): `--name value` or
/// `--name=value`, and an error naming the nearest known option for a typo.
/// An option or flag given twice is refused unless it is declared repeatable, so a
/// value is never silently dropped; an empty value is refused, so `--out ""`
/// fails here, naming the option, rather than deep inside a file operation.
public struct Arguments: Sendable {
  public private(set) var positionals: [String] = []
  public private(set) var options: [String: [String]] = [:]
  public private(set) var flags: Set<String> = []

  /// Parses `arguments` against the options a command declares.
  init(_ arguments: [String], options known: [OptionSpec]) throws(CommandFailure) {
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
      guard let spec = known.first(where: { $0.name == name }) else {
        let all = known.map(\.name)
        let hint = NearestMatch.suggestion(for: name, among: all).map { "; did you mean --\($0)?" } ?? ""
        let list = all.map { "--\($0)" }.joined(separator: ", ")
        throw CommandFailure(
          "unknown option --\(name)\(hint) (allowed: \(list.isEmpty ? "none" : list))", code: .usage)
      }
      if spec.isFlag {
        guard inlineValue == nil else { throw CommandFailure("option --\(name) takes no value", code: .usage) }
        guard flags.insert(name).inserted else {
          throw CommandFailure("option --\(name) is given twice; give it once", code: .usage)
        }
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard i < arguments.count else { throw CommandFailure("option --\(name) needs a value", code: .usage) }
        value = arguments[i]
        i += 1
      }
      guard !value.isEmpty else {
        throw CommandFailure("option --\(name): the value is empty; allowed: \(spec.value ?? "a value")", code: .usage)
      }
      if let earlier = options[name]?.first, !spec.repeatable {
        throw CommandFailure(
          "option --\(name) is given twice (\"\(earlier)\" and \"\(value)\"); give it once", code: .usage)
      }
      options[name, default: []].append(value)
    }
  }

  public func value(_ name: String) -> String? { options[name]?.last }
  public func values(_ name: String) -> [String] { options[name] ?? [] }

  /// The option's value, else its declared default (so the default is written only in the declaration).
  func value(_ spec: OptionSpec) -> String? { value(spec.name) ?? spec.defaultText }

  /// An integer option within `range`, or a usage error naming what is allowed.
  public func integer(_ name: String, in range: ClosedRange<Int>) throws(CommandFailure) -> Int? {
    guard let text = value(name) else { return nil }
    guard let n = Int(text), range.contains(n) else {
      throw CommandFailure(
        "option --\(name): \"\(text)\" is not allowed; allowed: an integer in \(range.lowerBound)…\(range.upperBound)",
        code: .usage)
    }
    return n
  }
}
