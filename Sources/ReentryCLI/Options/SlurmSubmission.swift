import Foundation
import ReentryExperiments

/// The end of a `--slurm` command: the script printed, or written executable to `--script FILE`.
enum SlurmSubmission {
  /// Writes the script to `--script FILE` through `policy` (a script of ours is
  /// replaced, anything else only with `--force`), or prints it.
  static func emit(
    _ script: SlurmScript, _ options: SlurmOptions, out: String, policy: OutputPolicy, console: Console
  ) throws -> ExitCode {
    guard let file = options.scriptFile else {
      console.out(script.text)
      return .success
    }
    let claimed = try policy.claimFile(file, signature: SlurmScript.signature)
    defer { claimed.release() }
    try claimed.write(Array(script.text.utf8), permissions: 0o755)
    console.out("wrote \(file): submit with `bash \(file)`; results in \(out)/merged\n")
    return .success
  }
}
