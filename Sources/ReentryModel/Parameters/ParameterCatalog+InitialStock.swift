extension ParameterCatalog {
  /// The people inside on day 0: how the casework of their time served is imputed.
  static let initialStock: [ParameterBinding] = [
    bind(
      "initialStock.historyWaitShareOfSlack", \.initialStock.historyWaitShareOfSlack, .number(min: 0, max: 2), 0.15,
      source:
        "assumption (measured on the baseline after its start-up: admitted screenings are done 1 to 5 days after admission, of the 14 their deadline allows, and no plan or screening is late: 0 of 2,787 in a small world after day 400)",
      "Mean wait of a task imputed to the initial stock in the casemanager's list, as a share of the days its deadline allowed (exponential; a task is late when the wait exceeds them, with chance e^(-1/share))",
      plausible: 0.1...0.3,
      "a casemanager works in deadline order, so a task waits in proportion to its slack: 0.1 leaves 0.005% of imputed tasks late and screenings a day after they can be done, 0.3 leaves 3.6% late, as in the run's start-up months (97% of plans on time)"
    ),
    bind(
      "initialStock.stationaryFromDay", \.initialStock.stationaryFromDay, .integer(min: 0, max: 3650), 90,
      unit: "days",
      source:
        "assumption (measured on the baseline: the casemanagers' backlog is 2,260 hours on day 0 and about 8,000 from day 77; plans of people admitted from day 90 are on time as in the stationary run, 98.3%)",
      "Day from which the run's casework is stationary: the stock's registration and joint conversation, which depend on the load, are settled at their first MDO from then on",
      plausible: 60...180,
      "the run's start-up: plans of admissions on time 84.6% in days 0-29, 97.4% in 60-89 and 98.3% from 90; 60 is where the backlog first reaches its level, 180 half a year of margin"
    ),
  ]
}
