#!/usr/bin/env python3
"""Checks a `reentry report` page in headless Chromium (Python standard library only).

Usage: check-report.py RESULTS_DIR SCREENSHOT.png [--report FILE.html]

1. Loads the report with `chromium --dump-dom` and fails on any console
   message (script errors, blocked loads, Content-Security-Policy violations:
   the page has no scripts and loads nothing, so it should log none).
2. Checks the rendered DOM for the expected headings and for the headline
   figures, computed here independently from summary.csv / compare.csv /
   sweep.csv / robustness.json, and for the manifest digest.
3. Takes a 1280x2000 screenshot, decodes the PNG with zlib and fails if it
   is blank (too few colours or too little ink).
"""
import csv
from decimal import ROUND_HALF_UP, Decimal
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import zlib

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"]
MINUS = "\u2212"


def fail(message):
    print(f"check-report: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def chromium(args, profile, timeout=180):
    command = ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


# --- expected content, from the result files -------------------------------------------

def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def pct(x):
    """A share in percent with one decimal, as the report writes it: a true minus sign, never "-0.0"."""
    text = str((Decimal(x) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))  # half away from zero
    return text.lstrip("-") if float(text) == 0 else text.replace("-", MINUS)


def interval(low, high, n, separator, suffix=""):
    """The interval phrase of a headline, or what the report says when one replication gives none."""
    if low == "NA" or high == "NA":
        return f"no interval with {n} replication{'' if n == '1' else 's'}"
    # The report cuts a share's interval to the shares that exist (0 to 1, or -1 to 1 for a difference).
    floor = "0" if separator == "–" else "-1"
    low, high = max(Decimal(low), Decimal(floor)), min(Decimal(high), Decimal(1))
    return f"95% interval {pct(low)}{separator}{pct(high)}{suffix}"


def signed_pp(x):
    text = pct(x)
    return text if text.startswith(MINUS) or float(text) == 0 else "+" + text


def parameter_label(path):
    last = path.split(".")[-1]
    return re.sub(r"([A-Z])", lambda m: " " + m.group(1).lower(), last)


def expectations(results):
    manifest = json.load(open(os.path.join(results, "manifest.json"), encoding="utf-8"))
    kind = manifest.get("kind", "run")
    headings = ["Answer", "Parameters that differ from the baseline", "Provenance"]
    figures = [manifest["digest"]]
    if kind == "run":
        headings += ["Basic conditions at release", "Deadlines, waits and workload", "Over time"]
        row = next(r for r in read_csv(os.path.join(results, "summary.csv"))
                   if r["metric"] == "release_ready" and r["group"] == "all")
        figures.append(f"Release-ready: {pct(row['mean'])}% of releases "
                       f"({interval(row['ci_low'], row['ci_high'], row['n'], '–', '%')}).")
    elif kind == "compare":
        headings += [f"Release-ready: difference from {manifest['base']}", "Differences by metric and group", "All metrics"]
        rows = read_csv(os.path.join(results, "compare.csv"))
        for variant in manifest["variants"]:
            row = next(r for r in rows if r["metric"] == "release_ready" and r["group"] == "all" and r["variant"] == variant)
            figures.append(f"With {variant}: {signed_pp(row['diff_mean'])} percentage points")
            figures.append(f"({interval(row['diff_ci_low'], row['diff_ci_high'], row['n'], ' to ')})")
    elif kind == "sweep":
        headings += ["Headline metrics against the", "Release-ready by group at each point"]
        rows = [r for r in read_csv(os.path.join(results, "sweep.csv"))
                if r["metric"] == "release_ready" and r["group"] == "all"]
        path = manifest["vary"][0]
        if len(manifest["vary"]) == 1:
            first, last = rows[0], rows[-1]
            figures.append(f"Release-ready goes from {pct(first['mean'])}% at {parameter_label(path)} {first[path]} "
                           f"to {pct(last['mean'])}% at {last[path]}")
    elif kind == "robustness":
        headings = ["Answer", "Provenance", "Release-ready: effect in every plausible world", "Cost beside effect",
                    "Which variant is the best buy?", "Which variant is best?", "What the choice hangs on",
                    "Kept and rejected worlds",
                    "Drawn assumptions and their ranges"]
        summary = json.load(open(os.path.join(results, "robustness.json"), encoding="utf-8"))
        kept, draws = summary["kept"], summary["draws"]
        if summary["filter"] == "none":
            figures.append(f"All {draws} drawn worlds were kept")
        else:
            figures.append(f"{kept} of {draws} drawn worlds were kept")
        for variant in summary["variants"]:
            lead = next((m for m in variant["metrics"] if m["metric"] == "release_ready"), None)
            if lead is None:
                figures.append(f"{variant['name']}: no drawn world was kept")
                continue
            share = f"{lead['probabilityImprovement'] * 100:.0f}"
            # The share is followed by its Wilson 95% interval, then the number of worlds.
            figures.append(f"{variant['name']} raises release-readiness in {share}% (95% interval")
            figures.append(f"of the {lead['draws']} plausible world")
            low, high = lead["range90"]
            figures.append(f"median {signed_pp(lead['medianEffect'])} percentage points, "
                           f"90% range {signed_pp(low)} to {signed_pp(high)}")
    else:
        fail(f"{results}: unknown kind {kind!r}")
    return kind, headings, figures


# --- PNG decoding --------------------------------------------------------------------------

def png_pixels(path):
    """Returns (width, height, bytes per pixel, raw pixel rows) of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path}: not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length = int.from_bytes(data[pos:pos + 4], "big")
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height = int.from_bytes(header[0:4], "big"), int.from_bytes(header[4:8], "big")
    depth, colour, interlace = header[8], header[9], header[12]
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        fail(f"{path}: unsupported PNG (bit depth {depth}, colour type {colour}, interlace {interlace})")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        unfilter(kind, row, previous, bpp)
        rows.append(row)
        previous = row
    return width, height, bpp, rows


def add_bytes(a, b, n):
    """Bytewise a + b mod 256 of two n-byte strings, all at once (no carries between bytes)."""
    x, y = int.from_bytes(a, "big"), int.from_bytes(b, "big")
    low, high = int.from_bytes(b"\x7f" * n, "big"), int.from_bytes(b"\x80" * n, "big")
    return (((x & low) + (y & low)) ^ ((x ^ y) & high)).to_bytes(n, "big")


def unfilter(kind, row, previous, bpp):
    n = len(row)
    if kind == 0:
        return
    if kind == 1:  # Sub: a running sum per channel, done by doubling shifts
        shift = bpp
        while shift < n:
            row[shift:] = add_bytes(bytes(row[shift:]), bytes(row[:n - shift]), n - shift)
            shift *= 2
    elif kind == 2:  # Up
        row[:] = add_bytes(bytes(row), bytes(previous), n)
    elif kind == 3:  # Average
        for i in range(n):
            left = row[i - bpp] if i >= bpp else 0
            row[i] = (row[i] + ((left + previous[i]) >> 1)) & 255
    elif kind == 4:  # Paeth
        for i in range(n):
            a = row[i - bpp] if i >= bpp else 0
            b = previous[i]
            c = previous[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    else:
        fail(f"unknown PNG filter type {kind}")


def check_not_blank(path):
    width, height, bpp, rows = png_pixels(path)
    colours, ink, total = set(), 0, 0
    for row in rows[::2]:
        for i in range(0, len(row), bpp * 2):
            pixel = bytes(row[i:i + 3])
            colours.add(pixel)
            total += 1
            if pixel[0] < 200 or pixel[1] < 200 or pixel[2] < 200:
                ink += 1
    share = ink / max(1, total)
    if len(colours) < 32 or share < 0.02:
        fail(f"{path}: looks blank ({len(colours)} distinct colours, {share:.1%} of pixels not near-white)")
    return f"{width}x{height}, {len(colours)} colours, {share:.1%} ink"


# --- main --------------------------------------------------------------------------------------

def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(64)
    results, screenshot = argv[0], argv[1]
    report = argv[3] if len(argv) > 3 and argv[2] == "--report" else os.path.join(results, "report.html")
    if not os.path.isfile(report):
        fail(f"{report}: missing; run reentry report {results} first")
    url = "file://" + os.path.abspath(report)
    kind, headings, figures = expectations(results)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as profile:
        dom = chromium(["--enable-logging=stderr", "--v=0", "--dump-dom", url], profile)
        if dom.returncode != 0:
            fail(f"chromium --dump-dom exited {dom.returncode}: {dom.stderr[-2000:]}")
        problems = [line for line in dom.stderr.splitlines()
                    if ":CONSOLE" in line or "Uncaught" in line or "net::ERR" in line]
        if problems:
            fail(f"{report}: the page logged errors in the browser:\n" + "\n".join(problems))
        text = html.unescape(re.sub(r"<[^>]+>", "", dom.stdout))
        text = re.sub(r"\s+", " ", text)
        for heading in headings:
            if not re.search(r"<h[12][^>]*>" + re.escape(html.escape(heading, quote=False)), dom.stdout):
                fail(f"{report}: no heading starting with {heading!r} in the rendered page")
        for figure in figures:
            if figure not in text:
                fail(f"{report}: the rendered page does not contain {figure!r}")
        if dom.stdout.count("<svg") != dom.stdout.count('<figure class="chart"') or dom.stdout.count("<svg") == 0:
            fail(f"{report}: every chart must be one figure with one svg")
        shot = chromium([f"--screenshot={os.path.abspath(screenshot)}", "--window-size=1280,2000", url], profile)
        if shot.returncode != 0 or not os.path.isfile(screenshot):
            fail(f"chromium --screenshot exited {shot.returncode}: {shot.stderr[-2000:]}")
    pixels = check_not_blank(screenshot)
    print(f"check-report: ok: {kind} report {report}: {len(headings)} headings, {len(figures)} figures, "
          f"{dom.stdout.count('<svg')} charts, screenshot {pixels} ({time.monotonic() - started:.1f} s)")


if __name__ == "__main__":
    main(sys.argv[1:])
