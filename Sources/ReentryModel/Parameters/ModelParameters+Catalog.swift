import ScenarioFormat

extension ModelParameters {
  /// Fills every field from a validated scenario by applying each catalog
  /// binding to blank parameters, so the catalog is the only place that
  /// names a parameter's path and type.
  public init(_ scenario: ResolvedScenario) {
    self.init()
    for binding in ParameterCatalog.bindings {
      binding.apply(&self, scenario.value(binding.spec.path))
    }
  }
}
