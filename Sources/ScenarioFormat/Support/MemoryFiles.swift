/// Scenario files served from memory, so thousands of variants (the fuzz
/// tests) can be loaded without touching the disk.
///
/// Paths are compared normalized; a path that is a prefix of stored files
/// (`/mem` for `/mem/base.json`) exists and reads as a directory, as on disk.
struct MemoryFiles: ScenarioFileSource {
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
