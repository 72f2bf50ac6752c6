/// A subgroup of releases that every metric is broken down by.
public struct Group: Sendable {
  public let name: String
  package let contains: @Sendable (ReleaseRecord) -> Bool

  /// The groups of the output contract, in output order.
  public static let all: [Group] = [
    Group(name: "all") { _ in true },
    Group(name: "sentence=short") { $0.shortSentence },
    Group(name: "sentence=long") { !$0.shortSentence },
    Group(name: "municipality=small") { $0.sizeClass == .small },
    Group(name: "municipality=medium") { $0.sizeClass == .medium },
    Group(name: "municipality=large") { $0.sizeClass == .large },
    Group(name: "lvb=yes") { $0.lvb },
    Group(name: "lvb=no") { !$0.lvb },
  ]
}
