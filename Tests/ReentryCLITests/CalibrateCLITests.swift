import Foundation
import ReentryTestSupport
import Testing

@testable import ReentryExperiments

/// `reentry calibrate` end to end in a tiny world: every file written, the same bytes for any `--jobs`,
/// an unfinished directory refused without `--resume`, bad input refused with its sysexits code.
@Suite("Calibrate command")
struct CalibrateCLITests {
  static let tiny = [
    "population.releasesPerYear=600", "run.warmupDays=40", "run.measuredDays=60", "run.followUpDays=20",
    "institutions.regionalCount=2",
  ].flatMap { ["--set", $0] }

  static func arguments(out: String, jobs: Int) -> [String] {
    [
      "calibrate", PackagePaths.baseline, "--particles", "4", "--generations", "2", "--replications", "1", "--pilot",
      "2", "--jobs", "\(jobs)", "--out", out,
    ] + tiny
  }

  /// The calibration run once with `--jobs 2`.
  static let reference = Task<String, any Error> {
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let r = await reentry(arguments(out: out, jobs: 2))
    guard r.code == 0 else { throw SweepReference.ReferenceFailure(message: r.err) }
    return out
  }

  @Test func writesEveryFile() async throws {
    let out = try await Self.reference.value
    for file in [
      "calibration.json", "particles.csv", "generations.csv", "posterior-check.csv", "noise.csv", "manifest.json",
      "run-info.json",
    ] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + file), "\(file) missing")
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/calibration-state.json"))
    let particles = try #require(readText(out + "/particles.csv"))
    #expect(particles.hasPrefix("generation,particle,point,weight,distance,"))
    #expect(particles.split(separator: "\n").count == 1 + 2 * 4)
    let generations = try #require(readText(out + "/generations.csv")).split(separator: "\n")
    #expect(generations.count == 3 && generations[1].hasPrefix("0,NA,"))
    #expect(
      generations[0]
        == "generation,tolerance,evaluations,alive,alive_fraction,resampled,moves,move_acceptance,"
        + "effective_sample_size,distinct,complete")
    // The distance uses the calibration targets only; the held-out patterns are checked, never fitted.
    let heldOut = ValidationFigure.all.filter { $0.role == .heldOut && $0.range != nil }.map(\.id)
    let check = try #require(readText(out + "/posterior-check.csv"))
    #expect(heldOut.count >= 8 && heldOut.allSatisfy { check.contains("\n\($0),") })
    let noise = try #require(readText(out + "/noise.csv"))
    #expect(heldOut.allSatisfy { !noise.contains("\n\($0),") })
    let manifest = try #require(readText(out + "/manifest.json"))
    #expect(manifest.contains("\"kind\": \"calibration\"") && manifest.contains("\"posterior-check.csv\""))
  }

  @Test func jobsNeverChangeTheBytes() async throws {
    let reference = try await Self.reference.value
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let r = await reentry(Self.arguments(out: out, jobs: 1))
    #expect(r.code == 0, "\(r.err)")
    #expect(deterministicTree(out) == deterministicTree(reference))
  }

  @Test func refusesBadInputWithItsCode() async throws {
    let dir = makeTempDirectory()
    defer { removeTempDirectory(dir) }
    let out = dir.appendingPathComponent("out").path
    let missing = await reentry(["calibrate", dir.appendingPathComponent("no.json").path, "--out", out])
    #expect(missing.code == 66, "\(missing.err)")
    let bad = dir.appendingPathComponent("bad-\(UUID().uuidString).json")
    try Data("{\"name\": \"bad\", \"casemanagers\": {\"caseloadNorm\": -3}}".utf8).write(to: bad)
    let invalid = await reentry(["calibrate", bad.path, "--out", out])
    #expect(invalid.code == 65, "\(invalid.err)")
    let zero = await reentry(["calibrate", PackagePaths.baseline, "--particles", "0", "--out", out])
    #expect(zero.code == 64 && zero.err.contains("--particles"), "\(zero.err)")
    let two = await reentry(["calibrate", PackagePaths.baseline, PackagePaths.baseline, "--out", out])
    #expect(two.code == 64)
    #expect(!FileManager.default.fileExists(atPath: out + "/manifest.json"))
  }
}

extension CalibrateCLITests {
  @Test func aStoppedCalibrationResumesToTheSameBytes() async throws {
    let reference = try await Self.reference.value
    let out = makeTempDirectory().appendingPathComponent("calibration-\(UUID().uuidString)").path
    let arguments = Self.arguments(out: out, jobs: 1)
    let running = Task { await reentry(arguments) }
    // Stopped once a few evaluations are on disk, as a kill would leave it: whole files only.
    while pointFileCount(out) < 3 { try await Task.sleep(for: .milliseconds(20)) }
    running.cancel()
    let stopped = await running.value
    #expect(stopped.code != 0)
    #expect(FileManager.default.fileExists(atPath: out + "/calibration-state.json"))
    let refused = await reentry(arguments)
    #expect(refused.code == 73 && refused.err.contains("holds an unfinished calibration"), "\(refused.err)")
    let resumed = await reentry(arguments + ["--resume"])
    #expect(resumed.code == 0, "\(resumed.err)")
    #expect(deterministicTree(out) == deterministicTree(reference))
  }
}
