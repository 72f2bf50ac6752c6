import Foundation

/// A new, empty, uniquely named directory under the system temporary directory.
package func makeTempDirectory() -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("reentry-tests-\(UUID().uuidString)", isDirectory: true)
  try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url.standardizedFileURL
}

/// Removes a directory made by `makeTempDirectory`; errors are ignored.
package func removeTempDirectory(_ url: URL) {
  try? FileManager.default.removeItem(at: url)
}

/// Writes `text` as `name` (which may contain subdirectories) inside `dir`
/// and returns the file's absolute path.
@discardableResult
package func writeFile(_ dir: URL, _ name: String, _ text: String) -> String {
  let url = dir.appendingPathComponent(name)
  try! FileManager.default.createDirectory(
    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
  try! Data(text.utf8).write(to: url)
  return url.path
}

/// The contents of a file as text, or nil if it cannot be read.
package func readText(_ path: String) -> String? {
  FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
}

/// Paths inside the package, independent of the current directory.
package enum PackagePaths {
  /// The package root (the directory holding Package.swift).
  package static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // ReentryTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Scenarios/baseline.json` as an absolute path.
  package static let baseline: String = root.appendingPathComponent("Scenarios/baseline.json").path
}

/// Scenario texts shared by the CLI tests.
package enum ScenarioText {
  /// A scenario extending the baseline that runs in well under a second in a
  /// debug build: 2 replications, short horizon, few releases.
  package static func small(extends parent: String = PackagePaths.baseline, name: String = "small") -> String {
    """
    {
      "extends": "\(parent)",
      "name": "\(name)",
      "run": {"replications": 2, "warmupDays": 60, "measuredDays": 60, "followUpDays": 30},
      "population": {"releasesPerYear": 2000}
    }

    """
  }
}

/// The built `reentry` executable, for tests that run or kill a real process.
package enum ReentryExecutable {
  /// Where `swift build` puts the debug build, whether it is there or not.
  package static let built = PackagePaths.root.appendingPathComponent(".build/debug/reentry").path

  /// The debug build when it exists, else nil.
  package static var path: String? { FileManager.default.isExecutableFile(atPath: built) ? built : nil }
}
