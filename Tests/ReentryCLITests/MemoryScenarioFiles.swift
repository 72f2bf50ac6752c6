@testable import ScenarioFormat

/// Scenario files served from memory through the loader's file-source hook,
/// so the fuzz test can feed a hundred thousand files without touching the disk.
struct MemoryScenarioFiles: ScenarioFileSource {
  let files: [String: [UInt8]]

  func exists(_ path: String) -> Bool {
    let p = PathText.normalize(path)
    return files[p] != nil || files.keys.contains { $0.hasPrefix(p + "/") }
  }

  func read(_ path: String) -> Result<[UInt8], ReadFailure> {
    let p = PathText.normalize(path)
    if let bytes = files[p] { return .success(bytes) }
    return .failure(ReadFailure(reason: exists(p) ? "is a directory" : "file not found"))
  }

  func identity(of path: String) -> String { PathText.normalize(path) }
}
