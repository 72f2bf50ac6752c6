import ReentryModel

/// One figure from the source documents and how to read it off a run.
///
/// The model value is measured per replication from the run's own results
/// (release records, time series, counters), never copied from a parameter,
/// so the table shows what the simulation did, and the interval over
/// replications shows how sure we are of it. A figure is judged on the mean
/// over replications; a figure with no range is a reference (e.g. a policy
/// target), printed for comparison and never judged.
package struct ValidationFigure: Sendable {
  /// How the value is printed.
  enum Unit: String, Sendable {
    case count, share, days, caseload, ratio
    /// A difference between two shares, in percentage points.
    case points
  }

  /// Snake-case name, the first CSV column.
  let id: String
  /// Where the figure comes from: "seed NNN:line".
  let source: String
  /// The figure as the source states it, in English.
  let sourceValue: String
  let unit: Unit
  /// Accepted range for the mean, or nil for a reference figure.
  let range: ClosedRange<Double>?
  /// The tolerance in words (ranges alone hide "strictly below" and "not all").
  let tolerance: String
  /// What the figure may be used for: restating an input, choosing values, or checking afterwards.
  let role: ValidationRole
  /// Volumes scale with the inflow: a reduced world is judged against the scaled range.
  var scalesWithInflow = false
  /// The Dutch sentence of the source the figure or pattern rests on, quoted, so
  /// a reader can judge the reading and the threshold; empty for plain figures.
  var quote = ""
  /// The source's own central figure, where it gives one (e.g. "on average 30"); calibration reads the
  /// range around it, else around the range's midpoint, as the source's measurement uncertainty.
  var centre: Double?
  /// The value in one replication; nil when nothing in it applies.
  let measure: @Sendable (ReplicationResult, ValidationContext) -> Double?

  /// Figures that follow from the model's inputs alone; tests require them to pass.
  var core: Bool { role == .input }
}

/// What a measurement may know beyond the replication's results.
struct ValidationContext: Sendable {
  let parameters: ModelParameters
  /// Model inflow over the national inflow the sources describe (1 at national scale).
  var inflowScale: Double {
    parameters.population.releasesPerYear / ValidationContext.nationalReleasesPerYear
  }

  /// The catalog default of `population.releasesPerYear`: the national outflow.
  static let nationalReleasesPerYear: Double = {
    guard let spec = ParameterCatalog.schema.spec("population.releasesPerYear"),
      case .number(let value) = spec.defaultValue
    else { preconditionFailure("population.releasesPerYear has no numeric default") }
    return value
  }()
}
