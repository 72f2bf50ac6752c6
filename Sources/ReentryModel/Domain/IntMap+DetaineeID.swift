import SimKernel

/// A map from detainees to what an actor keeps on them, keyed by the detainee's number.
///
/// The kernel's map knows only `Int` keys; these forward a `DetaineeID` as its number, so
/// the model never writes `.raw` to look a person up and the map costs what it did.
extension IntMap {
  public func contains(_ key: DetaineeID) -> Bool { contains(key.raw) }

  /// The value for `key`; assigning `nil` removes it.
  public subscript(key: DetaineeID) -> Value? {
    get { self[key.raw] }
    set { self[key.raw] = newValue }
  }

  /// The value for a key that must be present, accessed in place.
  public subscript(existing key: DetaineeID) -> Value {
    get { self[existing: key.raw] }
    _modify { yield &self[existing: key.raw] }
  }

  /// Runs `body` on the stored value in place; nil when `key` is absent.
  @discardableResult
  public mutating func update<R>(_ key: DetaineeID, _ body: (inout Value) throws -> R) rethrows -> R? {
    try update(key.raw, body)
  }

  /// Stores `value` for `key`, replacing any earlier value.
  public mutating func insert(_ value: Value, for key: DetaineeID) { insert(value, for: key.raw) }

  /// Removes and returns the value for `key`.
  @discardableResult
  public mutating func removeValue(forKey key: DetaineeID) -> Value? { removeValue(forKey: key.raw) }
}
