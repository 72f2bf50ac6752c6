import Testing

@testable import ReentryReport

/// The robustness report's sentences agree with their numbers in both
/// languages: one world is singular.
@Suite struct RobustnessWordingTests {
  @Test func oneKeptWorldIsSingular() {
    let en = Strings.englishRobustness
    #expect(en.findingLead("v", "100%", 1, true).hasSuffix("1 plausible world that reproduces the sources"))
    #expect(en.findingLead("v", "50%", 2, true).hasSuffix("2 plausible worlds that reproduce the sources"))
    #expect(en.findingLeadUndirected("v", 1, true).hasSuffix("world that reproduces the sources"))
    #expect(en.compareRobustness("r", 1, 5, true, "v in 100%").contains("(the one that reproduces the sources)"))
    let nl = Strings.dutchRobustness
    #expect(nl.findingLead("v", "100%", 1, true).hasSuffix("1 plausibele wereld die de bronnen reproduceert"))
    #expect(nl.findingLead("v", "50%", 2, true).hasSuffix("2 plausibele werelden die de bronnen reproduceren"))
    #expect(nl.findingLeadUndirected("v", 1, false).contains("wereld die getrokken is"))
    #expect(nl.compareRobustness("r", 1, 5, true, "v").contains("(die de bronnen reproduceert)"))
  }
}
