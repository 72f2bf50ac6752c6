import Foundation
import ReentryCLI

/// The executable only forwards arguments to the library and exits with its code.
let console = Console(
  out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
  err: { text in FileHandle.standardError.write(Data(text.utf8)) },
  errIsTerminal: isatty(STDERR_FILENO) != 0)
let code = await ReentryCLI.main(Array(CommandLine.arguments.dropFirst()), console: console)
exit(code)
