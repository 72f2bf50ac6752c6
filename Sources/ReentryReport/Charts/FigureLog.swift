import Foundation

/// The charts placed on a report's page, for `report --figures`.
///
/// One log belongs to one render (`RenderContext`); sections may build their
/// charts in any order, and `inPageOrder` puts them in the order the page shows them.
final class FigureLog: @unchecked Sendable {
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
