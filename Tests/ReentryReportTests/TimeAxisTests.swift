import Foundation
import ReentryTestSupport
import ScenarioFormat
import Testing

@testable import ReentryExperiments
@testable import ReentryReport

/// The over-time charts' x axis: the rule is that the domain runs from the
/// first to the last sampled day exactly, with round ticks inside it, so the
/// axis never suggests days that were not simulated.
@Suite struct TimeAxisTests {
  @Test func aScaleEndingAtTheDataHasRoundTicksInsideIt() {
    let scale = LinearScale(covering: [0, 1093], from: 0, to: 100, endingAtData: true)
    #expect(scale.low == 0 && scale.high == 1093)
    #expect(scale(1093) == 100)
    #expect(scale.ticks == [0, 250, 500, 750, 1000])
  }

  @Test func theOverTimeChartsStopAtTheLastSampledDay() throws {
    let layout = CSVLayout.timeseries
    var text = layout.header + "\n"
    for day in [0, 400, 800, 1093] {
      text +=
        layout.line { column in
          switch column {
          case .replication: "0"
          case .day: String(day)
          case .series: "population"
          case .value: String(100 + day % 7)
          }
        } + "\n"
    }
    let html = TimeseriesSection.html(
      try Timeseries(try CSVTable(text, file: "timeseries.csv")), parameters: .null, context: RenderContext())
    let axis = try #require(html.components(separatedBy: #"<g class="axis x-axis">"#).dropFirst().first)
      .components(separatedBy: "</g>")[0]
    let ticks = axis.components(separatedBy: #"text-anchor="middle">"#).dropFirst()
      .compactMap { Double($0.prefix { $0 != "<" }.replacingOccurrences(of: ",", with: "")) }
    #expect(!ticks.isEmpty)
    #expect(ticks.allSatisfy { $0 <= 1093 }, "\(ticks)")
    // The last sampled day is drawn at the right end of the plot.
    let line = try #require(html.components(separatedBy: #"<polyline points=""#).dropFirst().first)
    let last = try #require(line.prefix { $0 != "\"" }.split(separator: " ").last)
    #expect(last.hasPrefix("582.0,"), "\(last)")
  }
}
