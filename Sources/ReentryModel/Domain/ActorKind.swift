/// The kinds of actor in a world, in the order the scheduler steps them.
///
/// This order is the only place it is written: `WorldLayout` numbers the
/// actors by walking it and `World` builds them by the same walk. Changing it
/// changes the order of same-key messages and so every pinned digest.
public enum ActorKind: Int, CaseIterable, Sendable {
  case admissionsOffice
  case institution
  case municipality
  case probation
  case care
  case casemanager
}
