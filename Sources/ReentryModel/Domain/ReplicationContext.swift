/// The fixed facts of one replication that every actor reads: parameters,
/// layout, random streams, the detainee factory and the release evaluation.
///
/// A class, read through one shared reference: actor state is a value
/// mutated in place, and a `let` struct inside it would be copied whole (over
/// a kilobyte of parameters, with retains) wherever the hot path takes a
/// local alias such as `let p = parameters`. Immutable but for the handover desk,
/// whose doc comment says why sharing it across the replication's actors is safe.
final class ReplicationContext: Sendable {
  let parameters: ModelParameters
  let layout: WorldLayout
  let random: RandomSource
  let factory: DetaineeFactory
  let evaluation: ReleaseEvaluation
  /// Cases on their way from a casemanager who left to the one taking them over.
  let handoverDesk = HandoverDesk()
  /// The further obstacles (`Practice`), the same object the evaluation uses.
  var practice: Practice { evaluation.practice }

  init(parameters: ModelParameters, layout: WorldLayout, random: RandomSource, factory: DetaineeFactory) {
    self.parameters = parameters
    self.layout = layout
    self.random = random
    self.factory = factory
    self.evaluation = ReleaseEvaluation(parameters: parameters, layout: layout, random: random)
  }

  /// The detainee of an admission: drawn from the detainee's own stream, as the admissions
  /// office drew them, and placed where the office placed them.
  func arrival(_ admission: Admission) -> Detainee {
    var d =
      admission.initialStock
      ? factory.initialStock(id: admission.detainee)
      : factory.admitted(id: admission.detainee, on: admission.day)
    d.institution = admission.institution
    d.farFromHome = admission.farFromHome
    return d
  }
}
