/// Reads a scenario file and the files it `extends`, checking each against
/// the schema, so that problems in every file of the chain are reported together.
///
/// Display paths: the top-level file is shown as the user gave it; a parent
/// is shown as the lexically normalized join of the directory of the file
/// that extends it (as displayed) and its `extends` text, e.g.
/// "Scenarios/variants/x.json" extending "../baseline.json" shows the parent
/// as "Scenarios/baseline.json".
struct ScenarioChain {
  /// One parsed file of the chain.
  struct Layer {
    let displayPath: String
    let document: JSONValue
  }

  /// The files that could be read and parsed, root-most parent first.
  private(set) var layers: [Layer] = []
  /// Every problem found, in the order the files were read (top-level first).
  private(set) var issues: [ScenarioIssue] = []

  /// Chains longer than this are reported as a cycle, as a backstop for
  /// cycles that path identity cannot see.
  static let maximumLength = 64

  init(topLevel path: String, schema: ParameterSchema, files: any ScenarioFileSource) {
    var readPath = path
    var displayPath = path
    var visited: [String] = []
    var shown: [String] = []
    var childLayers: [Layer] = []
    while true {
      visited.append(files.identity(of: readPath))
      shown.append(displayPath)
      let bytes: [UInt8]
      do {
        bytes = try files.read(readPath).get()
      } catch {
        // A parent names the file that extends it: the fix may be in either.
        let child = shown.dropLast().last.map { " (extended by \($0))" } ?? ""
        issues.append(Self.issue(displayPath, .unreadableFile, "cannot read file: \(error.reason)\(child)"))
        break
      }
      let document: JSONValue
      do {
        document = try JSONParser.parse(bytes)
      } catch {
        issues.append(
          ScenarioIssue(
            file: displayPath, path: "", value: "", allowed: "", category: .malformed,
            message: "malformed JSON: \(error.message)", line: error.line, column: error.column))
        break
      }
      issues += schema.documentIssues(document, file: displayPath)
      childLayers.append(Layer(displayPath: displayPath, document: document))
      guard case .string(let parent)? = document.value(forKey: "extends"), !parent.isEmpty else { break }
      let parentRead = PathText.join(PathText.directory(of: readPath), parent)
      let parentDisplay = PathText.normalize(PathText.join(PathText.directory(of: displayPath), parent))
      let parentValue = JSONValue.string(parent).compactText
      guard files.exists(parentRead) else {
        issues.append(
          Self.issue(
            displayPath, .missingExtends, "\(parentValue) not found (looked for \(parentDisplay))",
            path: "extends", value: parentValue))
        break
      }
      if visited.contains(files.identity(of: parentRead)) {
        let cycle = (shown + [parentDisplay]).joined(separator: " → ")
        issues.append(Self.issue(displayPath, .extendsCycle, "cycle \(cycle)", path: "extends", value: parentValue))
        break
      }
      if visited.count >= Self.maximumLength {
        issues.append(
          Self.issue(
            displayPath, .extendsCycle, "chain longer than \(Self.maximumLength) files",
            path: "extends", value: parentValue))
        break
      }
      readPath = parentRead
      displayPath = parentDisplay
    }
    layers = childLayers.reversed()
  }

  private static func issue(
    _ file: String, _ category: ScenarioIssue.Category, _ message: String, path: String = "", value: String = ""
  ) -> ScenarioIssue {
    ScenarioIssue(file: file, path: path, value: value, allowed: "", category: category, message: message)
  }
}
