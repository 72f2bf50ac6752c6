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

    public var isCollaboration: Bool { rawValue >= Kind.contactMunicipality.rawValue }
  }

  public let kind: Kind
  public let detainee: Int
  /// The first day the task can be worked on.
  public let availableDay: Int
  public let dueDay: Int
  public var remainingHours: Double
  /// Creation order; the final tie-breaker of the work order.
  public let sequence: Int

  /// Work order: core before collaboration, then earliest due, then oldest.
  func comesBefore(_ other: CaseTask) -> Bool {
    let a = kind.isCollaboration, b = other.kind.isCollaboration
    if a != b { return !a }
    if dueDay != other.dueDay { return dueDay < other.dueDay }
    return sequence < other.sequence
  }
}
