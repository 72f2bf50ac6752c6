import ReentryModel
import ScenarioFormat

/// The options of every command that loads scenarios: `--seed`, `--replications`, `--set`.
///
/// Precedence, the same in every command: a scenario file's value, then
/// `--set` in the order given, then `--seed` and `--replications`, which win
/// over `--set run.seed` and `--set run.replications` whatever their order.
struct ScenarioOptions: Sendable {
  static let seed = IntegerOption(
    "seed", "master seed; wins over --set run.seed and the file's run.seed", like: "run.seed")
  static let replications = IntegerOption(
    "replications", "number of replications; wins over --set run.replications and the file's",
    like: "run.replications")
  /// `--replications` of an analysis that runs many evaluations: few replications each, whatever the scenario says.
  static let analysisReplications = IntegerOption(
    "replications", "replications per evaluation, not the scenario's; wins over --set run.replications",
    like: "run.replications", default: .value(2))
  static let set = OptionSpec.option(
    "set", "PATH=VALUE",
    "override a parameter of every scenario given, e.g. --set casemanagers.caseloadNorm=20 (repeatable)",
    repeatable: true)

  /// The group as a run, describe or compare declare it.
  static let options = [seed.spec, replications.spec, set]
  /// The group as robustness and sensitivity declare it (replications default to 2).
  static let analysisOptions = [seed.spec, analysisReplications.spec, set]

  /// `--seed`, if given.
  let seed: Int?
  /// `--replications`, if given (or its default, for `analysisOptions`).
  let replications: Int?
  /// `--set`, in the order given.
  let sets: [String]

  /// Reads the group; `replications` says which of the two `--replications` the command declares.
  init(_ args: Arguments, replications option: IntegerOption = replications) throws(CommandFailure) {
    seed = try Self.seed.value(args)
    replications = try option.value(args)
    sets = try SetOverride.checked(args.values(Self.set.name))
  }

  /// Every override in the order the loader applies them (later wins): `--set`, then the flags.
  var overrides: [String] {
    sets + (seed.map { ["run.seed=\($0)"] } ?? []) + (replications.map { ["run.replications=\($0)"] } ?? [])
  }

  /// Loads `file` with the overrides, `extra` applied before them (e.g. a reduced world).
  func load(_ file: String, before extra: [String] = []) throws(CommandFailure) -> ResolvedScenario {
    try ScenarioInput.load(file, overrides: extra + overrides)
  }

  /// Loads a base and its variants, checking all of them before failing.
  ///
  /// Variants get the base's seed and replication count (after the
  /// overrides), so all scenarios share their random numbers; `--set`
  /// applies to all.
  func loadPaired(_ files: [String]) throws(CommandFailure) -> [ResolvedScenario] {
    var failures: [CommandFailure] = []
    var base: ResolvedScenario?
    do { base = try load(files[0]) } catch { failures.append(error) }
    var variants: [ResolvedScenario] = []
    for file in files.dropFirst() {
      var shared = overrides
      if let base {
        shared += ["run.seed=\(base.int("run.seed"))", "run.replications=\(base.int("run.replications"))"]
      }
      do { variants.append(try ScenarioInput.load(file, overrides: shared)) } catch { failures.append(error) }
    }
    guard failures.isEmpty, let base else {
      throw CommandFailure(
        failures.map(\.message).joined(separator: "\n"), code: failures.map(\.code).max() ?? .dataError)
    }
    return [base] + variants
  }

  /// Refuses two scenarios of one analysis with the same name (their results could not be told apart).
  static func checkDistinctNames(_ names: [String], command: String, what: String) throws(CommandFailure) {
    if let twice = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
      throw CommandFailure(
        "\(command): two \(what)s are named \"\(twice)\"; give each \(what) its own \"name\"", code: .usage)
    }
  }
}
