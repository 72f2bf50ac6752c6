extension SimulationWork {
  /// The totals as `run-info.json` reports them, with the time spent simulating.
  func info(_ simulated: Duration) -> RunInfo.Work {
    RunInfo.Work(
      simulationSeconds: RunInfo.seconds(simulated), actorSteps: actorSteps, messages: messages,
      detaineeDays: detaineeDays)
  }
}
