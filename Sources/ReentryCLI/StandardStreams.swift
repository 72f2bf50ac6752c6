import Foundation

/// The process's standard output and error as a `Console` that never crashes.
///
/// `FileHandle.write(_:)` traps on a failed write (a full disk, a closed
/// descriptor), and a reader that goes away (`reentry … | head -1`) sends
/// SIGPIPE, which kills the process mid-run. Here writes go through
/// `write(2)`: SIGPIPE is ignored and EPIPE means the reader has left, so
/// further output is dropped quietly; any other failure of standard output
/// is remembered and turns a successful exit into 74 (EX_IOERR). Results
/// already written stay either way. A failing standard error has nowhere to
/// be reported and is ignored.
public final class StandardStreams: @unchecked Sendable {
  /// What happened to one stream so far.
  enum State {
    case open
    /// The reader closed the pipe: output is dropped, the exit code unchanged.
    case readerGone
    /// A write failed for another reason: output is dropped, the run ends with 74.
    case failed(String)
  }

  private let lock = NSLock()
  private var outState = State.open
  private var errState = State.open

  /// Ignores SIGPIPE and gives a closed descriptor 0, 1 or 2 a placeholder, for the lifetime of the process.
  ///
  /// A closed standard descriptor (`>&-`) must not stay free: the next file
  /// opened (a result file) would get its number and receive the output.
  /// It is pointed at /dev/null and its stream marked as failed.
  public init() {
    signal(SIGPIPE, SIG_IGN)
    for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) == -1 && errno == EBADF {
      let placeholder = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY)
      if placeholder >= 0, placeholder != fd {
        dup2(placeholder, fd)
        close(placeholder)
      }
      if fd == STDOUT_FILENO { outState = .failed("standard output is closed") }
      if fd == STDERR_FILENO { errState = .failed("standard error is closed") }
    }
  }

  /// The console the commands write to.
  public var console: Console {
    Console(
      out: { [self] text in emit(text, to: STDOUT_FILENO) },
      err: { [self] text in emit(text, to: STDERR_FILENO) },
      errIsTerminal: isatty(STDERR_FILENO) != 0)
  }

  /// The exit code for the process: the command's, or 74 when it succeeded
  /// but its standard output could not be written (said on standard error).
  public func exitCode(after code: Int32) -> Int32 {
    let state = lock.withLock { outState }
    guard case .failed(let reason) = state, code == ExitCode.success.rawValue else { return code }
    emit("reentry: cannot write to standard output: \(reason)\n", to: STDERR_FILENO)
    return ExitCode.ioError.rawValue
  }

  private func emit(_ text: String, to fd: Int32) {
    lock.withLock {
      guard case .open = fd == STDOUT_FILENO ? outState : errState else { return }
      let failure = Self.writeAll(Array(text.utf8), to: fd)
      guard let failure else { return }
      let state: State = failure == EPIPE ? .readerGone : .failed(String(cString: strerror(failure)))
      if fd == STDOUT_FILENO { outState = state } else { errState = state }
    }
  }

  /// Writes every byte, retrying short writes and interruptions; the errno of a failure, else nil.
  private static func writeAll(_ bytes: [UInt8], to fd: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }
}
