import Foundation
import Testing

@testable import ReentryReport

/// WCAG AA for graphics: every colour a chart draws marks in has a contrast
/// of at least 3:1 against the white page, computed as WCAG 2 defines it.
@Suite("Palette contrast")
struct PaletteContrastTests {
  @Test(arguments: Palette.series + [Palette.blue, Palette.vermillion, Palette.skyBlue, Palette.axis])
  func everyMarkColourHasThreeToOneOnWhite(_ colour: String) throws {
    let ratio = try #require(Self.contrast(colour, "#FFFFFF"))
    #expect(ratio >= 3, "\(colour): \(ratio):1")
  }

  @Test func theRatiosAreWCAGs() throws {
    // Known values: black on white is 21:1, and Okabe–Ito's original orange fails at 2.25:1.
    #expect(abs(try #require(Self.contrast("#000000", "#FFFFFF")) - 21) < 0.01)
    #expect(abs(try #require(Self.contrast("#E69F00", "#FFFFFF")) - 2.25) < 0.01)
  }

  /// The WCAG 2 contrast ratio of two `#RRGGBB` colours.
  static func contrast(_ a: String, _ b: String) -> Double? {
    guard let la = luminance(a), let lb = luminance(b) else { return nil }
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }

  static func luminance(_ hex: String) -> Double? {
    guard hex.count == 7, hex.hasPrefix("#"), let value = Int(hex.dropFirst(), radix: 16) else { return nil }
    let channels = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { c -> Double in
      let s = Double(c) / 255
      return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
  }
}
