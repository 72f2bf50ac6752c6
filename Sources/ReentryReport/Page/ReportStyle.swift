/// The report's only stylesheet, inlined in the page: system fonts (nothing
/// to download), readable line lengths, and a print layout that drops the
/// navigation and keeps each chart on one page.
///
/// In print the first A4 page is a one-page summary: the answer with its
/// caveat and the headline chart (the first section), set a little smaller
/// so they fit; every later section starts on a new page. A memo can then
/// attach page one alone. With many findings the answer prints compact and
/// the comparison's headline chart at a fixed scale per row (`PrintLayout`).
enum ReportStyle {
  static let css = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0; color: #1a1a1a; background: #fff;
      font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", sans-serif; }
    header, nav, main, footer { max-width: 1260px; margin: 0 auto; padding: 0 24px; }
    header { padding-top: 20px; }
    h1 { font-size: 1.85rem; line-height: 1.2; margin: 0 0 4px; }
    h2 { font-size: 1.35rem; border-bottom: 1px solid #bbb; padding-bottom: 3px; margin: 0 0 10px; }
    h3 { font-size: 1.1rem; margin: 18px 0 6px; }
    .kind { color: #444; margin: 0; }
    .edited-warning { border: 3px solid #B00020; background: #FDECEE; color: #600010; font-weight: 700; padding: 10px 16px; }
    .scenario-description { color: #333; max-width: 80ch; margin: 6px 0 0; }
    .answer { border-left: 6px solid #0072B2; background: #F1F6FA; padding: 10px 20px 12px; margin: 14px 0 6px; }
    .answer h2 { border: 0; margin: 0; font-size: 1rem; text-transform: uppercase; letter-spacing: .05em; color: #0b4f7a; }
    .headline { font-size: 1.55rem; font-weight: 700; line-height: 1.3; margin: 4px 0 8px; }
    ul.headlines { list-style: none; padding: 0; margin: 4px 0 8px; }
    ul.headlines li { margin: 0 0 6px; }
    ul.headlines li .lead { font-size: 1.2rem; font-weight: 700; }
    .answer ul.points { margin: 4px 0; padding-left: 1.2em; }
    .caveat { font-size: .9rem; color: #333; margin: 8px 0 0; max-width: 100ch; }
    nav ol { display: flex; flex-wrap: wrap; gap: 2px 18px; list-style: none; padding: 0; margin: 6px 0 0; font-size: .95rem; }
    nav a, summary { color: #0b5394; }
    section { margin: 30px 0; }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(560px, 100%), 1fr)); gap: 18px 32px; align-items: start; }
    .charts.wide { grid-template-columns: 1fr; }
    figure.chart { margin: 0; }
    figcaption .chart-title { display: block; font-weight: 700; }
    figcaption .chart-note { display: block; font-size: .85rem; color: #444; }
    figure.chart svg { display: block; max-width: 100%; height: auto; margin-top: 4px; }
    svg text { font-size: 12px; fill: #1a1a1a; }
    svg .grid { stroke: #e4e4e4; }
    svg .domain { stroke: #555; }
    svg .zero { stroke: #000; stroke-width: 1.5; }
    svg .whisker { stroke: #000; stroke-width: 1.6; fill: none; }
    svg .strong { font-weight: 700; }
    svg .axis-title { font-size: 12.5px; fill: #333; }
    svg .window { fill: #F0E442; fill-opacity: .22; }
    svg .window-label { font-size: 11px; fill: #4d4d4d; }
    svg .top-tick { fill: #555; }
    details { margin: 4px 0 0; }
    summary { cursor: pointer; font-size: .9rem; }
    .table-wrap { overflow: auto; max-height: 30rem; }
    table { border-collapse: collapse; font-size: .88rem; margin: 6px 0; }
    caption { text-align: left; font-weight: 600; padding: 2px 0 4px; }
    th, td { padding: 3px 10px; border-bottom: 1px solid #e2e2e2; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #999; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: .86em; overflow-wrap: anywhere; }
    .assumption { display: inline-block; border: 1px solid #8a5a00; background: #FFF1CC; color: #4d3200;
      padding: 0 6px; border-radius: 3px; font-size: .78rem; font-weight: 700; white-space: nowrap; }
    .note { color: #444; font-size: .92rem; max-width: 100ch; }
    footer { color: #555; font-size: .85rem; padding-top: 8px; padding-bottom: 32px; border-top: 1px solid #ddd; }
    @page { size: A4; margin: 12mm 14mm; }
    @media print {
      body { font-size: 10.5pt; }
      nav, summary { display: none; }
      header, nav, main, footer { max-width: none; padding: 0; }
      .charts { display: block; }
      figure.chart { break-inside: avoid; margin: 0 0 14px; }
      .answer { background: none; border: 2px solid #0072B2; }
      .table-wrap { max-height: none; overflow: visible; }
      h2, h3 { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      h1 { font-size: 14pt; }
      header .kind, header .scenario-description { margin: 2px 0; font-size: 8pt; line-height: 1.3; }
      .answer { font-size: 7.5pt; line-height: 1.25; padding: 4px 10px; margin: 4px 0; }
      .answer h2 { font-size: 8pt; }
      .answer .headline { font-size: 12pt; margin: 2px 0 4px; }
      .answer ul, .answer p { margin: 3px 0; }
      .answer p, .answer .caveat { font-size: 7.5pt; max-width: none; }
      ul.headlines li { margin: 0 0 3px; }
      ul.headlines li .lead { font-size: 8pt; }
      main > section:first-child h2 { margin-top: 4px; font-size: 11pt; }
      figcaption .chart-note { font-size: 7.5pt; }
      main > section:first-child figure.chart { margin: 0; }
      main > section:first-child figure.chart svg { max-height: 48mm; width: auto; }
      main > section:first-child details { display: none; }
      ul.headlines.compact .detail { display: none; }
      ul.headlines.compact li { margin: 0 0 2px; }
      figure#overview svg { width: \(SVGNumber.text(PrintLayout.chartWidthMillimetres))mm; max-width: 100%; height: auto; max-height: none; }
      main > section:first-child { margin-top: 10px; }
      main > section + section { break-before: page; }
    }
    """
}
