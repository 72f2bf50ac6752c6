import ReentryTestSupport
import Testing

@testable import ReentryModel

/// People inside on day 0 leave as prepared as people admitted during the run with the same
/// length of stay: the casework imputed to the stock is no artefact of the start.
@Suite struct InitialStockReleaseTests {
  /// The stock's share minus the admitted's, averaged over stay bins of 60 days (weighted by
  /// the smaller group, since stays differ between the groups), and its standard error.
  static func difference(_ records: [ReleaseRecord], _ outcome: (ReleaseRecord) -> Bool?) -> (
    difference: Double, standardError: Double, n: Int
  ) {
    var weighted = 0.0
    var variance = 0.0
    var weights = 0.0
    var n = 0
    for low in stride(from: 180, to: 600, by: 60) {
      func values(_ stock: Bool) -> [Bool] {
        records.filter { $0.initialStock == stock && (low..<(low + 60)).contains($0.stayDays) }.compactMap(outcome)
      }
      let (a, b) = (values(true), values(false))
      guard a.count >= 10, b.count >= 10 else { continue }
      let pa = Double(a.filter { $0 }.count) / Double(a.count)
      let pb = Double(b.filter { $0 }.count) / Double(b.count)
      let w = Double(min(a.count, b.count))
      weighted += w * (pa - pb)
      // Pooled share, so a bin where both groups agree fully still carries its sampling error.
      let p = (pa * Double(a.count) + pb * Double(b.count)) / Double(a.count + b.count)
      variance +=
        w * w * max(p * (1 - p), 0.25 / Double(a.count + b.count)) * (1 / Double(a.count) + 1 / Double(b.count))
      weights += w
      n += a.count
    }
    return (weighted / weights, variance.squareRoot() / weights, n)
  }

  /// What a reader compares between the groups: the headline outcomes and the casework
  /// facts the history imputes (deadlines met, contact, the registration, the conversation).
  static let outcomes: [(String, @Sendable (ReleaseRecord) -> Bool?)] = [
    ("release_ready", { $0.needsAtEntry.isEmpty ? nil : $0.releaseReady }),
    ("release_prepared", { $0.needsAtEntry.isEmpty ? nil : $0.releasePrepared }),
    ("municipal_contact", { $0.municipalContact }),
    ("plan_on_time", { $0.planOnTime }),
    ("screening_on_time", { $0.screeningOnTime }),
    ("joint_conversation_on_time", { $0.jointConversationOnTime }),
    ("registration_complete", { $0.registrationComplete }),
  ]

  /// The run's first months are a start-up of their own: nationally 84.7% of the plans of people
  /// admitted in the first 30 days are on time, 97% in days 30 to 90, 99.7% to 100% after
  /// (see the ODD's warm-up page). The stock is compared with admissions after it, the run's
  /// stationary casework, which is what its history imputes.
  static let startUpDays = 90

  static func records(seed: Int) async throws -> [ReleaseRecord] {
    let results = try await ModelFixture.run(
      replications: 4, seed: seed, ["run.warmupDays=200", "run.measuredDays=300"])
    return results.flatMap(\.records).filter { $0.initialStock || $0.admissionDay >= startUpDays }
  }

  /// Stays of six months to well over a year, where both groups are numerous, on two seeds.
  @Test(arguments: [11, 12]) func stockReleasesDoNotDifferFromAdmittedOnes(seed: Int) async throws {
    let records = try await Self.records(seed: seed)
    for (name, outcome) in Self.outcomes {
      let d = Self.difference(records, outcome)
      try #require(d.n >= 200, "\(name): too few stock releases \(d)")
      // Three standard errors, or two percentage points.
      guard name == "joint_conversation_on_time" else {
        #expect(abs(d.difference) <= max(3 * d.standardError, 0.02), "\(name): stock minus admitted \(d)")
        continue
      }
      withKnownIssue("the stock's conversation is planned from a contact dated without the coordinators' put-offs") {
        #expect(abs(d.difference) <= max(3 * d.standardError, 0.02), "\(name): stock minus admitted \(d)")
      }
    }
  }

