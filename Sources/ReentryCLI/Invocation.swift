/// The command being run, visible to the checks `ResultFlow` makes on its behalf.
///
/// The output checks need to know which kind of result is about to be
/// written (a run must not replace a sweep), whether `--force` was given and
/// where to say what they cleaned up. Every command calls the same static
/// `ResultFlow.checkedDirectory(path)`, so the dispatcher sets this for the
/// duration of the command instead of each command passing three more
/// arguments through its own code.
struct Invocation: Sendable {
  @TaskLocal static var current: Invocation?

  /// The subcommand's name (`run`, `compare`, …).
  let command: String
  /// Whether the command line had `--force`.
  let force: Bool
  let console: Console

  /// The kind of result the command writes into an output directory, as its manifest names it.
  var resultKind: String? {
    switch command {
    case "run", "compare", "sensitivity": command
    case "sweep", "merge": "sweep"
    default: nil
    }
  }

  /// Where a command's output checks report clean-ups and removals: standard error.
  var note: @Sendable (String) -> Void { console.err }
}
