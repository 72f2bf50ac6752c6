import Foundation

/// One Dutch municipality (gemeente) as the model sees it.
public struct MunicipalityInfo: Sendable {
  public let index: Int
  public let code: String
  public let name: String
  public let population: Int
}

/// The 342 municipalities of 1 January 2023, embedded in the binary.
///
/// Provenance: `Sources/ReentryModel/Data/municipalities-2023.csv`, copied from
/// the project's shared data: CBS open data (CC BY 4.0), registered population
/// on 1 January 2023, CBS municipal division. Embedding it means a run never
/// reads anything outside the scenario files it is given.
public enum MunicipalityData {
  public static let all: [MunicipalityInfo] = parse(
    String(decoding: PackageResources.municipalities_2023_csv, as: UTF8.self))

  /// Parses `code,name,population` with optional double quotes around names.
  static func parse(_ text: String) -> [MunicipalityInfo] {
    var result: [MunicipalityInfo] = []
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = splitCSVLine(String(line))
      guard fields.count == 3, let population = Int(fields[2]) else {
        preconditionFailure("embedded municipality data is malformed: \(line)")
      }
      result.append(
        MunicipalityInfo(
          index: result.count, code: fields[0], name: fields[1], population: population))
    }
    return result
  }

  static func splitCSVLine(_ line: String) -> [String] {
    var fields: [String] = []
    var current = ""
    var quoted = false
    for character in line {
      if character == "\"" {
        quoted.toggle()
      } else if character == ",", !quoted {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
