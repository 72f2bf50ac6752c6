/// The fixed facts of one replication that every actor reads: parameters,
/// layout, random streams and the release evaluation.
///
/// A class, read through one shared reference: actor state is a value
/// mutated in place, and a `let` struct inside it would be copied whole (over
/// a kilobyte of parameters, with retains) wherever the hot path takes a
/// local alias such as `let p = parameters`. Immutable, so sharing it across
/// actors is safe.
final class ReplicationContext: Sendable {
  let parameters: ModelParameters
  let layout: WorldLayout
  let random: RandomSource
  let evaluation: ReleaseEvaluation

  init(parameters: ModelParameters, layout: WorldLayout, random: RandomSource) {
    self.parameters = parameters
    self.layout = layout
    self.random = random
    self.evaluation = ReleaseEvaluation(parameters: parameters, layout: layout)
  }
}
