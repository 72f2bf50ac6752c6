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

  /// Writes the files into `directory` so that a failure leaves no half
  /// file: all are written into a temporary directory beside it first, then
  /// renamed into place (the whole directory when it is new, else file by file).
  package func write(to directory: String) throws(InputError) {
    let fm = FileManager.default
    let target = URL(fileURLWithPath: directory).standardizedFileURL
    let parent = target.deletingLastPathComponent()
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).tmp-\(UUID().uuidString)")
    do {
      try fm.createDirectory(at: parent, withIntermediateDirectories: true)
      try fm.createDirectory(at: staging, withIntermediateDirectories: false)
      defer { try? fm.removeItem(at: staging) }
      for file in files {
        try Data(file.contents.utf8).write(to: staging.appendingPathComponent(file.name))
      }
      var isDirectory: ObjCBool = false
      if !fm.fileExists(atPath: target.path, isDirectory: &isDirectory) {
        try fm.moveItem(at: staging, to: target)
      } else if isDirectory.boolValue {
        for file in files {
          let url = target.appendingPathComponent(file.name)
          guard rename(staging.appendingPathComponent(file.name).path, url.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
          }
        }
      } else {
        throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: target.path])
      }
    } catch {
      throw InputError(.cannotCreate, "\(directory): cannot write the figures: \(error.localizedDescription)")
    }
  }
}
