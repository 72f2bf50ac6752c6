/// One piece of casemanager work with its hours and deadline.
///
/// Core tasks come before collaboration tasks whatever their deadlines:
/// when there are too many tasks, collaboration is the first thing dropped
/// (seed 003).
public struct CaseTask: Sendable {
  public enum Kind: Int, Sendable, CaseIterable {
    // Core tasks.
    case screening, plan, mdo, releaseCoordination
    // Collaboration tasks.
    case contactMunicipality, jointConversation, caseConference
    // Core: helping to open a bank account from detention (seed 003:1333-1339), added last so
    // the kinds above keep their numbers.
    case bankAccount
    // Core: a casemanager taking over a case reads into it (added last, as above).
    case handover

    public var isCollaboration: Bool {
      switch self {
      case .contactMunicipality, .jointConversation, .caseConference: true
      case .screening, .plan, .mdo, .releaseCoordination, .bankAccount, .handover: false
      }
    }
  }

  public var remainingHours: Double
  // Stored as 32-bit integers: a task takes 32 bytes instead of 56, and work lists
  // are walked every working day (ids, days and sequence numbers stay far below 2^31).
  private let detainee32: Int32
  private let availableDay32: Int32
  private let dueDay32: Int32
  private let sequence32: Int32
  /// A recurring meeting (MDO, agreed conference) plans its next one when it becomes available,
  /// while that is before this day (the release); 0 for a task that does not recur.
  private let recursUntil32: Int32
  public let kind: Kind

  public var detainee: DetaineeID { DetaineeID(Int(detainee32)) }
  /// The first day the task can be worked on.
  public var availableDay: Int { Int(availableDay32) }
  public var dueDay: Int { Int(dueDay32) }
  /// Creation order; the final tie-breaker of the work order.
  public var sequence: Int { Int(sequence32) }
  /// The day before which a recurring meeting has a next one; nil when the task does not recur.
  public var recursUntil: Int? { recursUntil32 == 0 ? nil : Int(recursUntil32) }

  /// Traps, naming the field and its value, if an id, day or sequence number does not fit in
  /// 32 bits.
  public init(
    kind: Kind, detainee: DetaineeID, availableDay: Int, dueDay: Int, remainingHours: Double, sequence: Int,
    recursUntil: Int? = nil
  ) {
    precondition(recursUntil.map { $0 > 0 } ?? true, "a recurring task ends after day 0")
    self.recursUntil32 = Self.packed(recursUntil ?? 0, "recursUntil")
    self.kind = kind
    self.detainee32 = Self.packed(detainee.raw, "detainee")
    self.availableDay32 = Self.packed(availableDay, "availableDay")
    self.dueDay32 = Self.packed(dueDay, "dueDay")
    self.remainingHours = remainingHours
    self.sequence32 = Self.packed(sequence, "sequence")
  }

  /// Packs a value into 32 bits, or stops the run with a message naming the field and value.
  ///
  /// A plain `Int32(x)` traps with "not enough bits" and no hint of which value overflowed (a
  /// `never` day once reached a task this way); `fatalError` keeps its message in release builds,
  /// where a failed `precondition` prints nothing.
  private static func packed(_ value: Int, _ field: StaticString) -> Int32 {
    guard let packed = Int32(exactly: value) else {
      fatalError("CaseTask.\(field) = \(value) does not fit in 32 bits (a day `never` or a sentinel reached a task)")
    }
    return packed
  }

  /// Work order: core before collaboration, then earliest due, then oldest.
  func comesBefore(_ other: CaseTask) -> Bool {
    let a = kind.isCollaboration
    let b = other.kind.isCollaboration
    if a != b { return !a }
    if dueDay32 != other.dueDay32 { return dueDay32 < other.dueDay32 }
    return sequence32 < other.sequence32
  }
}
