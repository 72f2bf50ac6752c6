import Foundation

/// A calibration shard that another one waits for has failed: the waiting one stops instead of waiting
/// until the time limit.
///
/// Shards that follow each other (`--follow`) wait for each other's
/// evaluations, so one that dies would hold the others until a cluster's
/// time limit ends them. A shard that stops with an error therefore leaves
/// a mark, `DIR-shard-K-of-N.failed`, beside its working directory (inside
/// it, the file would make the directory foreign to the rerun), saying why;
/// the SLURM script adds the exit status and the task's log when a task
/// ends badly, so a shard killed by the system is marked too. A shard that
/// waits for a marked one's evaluation stops with this error and marks
/// itself, so a chain of waiting shards stops as a whole. A shard clears
/// its own mark when it starts again.
package struct ShardFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The shard whose evaluation was awaited.
  package let shard: SweepShard
  /// The mark's path.
  package let mark: String
  /// What the mark says: the error, and the exit status and log where the SLURM script wrote them.
  package let reason: String

  package var description: String {
    "shard \(shard) failed (\(reason)); its mark: \(mark). Rerun that shard (it continues from its point "
      + "files), then this one, or submit the SLURM script again"
  }
}

extension CalibrationShards {
  /// The mark a failed `shard` leaves beside its working directory.
  package func failureMark(of shard: SweepShard) -> String { directory(of: shard) + ".failed" }

  /// Marks `shard` as failed for `reason` (one line).
  package func recordFailure(of shard: SweepShard, _ reason: String) {
    let line = reason.split(whereSeparator: \.isNewline).joined(separator: " ")
    // Best effort: the error that stopped the shard is reported either way, the mark only spares the others' wait.
    try? AtomicFile.write(Array("\(line)\n".utf8), to: failureMark(of: shard))
  }

  /// Removes `shard`'s mark: it runs again.
  package func clearFailure(of shard: SweepShard) {
    try? FileManager.default.removeItem(atPath: failureMark(of: shard))
  }

  /// `shard`'s failure, if it left a mark; its lines joined by "; ".
  func failure(of shard: SweepShard) -> ShardFailure? {
    let mark = failureMark(of: shard)
    guard let data = FileManager.default.contents(atPath: mark) else { return nil }
    let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
    let reason = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    return ShardFailure(
      shard: shard, mark: mark, reason: reason.isEmpty ? "no reason given" : reason.joined(separator: "; "))
  }
}
