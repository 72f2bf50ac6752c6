import Foundation
import ReentryTestSupport
import SimKernel
import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The row files are formatted straight into bytes; these must be exactly
/// the bytes of the `String` formatting they replaced, or every pinned
/// digest would move.
@Suite struct ByteTextTests {
  func bytes(_ write: (inout [UInt8]) -> Void) -> String {
    var out: [UInt8] = []
    write(&out)
    return String(decoding: out, as: UTF8.self)
  }

  @Test func decimalsMatchTheStringFormatterOverManyValues() {
    var values: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.0000005, -0.0000005, 0.0000004999, 0.0000015, 0.1 + 0.2, 1e-7, -1e-7, 123.4567895,
      999_999_999.999_999, -999_999_999.999_999, 1e9, -1e9, 1e12, 2.5e15, .pi, -.pi, 27456.4, 0.310151,
      .nan, .infinity, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
    ]
    var random = SplitMix64(seed: 2024)
    for _ in 0..<20_000 {
      let magnitude = [1e-6, 1e-3, 1, 100, 1e4, 1e8, 1e10][Int(random.next() % 7)]
      let x = (Double(random.next() >> 11) * 0x1p-53 - 0.5) * 2 * magnitude
      values += [x, (x * 1e6).rounded() / 1e6, ((x * 1e6).rounded() + 0.5) / 1e6]
    }
    for x in values {
      #expect(bytes { ByteText.decimal(x, to: &$0) } == TextFormat.decimal(x), "\(x)")
    }
  }

  @Test func integersFlagsAndMissingValuesMatchTheStringFormatters() {
    for v in [0, 1, 9, 10, 99, 100, -1, -10, 1_234_567, Int.max, Int.min, Detainee.never] {
      #expect(bytes { ByteText.int(v, to: &$0) } == String(v))
      #expect(bytes { ByteText.day(v, never: Detainee.never, to: &$0) } == TextFormat.day(v))
      #expect(bytes { ByteText.optional(v, to: &$0) } == TextFormat.optional(v))
    }
    #expect(bytes { ByteText.optional(nil, to: &$0) } == TextFormat.optional(nil))
    for flag in [true, false] { #expect(bytes { ByteText.flag(flag, to: &$0) } == TextFormat.flag(flag)) }
    for flag: Bool? in [true, false, nil] { #expect(bytes { ByteText.flag(flag, to: &$0) } == TextFormat.flag(flag)) }
  }

  /// Every row of a real replication has the header's number of fields, and
  /// the streamed files hash to what the in-memory render gives.
  @Test func rowFilesHaveTheHeadersColumnsAndStreamToTheRenderedBytes() async throws {
    let s = try ModelFixture.scenario(
      "Scenarios/baseline.json", ModelFixture.small + ["run.replications=2", "run.measuredDays=120"])
    let p = ModelParameters(s)
    let results = try await Experiment.run(p, jobs: 1)
    let rendered = RunFiles(scenario: s, parameters: p, results: results).render()
    let releases = try #require(rendered.files.first { $0.name == "releases.csv" }?.bytes)
    let lines = String(decoding: releases, as: UTF8.self).split(separator: "\n")
    let columns = ReleaseRow.header.split(separator: ",").count
    #expect(lines.count == 1 + results.reduce(0) { $0 + $1.records.count })
    #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == columns })

    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("run").path
    let stream = try RunFileStream(scenario: s, parameters: p, staging: StagingDirectory(OutputDirectory(out)))
    for result in results { try stream.add(result) }
    #expect(try stream.finish(extra: []) == rendered.digest)
    for file in rendered.files {
      #expect(FileManager.default.contents(atPath: out + "/" + file.name) == Data(file.bytes), "\(file.name)")
    }
  }
}
