import ReentryModel
import ScenarioFormat

/// A validated sweep file: its plan and the resolved base scenario every point starts from.
package struct SweepDefinition: Sendable {
  /// The sweep file as given on the command line.
  let file: String
  let description: String
  package let plan: SweepPlan
  /// The base scenario with the sweep's seed and replications applied.
  let base: ResolvedScenario

  /// The scenario of point `index`: the base with the point's values set
  /// together, then checked against the cross-field rules as a whole (one
  /// varied list may need another varied list's value at the same point).
  func scenario(ofPoint index: Int) throws(ScenarioErrors) -> ResolvedScenario {
    try base.overriding(plan.assignments(ofPoint: index))
  }

  /// The model parameters of point `index`.
  func parameters(ofPoint index: Int) throws(ScenarioErrors) -> ModelParameters {
    ModelParameters(try scenario(ofPoint: index))
  }
}
