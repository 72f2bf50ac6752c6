/// The Okabe–Ito palette: eight colours that stay distinct for the common
/// forms of colour blindness. Lines also differ by dash pattern, so no chart
/// relies on colour alone.
enum Palette {
  static let black = "#000000"
  static let orange = "#E69F00"
  static let skyBlue = "#56B4E9"
  static let green = "#009E73"
  static let yellow = "#F0E442"
  static let blue = "#0072B2"
  static let vermillion = "#D55E00"
  static let purple = "#CC79A7"
  /// Grid lines and axis text: greys with enough contrast on white.
  static let grid = "#DDDDDD"
  static let axis = "#444444"

  /// Series colours in order of use (yellow is left out: too light on white for lines).
  static let series = [blue, vermillion, green, purple, orange, skyBlue, black]
  /// Dash patterns in the same order, "" for solid.
  static let dashes = ["", "6 3", "2 3", "8 3 2 3", "4 4", "10 4", "1 2"]

  static func colour(_ i: Int) -> String { series[i % series.count] }
  static func dash(_ i: Int) -> String { dashes[i % dashes.count] }
}
