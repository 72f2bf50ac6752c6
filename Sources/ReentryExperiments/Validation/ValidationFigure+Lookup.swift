extension ValidationFigure {
  /// Where the figure with `id` comes from and what the source says, for a
  /// report that names the figures that rejected a draw; nil for an unknown id.
  package static func source(of id: String) -> (source: String, says: String)? {
    all.first { $0.id == id }.map { ($0.source, $0.sourceValue) }
  }
}
