import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryCLI
@testable import ReentryExperiments
@testable import ReentryModel

/// `reentry run` streams rows to disk as replications finish (issue 17.9);
/// its files must stay byte for byte those of the in-memory rendering that
/// `reentry verify` pins, whatever `--jobs`.
@Suite("Streamed run files")
struct StreamedRunTests {
  static let overrides = ModelFixture.small + ["run.replications=5", "run.seed=7"]

  @Test(arguments: [1, 3])
  func filesAreTheInMemoryRenderingByteForByte(jobs: Int) async throws {
    let scenario = try ModelFixture.scenario("Scenarios/baseline.json", Self.overrides)
    let parameters = ModelParameters(scenario)
    let expected = RunFiles(
      scenario: scenario, parameters: parameters, results: try await ModelFixture.runAll(parameters)
    ).render()

    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("run").path
    let r = await reentry(
      ["run", PackagePaths.baseline, "--jobs", "\(jobs)", "--out", out] + Self.overrides.flatMap { ["--set", $0] })
    #expect(r.code == 0, "\(r.err)")
    #expect(r.out.contains("digest \(expected.digest.prefix(16))"))
    for file in expected.files {
      let written = FileManager.default.contents(atPath: out + "/" + file.name).map { [UInt8]($0) }
      #expect(written == file.bytes, "\(file.name) differs from the in-memory rendering")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(names == (expected.files.map(\.name) + ["run-info.json"]).sorted())
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty, "staging left behind: \(leftovers)")
  }

  /// A run that fails part-way leaves neither a directory nor its staging behind.
  @Test func aFailedRunLeavesNothing() async throws {
    let scenario = try ModelFixture.scenario("Scenarios/baseline.json", Self.overrides)
    let parameters = ModelParameters(scenario)
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    struct Stop: Error {}
    do {
      let stream = try RunFileStream(
        scenario: scenario, parameters: parameters,
        staging: StagingDirectory(OutputDirectory(dir.appendingPathComponent("run").path)))
      try await Experiment.run(parameters, jobs: 2) { result in
        if result.replication == 2 { throw Stop() }
        try stream.add(result)
      }
      Issue.record("the run should have failed")
    } catch is Stop {}
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }
}
