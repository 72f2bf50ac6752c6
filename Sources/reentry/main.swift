import Foundation
import ReentryCLI

/// The executable only forwards arguments to the library and exits with its code.
///
/// Standard output and error go through `StandardStreams`, so a full disk, a
/// closed descriptor or a reader that went away ends the run with an exit
/// code instead of a crash.
let streams = StandardStreams()
let code = await ReentryCLI.main(Array(CommandLine.arguments.dropFirst()), console: streams.console)
exit(streams.exitCode(after: code))
