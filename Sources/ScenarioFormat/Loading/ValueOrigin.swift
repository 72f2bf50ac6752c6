/// Where an effective parameter value came from, so that `describe` can show
/// users which layer to edit.
public enum ValueOrigin: Sendable, Equatable, CustomStringConvertible {
  /// The schema's built-in default.
  case defaultValue
  /// The scenario file that set it, as displayed in messages.
  case file(String)
  /// A `path=value` override.
  case commandLine

  /// "default", the file path, or "command line".
  public var description: String {
    switch self {
    case .defaultValue: return "default"
    case .file(let path): return path
    case .commandLine: return "command line"
    }
  }
}
