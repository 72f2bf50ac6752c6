/// A hash map from `Int` keys (entity ids) to values.
///
/// Why not `Dictionary`: entity ids are small dense integers, so a
/// multiplicative (Fibonacci) hash spreads them well and SipHash's seeded
/// hashing is wasted work; and `Dictionary` keeps large values inline next to
/// its keys, so a probe drags whole records through the cache. Here the probe
/// table holds only keys and indices (linear probing, backward-shift
/// deletion, no tombstones) into a dense value array, so a lookup touches one
/// small array and then exactly one value. Profiling put
/// `Dictionary` look-ups at 5% of a national run and 13% at ten times the
/// inflow.
///
/// Iteration order (`keys`, `values`) is an implementation detail: code that
/// needs an order must sort, as it must with `Dictionary`.
public struct IntMap<Value> {
  /// A probe position: the key stored there and its index into `dense`
  /// (`empty` when unused). The key sits beside the index so a probe reads one place.
  @usableFromInline struct Entry: Sendable {
    @usableFromInline var key: Int
    @usableFromInline var slot: Int32
    @inlinable init(key: Int, slot: Int32) {
      self.key = key
      self.slot = slot
    }
  }

  @usableFromInline var table: [Entry]
  /// Keys in the same order as `dense`.
  @usableFromInline var denseKeys: [Int] = []
  @usableFromInline var dense: [Value] = []
  @usableFromInline var shift: Int

  @usableFromInline static var empty: Int32 { -1 }
  @usableFromInline static var vacant: Entry { Entry(key: 0, slot: empty) }

  /// An empty map sized for about `capacity` entries before it grows.
  @inlinable
  public init(capacity: Int = 8) {
    var bits = 3
    while (1 << bits) < 2 * max(1, capacity) { bits += 1 }
    table = Array(repeating: Self.vacant, count: 1 << bits)
    shift = 64 - bits
    denseKeys.reserveCapacity(capacity)
    dense.reserveCapacity(capacity)
  }

  @inlinable public var count: Int { dense.count }
  @inlinable public var isEmpty: Bool { dense.isEmpty }
  /// The keys, in no particular order.
  @inlinable public var keys: [Int] { denseKeys }
  /// The values, in no particular order (the same order as `keys`).
  @inlinable public var values: [Value] { dense }

  @inlinable
  func home(_ key: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
  }

  /// The probe position holding `key`, or the empty position where it would go.
  @inlinable
  func position(of key: Int) -> (position: Int, found: Bool) {
    let mask = table.count - 1
    var i = home(key)
    while true {
      let entry = table[i]
      if entry.slot == Self.empty { return (i, false) }
      if entry.key == key { return (i, true) }
      i = (i + 1) & mask
    }
  }

  @inlinable
  public func contains(_ key: Int) -> Bool { position(of: key).found }

  /// The value for `key`; assigning `nil` removes it.
  @inlinable
  public subscript(key: Int) -> Value? {
    get {
      let (i, found) = position(of: key)
      return found ? dense[Int(table[i].slot)] : nil
    }
    set {
      if let newValue { insert(newValue, for: key) } else { removeValue(forKey: key) }
    }
  }

  /// The value for `key`, or `defaultValue` (not stored).
  @inlinable
  public subscript(key: Int, default defaultValue: @autoclosure () -> Value) -> Value {
    get { self[key] ?? defaultValue() }
  }

  /// The value for a key that must be present, accessed in place: an argument
  /// `&map[existing: key]` is mutated where it is stored, without a copy.
  @inlinable
  public subscript(existing key: Int) -> Value {
    get {
      let (i, found) = position(of: key)
      precondition(found, "no value for key \(key)")
      return dense[Int(table[i].slot)]
    }
    _modify {
      let (i, found) = position(of: key)
      precondition(found, "no value for key \(key)")
      yield &dense[Int(table[i].slot)]
    }
  }

  /// Runs `body` on the stored value in place; nil when `key` is absent.
  @inlinable
  @discardableResult
  public mutating func update<R>(_ key: Int, _ body: (inout Value) throws -> R) rethrows -> R? {
    let (i, found) = position(of: key)
    guard found else { return nil }
    return try body(&dense[Int(table[i].slot)])
  }

  /// Stores `value` for `key`, replacing any earlier value.
  @inlinable
  public mutating func insert(_ value: Value, for key: Int) {
    let (i, found) = position(of: key)
    if found {
      dense[Int(table[i].slot)] = value
      return
    }
    precondition(dense.count < Int(Int32.max), "IntMap is full")
    table[i] = Entry(key: key, slot: Int32(dense.count))
    denseKeys.append(key)
    dense.append(value)
    if 2 * dense.count > table.count { grow() }
  }

  /// Removes and returns the value for `key`.
  @inlinable
  @discardableResult
  public mutating func removeValue(forKey key: Int) -> Value? {
    let (i, found) = position(of: key)
    guard found else { return nil }
    let slot = Int(table[i].slot)
    removePosition(i)
    // Keep values dense: the last value moves into the freed slot.
    let last = dense.count - 1
    let removed = dense[slot]
    if slot != last {
      let lastPosition = position(of: denseKeys[last]).position
      table[lastPosition].slot = Int32(slot)
      denseKeys[slot] = denseKeys[last]
      dense[slot] = dense[last]
    }
    denseKeys.removeLast()
    dense.removeLast()
    return removed
  }

  /// Empties probe position `i` and shifts later members of its cluster back
  /// so that every key stays reachable from its home position.
  @inlinable
  mutating func removePosition(_ start: Int) {
    let mask = table.count - 1
    var hole = start
    var i = start
    while true {
      i = (i + 1) & mask
      let entry = table[i]
      if entry.slot == Self.empty { break }
      let h = home(entry.key)
      // Move back unless its home lies cyclically in (hole, i].
      let stays = hole <= i ? (hole < h && h <= i) : (hole < h || h <= i)
      if !stays {
        table[hole] = entry
        hole = i
      }
    }
    table[hole] = Self.vacant
  }

  @inlinable
  mutating func grow() {
    let bits = 64 - shift + 1
    table = Array(repeating: Self.vacant, count: 1 << bits)
    shift = 64 - bits
    let mask = table.count - 1
    for (slot, key) in denseKeys.enumerated() {
      var i = home(key)
      while table[i].slot != Self.empty { i = (i + 1) & mask }
      table[i] = Entry(key: key, slot: Int32(slot))
    }
  }
}

extension IntMap: Sendable where Value: Sendable {}
