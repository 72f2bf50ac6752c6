import ReentryModel
import ScenarioFormat

/// A robustness analysis ready to run: its plan and the resolved scenarios each draw starts from.
///
/// In draw d, scenario s runs with the draw's value of every drawn
/// parameter except those it holds. It holds its levers: assumptions about
/// the world whose value the scenario sets itself, i.e. whose origin differs
/// from the base's (a variant file that sets `information.gdprRefusalProbability`
/// to 0.05 keeps 0.05 in every draw; the base draws it): the variant is
/// the question asked, the drawn values are the world it is asked in. An
/// assumption about how an intervention works is never a lever: it is drawn
/// in every scenario where the intervention is switched on, even when the
/// scenario's file sets it (`case-conferences` holds `agreed` true and draws
/// its interval), and held where it has no effect (the base). A
/// value every scenario inherits from the same file, or from `--set`, is
/// drawn in all of them alike.
package struct RobustnessDefinition: Sendable {
  package let plan: RobustnessPlan
  /// Base first, with the analysis's seed and replications.
  let scenarios: [ResolvedScenario]
  /// Per scenario, the drawn parameters it keeps at its own value: its levers and the
  /// assumptions about interventions that do not act in it.
  let held: [[String]]

  /// Redraws a draw at most this often before the analysis is refused.
  static let maximumAttempts = 100

  /// The analysis's name, `<base>-vs-<variant>+…`: part of `design.json`, so
  /// `reentry robustness` and `bench` workload d must build it alike.
  package static func name(scenarios: [String]) -> String {
    "\(OutputDirectory.safeName(scenarios[0]))-vs-"
      + scenarios.dropFirst().map(OutputDirectory.safeName).joined(separator: "+")
  }

  /// The drawn assumptions a calibration can have learnt: those about the world, not about an intervention.
  package static func worldFactors(in schema: ParameterSchema) -> [RobustnessFactor] {
    RobustnessFactor.all(in: schema).filter { schema.spec($0.path)?.role.isInterventionAssumption == false }
  }

  /// Draws the design and checks every draw of every scenario against the
  /// cross-field rules; a draw that breaks one is redrawn within its strata
  /// (see `LatinHypercube`). Throws (65) if one cannot be repaired.
  ///
  /// With a `posterior`, draw d takes the posterior's parameters from a
  /// particle resampled by weight from the seed; only the other drawn
  /// assumptions come from the hypercube (and are redrawn if a rule breaks).
  package init(
    name: String, base: ResolvedScenario, variants: [ResolvedScenario], draws: Int, replications: Int, seed: UInt64,
    filter: RobustnessPlan.Filter, posterior: Posterior? = nil
  ) throws(InputError) {
    let run = [("run.seed", JSONValue.number(Double(seed))), ("run.replications", .number(Double(replications)))]
    var scenarios: [ResolvedScenario] = []
    do {
      for scenario in [base] + variants { scenarios.append(try scenario.overriding(run.map { ($0.0, $0.1) })) }
    } catch { throw InputError(.invalidData, error.description) }
    let factors = RobustnessFactor.all(in: base.schema)
    let intervention = Set(factors.map(\.path).filter { base.schema.spec($0)?.role.isInterventionAssumption == true })
    let levers = scenarios.enumerated().map { s, scenario in
      s == 0
        ? [] : factors.map(\.path).filter { !intervention.contains($0) && scenario.origin($0) != base.origin($0) }
    }
    let held = zip(scenarios, levers).map { scenario, levers in
      levers
        + factors.map(\.path).filter { path in
          intervention.contains(path) && base.schema.spec(path)?.role.acts(in: { scenario.value($0) }) == false
        }
    }
    let design = LatinHypercube(draws: draws, factors: factors.count, seed: seed)
    let chosen = posterior.map { Posterior.resample(weights: $0.weights, count: draws, seed: seed) } ?? []
    let calibrated = (posterior?.paths ?? []).compactMap { path in factors.firstIndex { $0.path == path } }
    var values: [[Double]] = []
    var redrawn: [Int] = []
    for d in 0..<draws {
      var attempt = 0
      while true {
        var row = design.values(d, attempt: attempt, of: factors)
        if let posterior {
          for (k, column) in calibrated.enumerated() { row[column] = posterior.values[chosen[d]][k] }
        }
        let problems = Self.ruleProblems(row, factors: factors, held: held, scenarios: scenarios)
        if problems.isEmpty {
          values.append(row)
          break
        }
        attempt += 1
        guard attempt < Self.maximumAttempts else {
          throw InputError(
            .invalidData,
            "draw \(d): every one of \(Self.maximumAttempts) positions within its strata breaks a rule: "
              + problems.joined(separator: "; ")
              + "; narrow a plausible range in the catalog or set the parameter in the scenario files")
        }
      }
      if attempt > 0 { redrawn.append(d) }
    }
    self.scenarios = scenarios
    self.held = held
    plan = RobustnessPlan(
      name: name, draws: draws, replications: replications, seed: seed, filter: filter, factors: factors,
      scenarios: zip(scenarios, levers).map { .init(name: $0.name, levers: $1, parameters: $0.effectiveJSON) },
      values: values, redrawn: redrawn,
      worlds: posterior.map { p in
        .init(digest: p.digest, generation: p.generation, paths: p.paths, particles: chosen.map { p.particles[$0] })
      })
  }

  /// The broken rules of a draw in any scenario, as "scenario: message".
  static func ruleProblems(
    _ row: [Double], factors: [RobustnessFactor], held: [[String]], scenarios: [ResolvedScenario]
  ) -> [String] {
    var problems: [String] = []
    for (s, scenario) in scenarios.enumerated() {
      do { _ = try scenario.overriding(assignments(row, factors: factors, held: held[s])) } catch {
        problems.append("\(scenario.name): \(error.description)")
      }
    }
    return problems
  }

  static func assignments(_ row: [Double], factors: [RobustnessFactor], held: [String])
    -> [(path: String, value: JSONValue)]
  {
    zip(factors, row).filter { !held.contains($0.0.path) }.map { ($0.0.path, .number($0.1)) }
  }

  /// The model parameters of scenario `s` in draw `d`, with the draw's own seed.
  func parameters(draw d: Int, scenario s: Int) throws(ScenarioErrors) -> ModelParameters {
    let assignments =
      Self.assignments(plan.values[d], factors: plan.factors, held: held[s])
      + [(path: "run.seed", value: .number(Double(plan.worldSeed(d))))]
    return ModelParameters(try scenarios[s].overriding(assignments))
  }
}
