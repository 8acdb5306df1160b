namespace Priorities.Reports;

/// <summary>The report's inline style sheet: readable on screen, tidy in print, no external resources.</summary>
internal static class HtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --rule: #b1b4b6; --head: #e8edf2; --accent: #1f4e89; }
        * { box-sizing: border-box; }
        body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; font: 1rem/1.5 "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #ffffff; }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1rem; }
        h2 { font-size: 1.45rem; margin: 2rem 0 0.75rem; padding-top: 0.5rem; border-top: 3px solid var(--accent); }
        h3 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1.05rem; margin: 1rem 0 0.4rem; }
        a { color: var(--accent); }
        a:focus, .table-wrap:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
        .meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 1rem; }
        .meta dt { font-weight: 700; }
        .meta dd { margin: 0; }
        .notice { border-left: 6px solid #a0203c; background: #fbeef0; padding: 0.6rem 1rem; margin: 1rem 0; }
        .notice p { margin: 0; }
        nav ol { columns: 2; margin: 0.5rem 0 1rem; }
        .table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.95rem; table-layout: fixed; }
        caption { text-align: left; font-weight: 700; padding: 0 0 0.3rem; color: var(--muted); }
        th, td { border: 1px solid var(--rule); padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        .rag { font-weight: 700; }
        .rag-red { background: #f8d0d0; } .rag-amber { background: #fce5b6; } .rag-green { background: #d4edda; } .rag-grey { background: #e5e5e5; }
        thead th { background: var(--head); }
        tbody th { font-weight: 600; }
        tbody tr:nth-child(even) { background: #f6f7f8; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        figure { margin: 1rem 0; }
        figcaption { color: var(--muted); font-weight: 700; margin-bottom: 0.3rem; }
        svg.chart { width: 100%; height: auto; font: 13px "Segoe UI", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
        svg.chart .label, svg.chart .total, svg.chart .legend text { fill: #1b1b1b; }
        svg.chart .value { fill: #ffffff; font-weight: 700; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.35; }
          h1 { font-size: 17pt; } h2 { font-size: 14pt; margin: 1rem 0 0.4rem; } h3 { font-size: 12pt; margin: 0.8rem 0 0.3rem; }
          h4 { font-size: 11pt; margin: 0.6rem 0 0.3rem; }
          p, ul, .meta, figure { margin-top: 0.2rem; margin-bottom: 0.4rem; }
          table { font-size: 9pt; }
          th, td { padding: 0.15rem 0.35rem; }
          .new-page { break-before: page; page-break-before: always; }
          svg.chart { max-height: 105mm; }
          nav { display: none; }
          a { color: inherit; text-decoration: none; }
          h2 { border-top-width: 2px; }
          h2, h3, h4, caption, figcaption { break-after: avoid; page-break-after: avoid; }
          tr, figure, .notice { break-inside: avoid; page-break-inside: avoid; }
          thead { display: table-header-group; }
          tbody tr:nth-child(even), thead th, .notice, svg.chart, .rag { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          .table-wrap { overflow: visible; }
        }
        @page { size: A4; margin: 16mm 14mm; }
        """;
}
