import Testing

@testable import ReentryExperiments
@testable import ReentryModel

/// The shared system's effect split into information access, registration hours and what is
/// left (their interaction), which add up to the effect replication by replication.
@Suite struct PathSplitTests {
  static func table(ready: [Double]) -> MetricTable {
    let m = Metric.index(MetricName.releaseReady)
    return MetricTable(
      values: ready.map { value in
        Metric.all.indices.map { i in Group.all.indices.map { g in i == m && g == 0 ? value : nil } }
      })
  }

  static func system(_ on: Bool) -> ModelParameters {
    var p = ModelParameters()
    p.information.sharedSystem = on
    p.information.sharedSystemInformation = true
    p.information.sharedSystemSavesHours = true
    return p
  }

  @Test func onlyAVariantIntroducingTheSystemIsSplit() {
    var informationOff = Self.system(true)
    informationOff.information.sharedSystemInformation = false
    let split = PathSplit(base: Self.system(false), variants: [Self.system(false), Self.system(true), informationOff])
    #expect(split.splitVariants == [1])
    #expect(split.runs.count == 2)
    #expect(split.runs[0].information.sharedSystemSavesHours == false)
    #expect(split.runs[0].information.sharedSystemInformation == true)
    #expect(split.runs[1].information.sharedSystemInformation == false)
    #expect(split.runs[1].information.sharedSystemSavesHours == true)
    #expect(PathSplit(base: Self.system(true), variants: [Self.system(true)]).runs.isEmpty)
  }

  @Test func contributionsAddUpToTheEffect() {
    let base = Self.table(ready: [0.30, 0.32])
    let full = Self.table(ready: [0.36, 0.37])
    let information = Self.table(ready: [0.31, 0.34])
    let hours = Self.table(ready: [0.34, 0.33])
    let split = PathSplit(base: Self.system(false), variants: [Self.system(true)])
    let rows = split.rows(base: base, variants: [full], runs: [information, hours])
      .filter { $0.metric == MetricName.releaseReady && $0.group == "all" }
    func mean(_ path: PathSplit.Path) -> Double { rows.first { $0.path == path }!.difference.mean }
    #expect(abs(mean(.informationAccess) - 0.015) < 1e-12)
    #expect(abs(mean(.registrationHours) - 0.025) < 1e-12)
    let total = mean(.informationAccess) + mean(.registrationHours) + mean(.interaction)
    #expect(abs(total - 0.055) < 1e-12)
  }
}
