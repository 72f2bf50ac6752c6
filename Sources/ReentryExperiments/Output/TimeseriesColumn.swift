/// The columns of `timeseries.csv`: one value of one series on one day of one replication.
///
/// Declared once here, for the writer (`RunFiles`) and the report's reader.
package enum TimeseriesColumn: String, CSVColumn {
  case replication, day, series, value
}

extension CSVLayout where Column == TimeseriesColumn {
  /// `timeseries.csv` of a run.
  package static var timeseries: Self { Self() }
}
