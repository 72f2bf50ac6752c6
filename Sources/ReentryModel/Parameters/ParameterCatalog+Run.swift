extension ParameterCatalog {
  /// How long and how often to simulate; not part of the model itself.
  static let run: [ParameterBinding] = [
    bind(
      "run.seed", \.run.seed, .integer(min: 0, max: 9_007_199_254_740_991), 20_231,
      source: "assumption", "Master seed; every random stream is derived from it"),
    bind(
      "run.replications", \.run.replications, .integer(min: 1, max: 100_000), 10,
      source: "assumption", "Independent replications; intervals are over these"),
    bind(
      "run.warmupDays", \.run.warmupDays, .integer(min: 0, max: 3650), 365, unit: "days",
      source: "assumption", "Days simulated before measurement so prisons and queues are in steady state"),
    bind(
      "run.measuredDays", \.run.measuredDays, .integer(min: 1, max: 3650), 365, unit: "days",
      source: "assumption", "Measured window: only releases inside it are counted"),
    bind(
      "run.followUpDays", \.run.followUpDays, .integer(min: 0, max: 3650), 365, unit: "days",
      source: "assumption", "Days simulated after the window so waits after release can end; longer waits are censored"),
    bind(
      "run.timeseriesIntervalDays", \.run.timeseriesIntervalDays, .integer(min: 1, max: 365), 7, unit: "days",
      source: "assumption", "Sampling interval of timeseries.csv"),
  ]
}
