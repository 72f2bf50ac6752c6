import ReentryExperiments

/// The frame of every report: head, title block, the answer, a list of
/// contents and the sections, in one self-contained HTML document.
///
/// A Content-Security-Policy forbids every network fetch and script, so even
/// a text that slipped past escaping could not load anything: the page works
/// offline and shows only what we generated.
struct ReportPage: Sendable {
  struct Section: Sendable {
    let id: String
    let heading: String
    /// Markup under the heading.
    let content: String
  }

  let title: String
  /// One line under the title: what kind of result, seed, replications.
  let kind: String
  let description: String
  /// Markup of the answer box's body.
  let answer: String
  let sections: [Section]
  /// Plain text shown above everything else, for a result whose files were
  /// edited after they were written (`report --allow-edited`); nil for none.
  var warning: String? = nil

  /// The whole document, its frame in the words of `t`.
  func html(_ t: Strings) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="\(t.htmlLang)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <meta name="generator" content="reentry \(HTML.escape(ReentryVersion.current))">

      """
    out += HTML.text("title", title) + "\n<style>\n" + ReportStyle.css + "</style>\n</head>\n<body>\n"
    if let warning { out += HTML.text("p", [("class", "edited-warning"), ("role", "alert")], warning) + "\n" }
    out += "<header>" + HTML.text("h1", title) + HTML.text("p", [("class", "kind")], kind)
    if !description.isEmpty { out += HTML.text("p", [("class", "scenario-description")], description) }
    out += HTML.tag(
      "section", [("class", "answer"), ("aria-labelledby", "answer")],
      HTML.text("h2", [("id", "answer")], t.answerHeading) + answer)
    out += "</header>\n<nav aria-label=\"\(HTML.escape(t.contents))\"><ol>"
    for section in sections { out += HTML.tag("li", HTML.text("a", [("href", "#" + section.id)], section.heading)) }
    out += "</ol></nav>\n<main>\n"
    for section in sections {
      out +=
        HTML.tag(
          "section", [("id", section.id), ("aria-labelledby", section.id + "-h")],
          HTML.text("h2", [("id", section.id + "-h")], section.heading) + section.content) + "\n"
    }
    out +=
      "</main>\n<footer>"
      + HTML.text("p", t.footer(ReentryVersion.current))
    return out + "</footer>\n</body>\n</html>\n"
  }
}
