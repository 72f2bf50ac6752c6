import Foundation

/// The charts built while a report renders, for `report --figures`.
///
/// Charts are rendered deep inside the sections as markup strings; a
/// task-local log collects each one as it is built instead of threading a
/// list through every section, and keeps concurrent renders (tests run in
/// parallel) apart, as `ReportLanguage.current` does for the language.
final class FigureLog: @unchecked Sendable {
  /// The log of the render on this task; nil outside `Report.render`, when nothing is recorded.
  @TaskLocal static var current: FigureLog?

  private let lock = NSLock()
  private var figures: [ChartFigure] = []

  func record(_ figure: ChartFigure) {
    lock.withLock { figures.append(figure) }
  }

  /// The charts in the order the page shows them (by where each id first
  /// occurs in `html`), each once, whatever order the sections built them in.
  func inPageOrder(of html: String) -> [ChartFigure] {
    let all = lock.withLock { figures }
    var seen = Set<String>()
    let unique = all.filter { seen.insert($0.id).inserted }
    func position(_ figure: ChartFigure) -> Int {
      guard let r = html.range(of: "id=\"\(HTML.escape(figure.id))\"") else { return .max }
      return html.utf8.distance(from: html.startIndex, to: r.lowerBound)
    }
    return unique.map { ($0, position($0)) }.filter { $0.1 != .max }.sorted { $0.1 < $1.1 }.map(\.0)
  }
}
