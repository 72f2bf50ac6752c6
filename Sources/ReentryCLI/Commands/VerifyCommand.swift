import Foundation
import ReentryExperiments
import ReentryModel
import ScenarioFormat

/// `reentry verify`: re-runs pinned scenarios and compares their manifest digests.
///
/// CI runs it, so a change that alters results fails until the pin is
/// updated deliberately (`--update`) in the same commit, with a reason.
enum VerifyCommand: Command {
  static let name = "verify"
  static let options: [OptionSpec] = [
    OutputOptions.jobs.spec,
    .flag("update", "rewrite the digests with the current results (for deliberate changes)"),
  ]
  static let synopsis = OptionSpec.synopsis("verify [DIGESTS.json]", options)
  static let summary = "Re-run the pinned scenarios and check their digests (default Results/digests.json)."
  static let help = """
    Usage: reentry \(synopsis)

    DIGESTS.json holds a seed, a replication count and, per scenario file
    (relative to the current directory), the manifest digest of that run.
    Every scenario is run in memory and its digest compared. Exit code 0 when
    all match, 1 naming each scenario that differs. Ends with a summary line,
    e.g. "16 of 16 pinned digests ok".

    Options:
    \(OptionSpec.helpText(options))
    """

  static func run(_ arguments: [String], console: Console) async throws -> ExitCode {
    let args = try Arguments(arguments, options: options)
    guard args.positionals.count <= 1 else {
      throw CommandFailure("verify takes at most one digests file", code: .usage)
    }
    let file = args.positionals.first ?? "Results/digests.json"
    let jobs = try OutputOptions.jobs.value(args) ?? 1
    let pins = try PinnedDigests.read(file)
    var updated = pins
    var differing: [String] = []
    for (index, pin) in pins.scenarios.enumerated() {
      let overrides = ["run.seed=\(pins.seed)", "run.replications=\(pins.replications)"]
      let scenario = try ScenarioInput.load(pin.file, overrides: overrides)
      let parameters = ModelParameters(scenario)
      let results = try await Experiment.run(parameters, jobs: jobs)
      let digest = RunFiles(scenario: scenario, parameters: parameters, results: results).render().digest
      updated.scenarios[index].digest = digest
      if digest == pin.digest {
        console.out("ok       \(pin.file)\n")
      } else {
        differing.append(pin.file)
        console.out("DIFFERS  \(pin.file)\n         pinned  \(pin.digest)\n         now     \(digest)\n")
      }
    }
    let matching = pins.scenarios.count - differing.count
    console.out("\(matching) of \(pins.scenarios.count) pinned digests ok\n")
    if args.flags.contains("update") {
      do { try updated.write(file) } catch {
        throw CommandFailure("\(file): cannot write: \(error.localizedDescription)", code: .cannotCreate)
      }
      console.out("updated \(file)\n")
      return .success
    }
    if differing.isEmpty { return .success }
    console.err("reentry verify: digest differs for \(differing.joined(separator: ", "))\n")
    return .failure
  }
}

/// `Results/digests.json`: the pinned manifest digests.
struct PinnedDigests {
  struct Pin {
    let file: String
    var digest: String
  }
  var seed: Int
  var replications: Int
  var scenarios: [Pin]

  static func read(_ file: String) throws(CommandFailure) -> PinnedDigests {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CommandFailure("\(file): cannot read the digests file", code: .noInput)
    }
    func bad(_ what: String) -> CommandFailure {
      CommandFailure("\(file): \(what)", code: .dataError)
    }
    let json: JSONValue
    do { json = try JSONParser.parse(Array(data)) } catch { throw bad("malformed JSON: \(error)") }
    let seeds = ScenarioOptions.seed.range
    guard case .number(let seed)? = json.value(forKey: "seed"), seed >= Double(seeds.lowerBound),
      seed <= Double(seeds.upperBound), seed == seed.rounded()
    else {
      throw bad(
        "seed: \(json.value(forKey: "seed")?.compactText ?? "missing"); "
          + "allowed: an integer in \(seeds.lowerBound)…\(seeds.upperBound)")
    }
    guard case .number(let reps)? = json.value(forKey: "replications"), reps >= 1, reps <= 100_000,
      reps == reps.rounded()
    else {
      throw bad(
        "replications: \(json.value(forKey: "replications")?.compactText ?? "missing"); allowed: an integer in 1…100000"
      )
    }
    guard case .object(let entries)? = json.value(forKey: "scenarios") else {
      throw bad("scenarios: expected an object of scenario file → digest")
    }
    var pins: [Pin] = []
    for (path, value) in entries {
      guard case .string(let digest) = value else { throw bad("scenarios.\(path): expected a digest string") }
      pins.append(Pin(file: path, digest: digest))
    }
    return PinnedDigests(seed: Int(seed), replications: Int(reps), scenarios: pins)
  }

  func write(_ file: String) throws {
    let json = JSONValue.object([
      ("seed", .number(Double(seed))),
      ("replications", .number(Double(replications))),
      ("scenarios", .object(scenarios.map { ($0.file, .string($0.digest)) })),
    ])
    try Data(JSONWriter.write(json, pretty: true).utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
  }
}
