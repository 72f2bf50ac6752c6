import Foundation

/// Reads scenario files from disk and explains failures in plain words, so
/// that a missing file and a directory given by mistake read differently.
///
/// Sweep files are read through it too, so both kinds of input file share
/// one size cap and the same reasons for a file that cannot be read.
package struct DiskFiles: ScenarioFileSource {
  /// Files larger than this are refused rather than read into memory.
  package static let maximumSize = 16 << 20

  package init() {}

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  package func read(_ path: String) -> Result<[UInt8], ReadFailure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(ReadFailure(reason: "file not found"))
    }
    if isDirectory.boolValue { return .failure(ReadFailure(reason: "is a directory")) }
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    let attributes = try? FileManager.default.attributesOfItem(atPath: resolved)
    if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
      return .failure(ReadFailure(reason: "not a regular file"))
    }
    if let size = attributes?[.size] as? NSNumber, size.intValue > Self.maximumSize {
      return .failure(ReadFailure(reason: "larger than 16 MiB"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(ReadFailure(reason: "permission denied or read error"))
    }
    return .success([UInt8](data))
  }

  /// The standardized absolute path with symlinks resolved.
  func identity(of path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : PathText.join(FileManager.default.currentDirectoryPath, path)
    return URL(fileURLWithPath: PathText.normalize(absolute)).resolvingSymlinksInPath().path
  }
}
