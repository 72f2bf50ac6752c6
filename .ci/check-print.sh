#!/usr/bin/env bash
# Checks that the printed report's first A4 page is a one-page summary
# (issue 18): prints the page with headless Chromium, extracts page 1 with
# pdftotext (poppler-utils) and checks that it holds the answer's headline,
# the start of the caveat, the headline chart's title and the whole chart
# (its first and last row's value label and its axis title), every
# finding's lead and, for a comparison, each variant's staff cost beside
# its effect, and that the next section starts on a later page. The
# expected texts are read from the page itself, so the check works in every
# language. With PNG=FILE in the environment it also renders page 1 to FILE
# with pdftoppm at 60 dpi (what docs/ shows).
#
# Usage: .ci/check-print.sh RESULT_DIR [REPORT.html]   (default RESULT_DIR/report.html)
set -euo pipefail
dir="$1"
report="$(realpath "${2:-$dir/report.html}")"
command -v pdftotext >/dev/null || (apt-get update && apt-get install -y poppler-utils)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --no-first-run \
  --print-to-pdf="$work/report.pdf" "file://$report" 2>"$work/chromium.log" || { cat "$work/chromium.log"; exit 1; }
pdftotext -f 1 -l 1 -layout "$work/report.pdf" "$work/page1.txt"
pdftotext -f 2 -l 2 -layout "$work/report.pdf" "$work/page2.txt"
if [ -n "${PNG:-}" ]; then
  pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$work/report.pdf" "${PNG%.png}"
fi
python3 - "$report" "$work/page1.txt" "$work/page2.txt" <<'PY'
import html, re, sys

page = open(sys.argv[1], encoding="utf-8").read()
first, second = (open(p, encoding="utf-8").read() for p in sys.argv[2:4])


def words(text):
    """Whitespace-normalised, without the hyphens a line break may add."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def element(cls):
    m = re.search(r'<(\w+)[^>]*class="%s"[^>]*>(.*?)</\1>' % cls, page, re.S)
    if not m:
        sys.exit(f"check-print: no element of class {cls} in {sys.argv[1]}")
    return words(m.group(2))


def elements(cls, within=page):
    return [words(m.group(2)) for m in re.finditer(r'<(\w+)[^>]*class="%s"[^>]*>(.*?)</\1>' % cls, within, re.S)]


headline = element("lead") if 'class="lead"' in page else element("headline")
expected = {
    "the answer's headline": headline.split(":")[0] + ":",
    "the caveat's start": " ".join(element("caveat").split()[:6]),
    "the headline chart's title": " ".join(element("chart-title").split()[:5]),
}
# The headline chart whole: its first and last value labels and its axis title.
chart = re.search(r'<figure class="chart"[^>]*>.*?</figure>', page, re.S).group(0)
values = elements("value", chart)
if values:
    expected["the headline chart's first row"] = values[0]
    expected["the headline chart's last row"] = values[-1]
axis = elements("axis-title", chart)
if axis:
    expected["the headline chart's axis title"] = axis[-1]
# Every finding's lead, and its staff cost (effect and cost side by side).
for i, lead in enumerate(elements("lead")[1:], 2):
    expected[f"finding {i}'s lead"] = lead.split(":")[0] + ":"
for i, cost in enumerate(elements("cost"), 1):
    expected[f"finding {i}'s staff cost"] = " ".join(cost.split()[:4])
text = " ".join(first.split())
problems = [f"page 1 lacks {what}: {want!r}" for what, want in expected.items() if want not in text]
headings = re.findall(r'<h2 id="[^"]+-h">(.*?)</h2>', page)
if len(headings) > 1 and words(headings[1]) in text:
    problems.append(f"the second section {words(headings[1])!r} starts on page 1, not on a new page")
if not second.strip():
    problems.append("there is no page 2: the rest of the report is missing from the print")
if problems:
    print("\n".join(problems) + "\n--- page 1 ---\n" + first, file=sys.stderr)
    sys.exit(1)
shown = list(expected.items())[:6]
print(f"check-print: page 1 of {sys.argv[1]} has " + "; ".join(f"{k} {v!r}" for k, v in shown)
      + f"; and {len(expected) - len(shown)} more (every finding's lead and staff cost)")
PY
