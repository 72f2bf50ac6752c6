/// The reduced world of `reentry sensitivity --small`: the same mechanisms at a
/// seventh of the national inflow, in fewer PIs, over shorter windows.
///
/// A Morris design needs (factors + 1) × trajectories evaluations; at
/// national scale each replication takes about a second in a release build,
/// so a quick screening on a 2-core machine runs this world instead (about
/// a tenth of the work). Shares such as release_ready hardly depend on the
/// scale; waiting lists and caseload granularity do somewhat.
package enum ReducedWorld {
  package static let overrides = [
    "population.releasesPerYear=4000", "run.warmupDays=150", "run.measuredDays=300",
    "run.followUpDays=120", "institutions.regionalCount=6", "institutions.nationalCount=1",
  ]
}
