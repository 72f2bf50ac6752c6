/// The Okabe–Ito palette: eight colours that stay distinct for the common
/// forms of colour blindness. Lines also differ by dash pattern, so no chart
/// relies on colour alone.
///
/// Every colour drawn as a mark meets WCAG AA for graphics, a contrast of at
/// least 3:1 against the white page. Okabe–Ito's orange (#E69F00, 2.25:1) and
/// sky blue (#56B4E9, 2.31:1) do not, so both are darkened in their own hue
/// to about 3.2:1; a test computes every ratio.
enum Palette {
  static let black = "#000000"
  /// Okabe–Ito orange darkened from #E69F00 to reach 3:1 on white.
  static let orange = "#BF8400"
  /// Okabe–Ito sky blue darkened from #56B4E9 to reach 3:1 on white.
  static let skyBlue = "#4897C4"
  static let green = "#009E73"
  static let yellow = "#F0E442"
  static let blue = "#0072B2"
  static let vermillion = "#D55E00"
  static let purple = "#CC79A7"
  /// Grid lines and axis text: greys with enough contrast on white.
  static let grid = "#DDDDDD"
  static let axis = "#444444"

  /// Series colours in order of use (yellow is left out: too light on white for lines, 1.3:1).
  static let series = [blue, vermillion, green, purple, orange, skyBlue, black]
  /// Dash patterns in the same order, "" for solid.
  static let dashes = ["", "6 3", "2 3", "8 3 2 3", "4 4", "10 4", "1 2"]

  static func colour(_ i: Int) -> String { series[i % series.count] }
  static func dash(_ i: Int) -> String { dashes[i % dashes.count] }
}
