import Foundation
import ScenarioFormat
import SimKernel

@testable import ReentryExperiments

/// What a result directory holds after a process writing it was killed.
enum ResultDirectoryState: Equatable {
  /// The directory does not exist or is empty.
  case nothing
  /// A manifest whose listed files all exist with the listed SHA-256, and nothing else; its digest.
  case complete(String)
  /// Anything else: the reason.
  case partial(String)

  /// Inspects a run's output directory.
  static func ofRun(_ path: String) -> ResultDirectoryState {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: path), !names.isEmpty else { return .nothing }
    guard let data = fm.contents(atPath: path + "/manifest.json"), let manifest = try? JSONParser.parse(Array(data)),
      case .object(let files)? = manifest.value(forKey: "files"),
      case .string(let digest)? = manifest.value(forKey: "digest")
    else { return .partial("no readable manifest.json among \(names.sorted())") }
    for (name, value) in files {
      guard case .string(let expected) = value, let bytes = fm.contents(atPath: path + "/" + name) else {
        return .partial("\(name) is listed but missing")
      }
      if SHA256.hex(Array(bytes)) != expected { return .partial("\(name) does not match its digest") }
    }
    let allowed = Set(files.map(\.0) + ["manifest.json", "run-info.json"])
    if let stray = names.first(where: { !allowed.contains($0) }) { return .partial("unexpected file \(stray)") }
    if let info = fm.contents(atPath: path + "/run-info.json"), (try? JSONParser.parse(Array(info))) == nil {
      return .partial("run-info.json is not whole")
    }
    return .complete(digest)
  }

  /// Problems in a sweep directory: every point file whole, every JSON file parseable.
  /// Temporary files (`.tmp-…`) are allowed: a resumed sweep removes them.
  static func sweepProblems(_ path: String, plan: SweepPlan) -> [String] {
    let fm = FileManager.default
    var problems: [String] = []
    let points = (try? fm.contentsOfDirectory(atPath: path + "/points")) ?? []
    for name in points where !name.hasPrefix(AtomicFile.temporaryPrefix) {
      let bytes = fm.contents(atPath: path + "/points/" + name).map(Array.init) ?? []
      let index = Int(name.dropLast(4)) ?? -1
      if !name.hasSuffix(".csv") || !SweepPointFile.isComplete(bytes, plan: plan, point: index) {
        problems.append("points/\(name) is not a whole point file")
      }
    }
    for name in (try? fm.contentsOfDirectory(atPath: path)) ?? []
    where name.hasSuffix(".json") && !name.hasPrefix(AtomicFile.temporaryPrefix) {
      if (fm.contents(atPath: path + "/" + name).flatMap { try? JSONParser.parse(Array($0)) }) == nil {
        problems.append("\(name) is not whole JSON")
      }
    }
    return problems
  }

  /// Temporary files left anywhere in a sweep directory.
  static func temporaries(_ path: String) -> [String] {
    let fm = FileManager.default
    let top = (try? fm.contentsOfDirectory(atPath: path)) ?? []
    let points = (try? fm.contentsOfDirectory(atPath: path + "/points")) ?? []
    return (top + points).filter { $0.hasPrefix(AtomicFile.temporaryPrefix) }
  }
}
