import Foundation
import ReentryExperiments

/// Wall time as the "wrote …" lines print it: one format for every command.
///
/// Commands used to print the raw double (`16.535252368000002 s`) or one
/// decimal; a tenth of a second is as precise as a wall clock on a shared
/// machine is meaningful, and run-info.json keeps milliseconds.
enum WallTime {
  static func text(_ duration: Duration) -> String { text(seconds: RunInfo.seconds(duration)) }

  static func text(seconds: Double) -> String { String(format: "%.1f s", seconds) }
}
