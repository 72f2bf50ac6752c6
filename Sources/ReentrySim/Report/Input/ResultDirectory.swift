import Foundation
import ScenarioFormat

/// A results directory as the report reads it: files by name, each error naming the file.
struct ResultDirectory: Sendable {
  let path: String

  /// Fails with 66 unless `path` is an existing directory.
  init(_ path: String) throws(ReportError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ReportError(.noInput, "\(path): no such directory; give the output directory of reentry run, compare or sweep")
    }
    guard isDirectory.boolValue else {
      throw ReportError(.noInput, "\(path): is a file, not a directory; give the output directory of reentry run, compare or sweep")
    }
    self.path = path
  }

  /// The path of a file inside the directory, as shown in messages.
  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

  /// The text of a file that must be there.
  func text(_ name: String, needed why: String) throws(ReportError) -> String {
    guard exists(name) else { throw ReportError.invalid(file(name), "missing; \(why)") }
    guard let data = FileManager.default.contents(atPath: file(name)) else {
      throw ReportError(.noInput, "\(file(name)): cannot read file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw ReportError.invalid(file(name), "is not UTF-8 text")
    }
    return text
  }

  func csv(_ name: String, needed why: String) throws(ReportError) -> CSVTable {
    try CSVTable(try text(name, needed: why), file: file(name))
  }

  func json(_ name: String, needed why: String) throws(ReportError) -> JSONValue {
    let text = try text(name, needed: why)
    do { return try JSONParser.parse(text) } catch {
      throw ReportError.invalid(file(name), "is not valid JSON: \(error)")
    }
  }

  /// A JSON file that may be absent (run-info.json); malformed still fails.
  func optionalJSON(_ name: String) throws(ReportError) -> JSONValue? {
    exists(name) ? try json(name, needed: "") : nil
  }
}
