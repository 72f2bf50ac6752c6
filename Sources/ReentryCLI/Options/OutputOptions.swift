/// The options of every command that runs work and writes a result directory:
/// `--out`, `--force`, `--jobs`, `--progress`.
struct OutputOptions: Sendable {
  static let jobs = IntegerOption(
    "jobs", "N", "replications (points, draws, evaluations) run at once; never changes results", in: 1...1024,
    default: .processorCount)
  static let out = OptionSpec.option("out", "DIR", "output directory")
  static let force = OptionSpec.flag(
    "force", "replace a result in DIR even if other files are beside it (they are deleted with it)")
  static let progress = OptionSpec.flag("progress", "show progress on stderr even when it is not a terminal")

  /// The group as the commands declare it.
  static let options = [jobs.spec, out, force, progress]

  /// `--out`, if given (each command has its own default directory).
  let out: String?
  let jobs: Int
  /// Whether `--progress` was given.
  let progress: Bool

  init(_ args: Arguments) throws(CommandFailure) {
    out = args.value(Self.out.name)
    jobs = try Self.jobs.value(args) ?? 1
    progress = args.flags.contains(Self.progress.name)
  }
}
