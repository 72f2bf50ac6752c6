import Foundation
import ReentryExperiments
import ScenarioFormat

/// A results directory as the report reads it: files by name, each error naming the file.
package struct ResultDirectory: Sendable {
  let path: String

  /// Fails with 66 unless `path` is an existing directory.
  package init(_ path: String) throws(InputError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw InputError(
        .noInput,
        "\(path): no such directory; give the output directory of reentry run, compare, sweep, robustness or sensitivity"
      )
    }
    guard isDirectory.boolValue else {
      throw InputError(
        .noInput,
        "\(path): is a file, not a directory; give the output directory of reentry run, compare, sweep, robustness or sensitivity"
      )
    }
    self.path = path
  }

  /// The path of a file inside the directory, as shown in messages.
  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

  /// The text of a file that must be there.
  func text(_ name: String, needed why: String) throws(InputError) -> String {
    guard exists(name) else { throw InputError.invalid(file(name), "missing; \(why)") }
    guard let data = FileManager.default.contents(atPath: file(name)) else {
      throw InputError(.noInput, "\(file(name)): cannot read file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw InputError.invalid(file(name), "is not UTF-8 text")
    }
    return text
  }

  func csv(_ name: String, needed why: String) throws(InputError) -> CSVTable {
    try CSVTable(try text(name, needed: why), file: file(name))
  }

  func json(_ name: String, needed why: String) throws(InputError) -> JSONValue {
    let text = try text(name, needed: why)
    do { return try JSONParser.parse(text) } catch {
      throw InputError.invalid(file(name), "is not valid JSON: \(error)")
    }
  }

  /// A JSON file that may be absent (run-info.json); malformed still fails.
  func optionalJSON(_ name: String) throws(InputError) -> JSONValue? {
    exists(name) ? try json(name, needed: "") : nil
  }
}
