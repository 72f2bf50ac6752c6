/// The numbers behind a chart as an HTML table: screen readers, copy and
/// paste, and readers who want the exact values all use it.
struct DataTable: Sendable {
  let caption: String
  let header: [String]
  let rows: [[String]]
  /// The columns that hold numbers and are right-aligned.
  let numeric: ClosedRange<Int>

  init(caption: String, header: [String], rows: [[String]], numericFrom: Int = 1, numericThrough: Int = .max) {
    self.caption = caption
    self.header = header
    self.rows = rows
    self.numeric = numericFrom...max(numericFrom, numericThrough)
  }

  var html: String {
    var out = "<div class=\"table-wrap\"><table>" + HTML.text("caption", caption) + "<thead><tr>"
    for (i, h) in header.enumerated() {
      out += HTML.text("th", [("scope", "col")] + (numeric.contains(i) ? [("class", "num")] : []), h)
    }
    out += "</tr></thead><tbody>"
    for row in rows {
      out += "<tr>"
      for (i, cell) in row.enumerated() {
        out +=
          i == 0
          ? HTML.text("th", [("scope", "row")], cell)
          : HTML.text("td", numeric.contains(i) ? [("class", "num")] : [], cell)
      }
      out += "</tr>"
    }
    return out + "</tbody></table></div>"
  }

  /// The table as CSV (`report --figures`): the header, then the rows with
  /// exactly the cells the page shows, so the file and the page never disagree.
  /// A cell holding a comma (a Dutch decimal), quote or line break is quoted.
  var csv: String {
    func field(_ cell: String) -> String {
      guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
      return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return ([header] + rows).map { $0.map(field).joined(separator: ",") + "\n" }.joined()
  }
}
