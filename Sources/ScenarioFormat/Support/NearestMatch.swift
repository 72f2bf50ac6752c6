/// Finds the known name closest to a misspelt one, so that error messages
/// can say "did you mean …?" instead of leaving users to guess.
public enum NearestMatch {
  /// The candidate with the smallest case-insensitive Levenshtein distance to
  /// `word`, if that distance is at most max(2, word length / 3); ties go to
  /// the earliest candidate. An exact match is never suggested.
  public static func suggestion(for word: String, among candidates: [String]) -> String? {
    let limit = max(2, word.count / 3)
    var best: (name: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let d = distance(word, candidate)
      if d <= limit && d < (best?.distance ?? Int.max) { best = (candidate, d) }
    }
    return best?.name
  }

  /// Case-insensitive Levenshtein distance over Unicode characters.
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased())
    let y = Array(b.lowercased())
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[y.count]
  }
}
