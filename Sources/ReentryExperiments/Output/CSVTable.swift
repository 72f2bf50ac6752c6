/// A CSV result file read back (by the report, the terminal tables): header,
/// records and their line numbers.
///
/// It lives beside the writers so that writing and reading a result file
/// meet in one place, the file's `CSVLayout`. Our writers quote a field only when it holds a comma, quote or newline
/// (`TextFormat.csvField`), so this reads RFC 4180 quoting, including
/// newlines inside quotes, and reports every problem with the file name and
/// line so the user knows which file of the results directory is wrong.
package struct CSVTable: Sendable {
  package struct Record: Sendable {
    package let fields: [String]
    /// The 1-based line on which the record starts.
    package let line: Int
  }

  /// The file as shown in messages.
  package let file: String
  package let header: [String]
  package let records: [Record]

  package init(_ text: String, file: String) throws(InputError) {
    self.file = file
    var all = try Self.parse(text, file: file)
    guard !all.isEmpty else { throw InputError.invalid(file, "is empty; expected a header line") }
    header = all.removeFirst().fields
    for record in all where record.fields.count != header.count {
      throw InputError.invalid(
        file,
        "line \(record.line): expected \(header.count) fields as in the header, found \(record.fields.count)")
    }
    records = all
  }

  /// The index of a column, or an error naming the header that was expected.
  package func column(_ name: String) throws(InputError) -> Int {
    guard let index = header.firstIndex(of: name) else {
      throw InputError.invalid(file, "line 1: no column \"\(name)\" in the header \"\(header.joined(separator: ","))\"")
    }
    return index
  }

  /// A number field; "NA" (a missing value in our files) reads as NaN.
  package func number(_ record: Record, _ column: Int) throws(InputError) -> Double {
    let text = record.fields[column]
    if text == "NA" { return .nan }
    guard let value = Double(text), value.isFinite else {
      throw InputError.invalid(
        file,
        "line \(record.line), column \(header[column]): \"\(text)\" is not allowed; allowed: a number or NA")
    }
    return value
  }

  /// A non-negative integer field such as `n`.
  package func count(_ record: Record, _ column: Int) throws(InputError) -> Int {
    let text = record.fields[column]
    guard let value = Int(text), value >= 0 else {
      throw InputError.invalid(
        file,
        "line \(record.line), column \(header[column]): \"\(text)\" is not allowed; allowed: a whole number ≥ 0")
    }
    return value
  }

  /// Splits text into records of fields; a final newline ends the last record.
  private static func parse(_ text: String, file: String) throws(InputError) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var start = 1
    var quoted = false
    var afterQuote = false
    var any = false
    var scalars = text.unicodeScalars.makeIterator()
    while let c = scalars.next() {
      if quoted {
        if c == "\"" {
          quoted = false
          afterQuote = true
        } else {
          field.unicodeScalars.append(c)
        }
        if c == "\n" { line += 1 }
        continue
      }
      switch c {
      case "\"":
        if afterQuote {
          field.append("\"")  // "" inside a quoted field is one quote
        } else if !field.isEmpty {
          throw InputError.invalid(file, "line \(line): a quote inside an unquoted field")
        }
        quoted = true
        afterQuote = false
      case ",":
        fields.append(field)
        field = ""
        afterQuote = false
      case "\r":
        continue
      case "\n":
        fields.append(field)
        records.append(Record(fields: fields, line: start))
        (fields, field, afterQuote, any) = ([], "", false, false)
        line += 1
        start = line
        continue
      default:
        guard !afterQuote else {
          throw InputError.invalid(file, "line \(line): text after a closing quote")
        }
        field.unicodeScalars.append(c)
      }
      any = true
    }
    if quoted { throw InputError.invalid(file, "line \(start): a quoted field is not closed") }
    if any || !fields.isEmpty || !field.isEmpty {
      fields.append(field)
      records.append(Record(fields: fields, line: start))
    }
    return records
  }
}