  /// The stock's registration and joint conversation are settled with the run's own casework:
  /// settled never (from a day past the run: at release, the load then and the history's share
  /// of the slack stand in), the stock's conversation is on time far more often than the run's.
  @Test func settlingWithTheRunsCaseworkClosesTheGap() async throws {
    let results = try await ModelFixture.run(
      replications: 4, seed: 11, ["run.warmupDays=200", "run.measuredDays=300", "initialStock.stationaryFromDay=3650"])
    let records = results.flatMap(\.records).filter { $0.initialStock || $0.admissionDay >= Self.startUpDays }
    let d = Self.difference(records) { $0.jointConversationOnTime }
    #expect(d.difference > max(3 * d.standardError, 0.02), "stock minus admitted \(d)")
  }

  /// Partners chose whether to join the stock's conferences before day 0 as they do in the run
  /// (a conference at every MDO, so that the history holds many): before, nobody joined any of
  /// them, and stays of two years and more, half of them history, left less often ready.
  @Test func partnersJoinedTheStocksPastConferences() async throws {
    let results = try await ModelFixture.run(
      replications: 2, seed: 11, ["run.warmupDays=200", "run.measuredDays=300", "caseConferences.adHocProbability=1"])
    let records = results.flatMap(\.records).filter {
      ($0.initialStock || $0.admissionDay >= Self.startUpDays) && (180..<600).contains($0.stayDays)
    }
    func joined(_ stock: Bool) -> Double {
      let group = records.filter { $0.initialStock == stock }
      let attended = group.map(\.caseConferences).reduce(0, +)
      let held = attended + group.map(\.caseConferencesWithoutPartner).reduce(0, +)
      return Double(attended) / Double(max(1, held))
    }
    let (stock, admitted) = (joined(true), joined(false))
    #expect(abs(stock - admitted) <= 0.05, "conferences a partner joined: stock \(stock), admitted \(admitted)")
  }

  /// The imputed screening and plan come as long after the admission as the run's: a casemanager
  /// does a task soon after it can, not on its due day. Before, the history did every task on its
  /// due day (screening about 13 days after admission against about 3 in the run).
  @Test(arguments: [11, 12]) func stockCaseworkTakesAsLongAsTheRuns(seed: Int) async throws {
    let records = try await Self.records(seed: seed)
    for (name, days) in [
      ("screening", { (r: ReleaseRecord) in r.screeningDay - r.admissionDay }),
      ("plan", { (r: ReleaseRecord) in r.planDay - r.admissionDay }),
      // The municipality answered the history's call then, not on day 0 (before: about 150 days
      // after admission against about 45 nationally, so it was never at a conversation before day 0).
      ("municipal contact", { (r: ReleaseRecord) in r.returnContactDay - r.admissionDay }),
    ] {
      func mean(_ stock: Bool) -> Double {
        let xs = records.filter {
          $0.initialStock == stock && (180..<600).contains($0.stayDays) && $0.returnContactDay != Detainee.never
        }.map(days)
        return Double(xs.reduce(0, +)) / Double(xs.count)
      }
      let (stock, admitted) = (mean(true), mean(false))
      // Within three days, or a third of the run's mean where that is longer.
      #expect(abs(stock - admitted) <= max(3, admitted / 3), "\(name): stock \(stock) days, admitted \(admitted)")
    }
  }

  /// The imputed wait is what makes a stock task late: with no wait (share 0) no stock plan or
  /// screening is late; with a wait of 0.3 of the slack some are (e^(-1/0.3), about 3.6%).
  @Test func imputedLatenessComesFromTheWait() async throws {
    func late(_ share: Double) async throws -> Int {
      let results = try await ModelFixture.run(
        replications: 1, seed: 11, ["run.measuredDays=300", "initialStock.historyWaitShareOfSlack=\(share)"])
      let stock = results.flatMap(\.records).filter(\.initialStock)
      try #require(stock.count >= 200)
      return stock.filter { $0.planOnTime == false || $0.screeningOnTime == false }.count
    }
    #expect(try await late(0) == 0)
    #expect(try await late(0.3) >= 5)
  }
}
