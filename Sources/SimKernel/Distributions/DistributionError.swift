/// Why a distribution could not be built, in words a scenario author can
/// act on (the caller adds the file and field path).
public struct DistributionError: Error, CustomStringConvertible, Sendable, Equatable {
  /// A readable explanation naming the offending value and what is allowed.
  public let message: String

  /// Wraps a readable explanation.
  public init(_ message: String) {
    self.message = message
  }

  /// The explanation, as printed in error output.
  public var description: String { message }
}
