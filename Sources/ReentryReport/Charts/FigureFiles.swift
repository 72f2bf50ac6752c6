import Foundation
import ReentryExperiments

/// Every chart of a report as files (`reentry report --figures DIR`): a
/// standalone SVG and the CSV of its numbers, numbered in page order and
/// named after the chart's title in the report's language, e.g.
/// `01-basic-conditions-in-order-at-release.svg` and `.csv`.
///
/// Memos quote single charts; files named as the page titles them spare
/// their authors screenshots and retyped numbers.
package struct FigureFiles: Sendable {
  /// File name and contents, in page order, SVG before CSV.
  package let files: [(name: String, contents: String)]

  init(_ figures: [ChartFigure]) {
    let digits = max(2, String(figures.count).count)
    files = figures.enumerated().flatMap { i, figure in
      let number = String(i + 1)
      let stem = String(repeating: "0", count: digits - number.count) + number + "-" + FileSlug.of(figure.title)
      return [(stem + ".svg", figure.svgDocument), (stem + ".csv", figure.table.csv)]
    }
  }

}
