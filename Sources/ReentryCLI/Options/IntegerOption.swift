import Foundation
import ReentryModel
import ScenarioFormat

/// An option whose value is a whole number in a range, declared with its default.
///
/// The range and the default are written here once: the parser checks the
/// range, the command reads the default, and the help line shows it, so the
/// help cannot promise a default the code does not use.
struct IntegerOption: Sendable {
  /// What the command uses when the option is absent.
  enum Default: Sendable {
    /// Nothing: the command decides (e.g. the scenario's own value).
    case none
    case value(Int)
    /// The number of cores of this machine.
    case processorCount
    /// The option must be given.
    case required

    /// The default as the help shows it; nil when there is none to show.
    var text: String? {
      switch self {
      case .none, .required: nil
      case .value(let n): String(n)
      case .processorCount: "number of cores"
      }
    }

    var isRequired: Bool {
      if case .required = self { true } else { false }
    }
  }

  let spec: OptionSpec
  let range: ClosedRange<Int>
  let fallback: Default

  init(
    _ name: String, _ placeholder: String = "N", _ help: String, in range: ClosedRange<Int>, default: Default = .none
  ) {
    self.range = range
    fallback = `default`
    spec = .option(name, placeholder, help, default: `default`.text, required: `default`.isRequired)
  }

  /// An option bounded like the catalog's integer parameter at `path`, so both allow the same values.
  init(_ name: String, _ help: String, like path: String, default: Default = .none) {
    guard case .integer(let min, let max)? = ParameterCatalog.schema.spec(path)?.kind else {
      preconditionFailure("\(path) is not an integer parameter of the catalog")
    }
    self.init(name, "N", help, in: min...max, default: `default`)
  }

  var name: String { spec.name }

  /// The value given, else the default; nil only for an absent option without a default.
  func value(_ args: Arguments) throws(CommandFailure) -> Int? {
    if let given = try args.integer(name, in: range) { return given }
    switch fallback {
    case .none: return nil
    case .value(let n): return n
    case .processorCount: return ProcessInfo.processInfo.activeProcessorCount
    case .required: return nil
    }
  }

  /// The value of an option that must be given, or a usage error saying so.
  func required(_ args: Arguments) throws(CommandFailure) -> Int {
    guard let given = try value(args) else {
      throw CommandFailure(
        "option --\(name) is required; allowed: an integer in \(range.lowerBound)…\(range.upperBound)", code: .usage)
    }
    return given
  }
}
