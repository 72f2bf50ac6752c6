import Foundation
import Testing

/// Fails when model code calls a platform math function, because the C
/// libraries round `log`, `exp`, `cos`, `pow`… differently in the last bit
/// and a seeded run would then give other digests on another platform. Model
/// code uses `KernelMath` instead; report layout (ReentryReport) and the CLI
/// may use platform math, since they only format results.
struct NoPlatformMathTests {
  /// The C functions whose results differ between libraries.
  static let functions = [
    "log", "log1p", "log2", "log10", "exp", "expm1", "exp2", "pow", "cos", "sin", "tan", "acos", "asin",
    "atan", "atan2", "cosh", "sinh", "tanh", "cbrt", "hypot", "lgamma", "tgamma", "erf", "erfc",
  ]

  /// The targets whose results are pinned by digests.
  static let modelDirectories = ["Sources/SimKernel", "Sources/ReentryModel", "Sources/ReentryExperiments"]

  /// The package root, three levels above this file.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Source text without comments and string literal contents, so names in
  /// prose or messages are not taken for calls.
  static func code(_ source: String) -> String {
    var text = source
    for pattern in [#"/\*[\s\S]*?\*/"#, #"//[^\n]*"#, #""(?:[^"\\\n]|\\.)*""#] {
      text = text.replacingOccurrences(of: pattern, with: "\"\"", options: .regularExpression)
    }
    return text
  }

  /// Names this file declares itself (a parameter, closure or function
  /// called `log`, say), whose calls are not the platform's.
  static func locallyDeclared(_ code: String) -> Set<String> {
    Set(
      functions.filter { name in
        code.range(of: #"(func|let|var)\s+\#(name)\b|[(,]\s*(_\s+)?\#(name)\s*:"#, options: .regularExpression) != nil
      })
  }

  /// `file:line: name(` for every bare or module-qualified call of a
  /// platform math function.
  static func platformCalls(in code: String, file: String) -> [String] {
    let skip = locallyDeclared(code)
    let names = functions.filter { !skip.contains($0) }.joined(separator: "|")
    let call = try! NSRegularExpression(
      pattern: #"((?<![.\w])|\b(Foundation|Darwin|Glibc|Musl)\.)(\#(names))\s*\("#)
    var found: [String] = []
    for (index, line) in code.components(separatedBy: "\n").enumerated() {
      let range = NSRange(line.startIndex..., in: line)
      for match in call.matches(in: line, range: range) {
        found.append("\(file):\(index + 1): \((line as NSString).substring(with: match.range))")
      }
    }
    return found
  }

  @Test func modelCodeUsesKernelMath() throws {
    var found: [String] = []
    var scanned = 0
    for directory in Self.modelDirectories {
      let url = Self.packageRoot.appendingPathComponent(directory)
      let files = try #require(FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil))
      for case let file as URL in files where file.pathExtension == "swift" {
        let path = String(file.path.dropFirst(Self.packageRoot.path.count + 1))
        scanned += 1
        found += Self.platformCalls(in: Self.code(try String(contentsOf: file, encoding: .utf8)), file: path)
      }
    }
    #expect(scanned > 20, "scanned only \(scanned) files under \(Self.packageRoot.path)")
    #expect(found.isEmpty, "platform math in model code (use KernelMath): \(found.joined(separator: "; "))")
  }

  @Test func scannerFindsBareCallsOnly() {
    let source = """
      let a = log(x) + KernelMath.exp(y)  // cos(z) in a comment
      let b = "pow(2, 3)" + catalog(x) + Foundation.cos(x)
      let c = log1p (x)
      """
    let calls = Self.platformCalls(in: Self.code(source), file: "f")
    #expect(calls == ["f:1: log(", "f:2: Foundation.cos(", "f:3: log1p ("])
    let logger = "func run(log: (String) -> Void) { log(\"x\") }"
    #expect(Self.platformCalls(in: Self.code(logger), file: "f").isEmpty)
  }
}
