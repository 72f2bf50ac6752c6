import SimKernel

/// The folder `reentry report --figures DIR` writes: the charts' files and a
/// `manifest.json` of kind "figures" over them.
///
/// The manifest makes the folder a result of ours, so it obeys the rules of
/// every `--out`: a later report replaces it whole (two reports' charts are
/// never mixed), and figures are never written into a folder of other files
/// or into another result (which the next `run --out` there would then refuse).
package enum FigureFolder {
  package static let kind = "figures"

  /// The chart files followed by their manifest.
  package static func files(_ charts: [(name: String, contents: String)]) -> [(name: String, bytes: [UInt8])] {
    let files = charts.map { (name: $0.name, bytes: Array($0.contents.utf8)) }
    let manifest = ResultManifest(
      fields: [("kind", .string(kind))], inputs: [], files: files.map { ($0.name, SHA256.hex($0.bytes)) })
    return files + [("manifest.json", Array(manifest.json.utf8))]
  }
}
