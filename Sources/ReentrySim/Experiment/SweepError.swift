/// A sweep or merge that cannot go on, with the sysexits class the CLI maps it to.
///
/// The experiment layer knows nothing of exit codes; it says what kind of
/// problem it met and in words the user can act on.
struct SweepError: Error, CustomStringConvertible, Sendable {
  /// E.g. invalid data for a different sweep or a missing shard.
  typealias Kind = InputProblem

  let kind: Kind
  let description: String

  init(_ kind: Kind, _ description: String) {
    self.kind = kind
    self.description = description
  }
}
