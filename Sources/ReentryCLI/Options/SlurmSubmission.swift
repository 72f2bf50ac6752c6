import Foundation
import ReentryExperiments

/// The end of a `--slurm` command: the script printed, or written executable to `--script FILE`.
enum SlurmSubmission {
  static func emit(_ script: SlurmScript, _ options: SlurmOptions, out: String, console: Console) throws(CommandFailure)
    -> ExitCode
  {
    guard let file = options.scriptFile else {
      console.out(script.text)
      return .success
    }
    do {
      try AtomicFile.write(Array(script.text.utf8), to: file)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
    } catch {
      throw CommandFailure("\(file): cannot write the script: \(error)", code: .cannotCreate)
    }
    console.out("wrote \(file): submit with `bash \(file)`; results in \(out)/merged\n")
    return .success
  }
}
