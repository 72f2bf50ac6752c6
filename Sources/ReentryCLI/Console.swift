/// Where a command writes: injectable so tests can run commands in-process.
public struct Console: Sendable {
  public let out: @Sendable (String) -> Void
  public let err: @Sendable (String) -> Void
  /// Progress is shown only on a terminal (or with --progress).
  public let errIsTerminal: Bool

  public init(out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, errIsTerminal: Bool)
  {
    self.out = out
    self.err = err
    self.errIsTerminal = errIsTerminal
  }
}
