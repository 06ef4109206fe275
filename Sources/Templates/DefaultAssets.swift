/// The embedded default theme's stylesheet and script. `templates/assets/site.css` and
/// `templates/assets/site.js` in a site replace them.
enum DefaultAssets {
    static let css = #"""
    :root {
      --text: #1d2330; --muted: #5b6475; --line: #dfe3ea; --bg: #ffffff; --panel: #f5f7fa;
      --accent: #a4161a; --accent-ink: #7a1013; --link: #0b57a4;
      --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
              "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif;
      --sans-zh: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
              "Noto Sans SC", system-ui, sans-serif;
      --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
      --measure: 46rem;
    }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6e9ef; --muted: #a3acbd; --line: #343a46; --bg: #14171d; --panel: #1c2029;
              --accent: #ff6b6b; --accent-ink: #ff8787; --link: #7cb7ff; }
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body { margin: 0; font-family: var(--sans); font-size: 1.0625rem; line-height: 1.65; color: var(--text);
           background: var(--bg); text-rendering: optimizeLegibility; }
    :lang(zh) { font-family: var(--sans-zh); line-height: 1.85; }
    :lang(zh) em { font-style: normal; text-emphasis: filled dot; -webkit-text-emphasis: filled dot;
                   text-emphasis-position: under right; -webkit-text-emphasis-position: under; }
    :lang(en) { font-family: var(--sans); }
    a { color: var(--link); text-underline-offset: 0.15em; }
    a:hover { color: var(--accent-ink); }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: 1rem; }

    .site-header { border-bottom: 3px solid var(--accent); background: var(--panel); }
    .site-header-inner { max-width: 72rem; margin: 0 auto; padding: .75rem 1.25rem; display: flex; flex-wrap: wrap;
                         align-items: center; gap: .5rem 1.5rem; }
    .site-title { font-weight: 700; font-size: 1.15rem; color: var(--text); text-decoration: none; margin-right: auto; }
    .site-nav ul, .language-switcher ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    .site-nav a { color: var(--text); text-decoration: none; padding: .2rem 0; border-bottom: 2px solid transparent; }
    .site-nav a:hover, .site-nav a[aria-current="page"] { border-bottom-color: var(--accent); }
    .language-switcher { font-size: .95rem; }
    .language-switcher a, .current-language { display: inline-block; padding: .1rem .55rem; border: 1px solid var(--line);
                                              border-radius: 999px; text-decoration: none; }
    .current-language { background: var(--text); color: var(--bg); border-color: var(--text); }

    .site-main { max-width: 72rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
    .page { display: grid; grid-template-columns: minmax(0, var(--measure)) minmax(12rem, 18rem); gap: 0 3rem;
            grid-template-areas: "header header" "notice notice" "content toc"; }
    .page-header { grid-area: header; max-width: var(--measure); }
    .page > .notice { grid-area: notice; max-width: var(--measure); }
    .page > .content { grid-area: content; min-width: 0; }
    .page > .toc { grid-area: toc; align-self: start; position: sticky; top: 1rem; }
    .page.home, .page.not-found { grid-template-areas: "header" "notice" "content" "list" "data"; grid-template-columns: minmax(0, var(--measure)); }
    .page-list { grid-area: list; }
    .data-list { grid-area: data; }
    .data-list ul { list-style: none; padding: 0; }
    .data-list li { padding: .45rem 0; border-bottom: 1px solid var(--line); }
    h1 { font-size: clamp(1.75rem, 1.2rem + 2.2vw, 2.6rem); line-height: 1.2; margin: 0 0 .5rem; letter-spacing: -0.01em; }
    :lang(zh) h1, :lang(zh) h2, :lang(zh) h3 { letter-spacing: 0.02em; }
    h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.2rem 0 .75rem; }
    h3 { font-size: 1.2rem; margin: 1.8rem 0 .5rem; }
    .lead { font-size: 1.2rem; color: var(--muted); margin: .25rem 0 1rem; }
    .page-meta { color: var(--muted); font-size: .95rem; margin: 0 0 1.5rem; }
    .notice { border-left: 4px solid var(--accent); background: var(--panel); padding: .75rem 1rem; margin: 0 0 1.5rem; }
    .content > :first-child { margin-top: 0; }
    .content img { max-width: 100%; height: auto; }
    .anchor { margin-left: .4em; color: var(--muted); text-decoration: none; opacity: 0; font-weight: 400; }
    h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, h5:hover .anchor, h6:hover .anchor,
    .anchor:focus { opacity: 1; }
    blockquote { margin: 1.25rem 0; padding: .25rem 1.25rem; border-left: 4px solid var(--line); color: var(--muted); }
    code { font-family: var(--mono); font-size: .9em; background: var(--panel); padding: .1em .3em; border-radius: 3px; }
    pre { background: var(--panel); padding: 1rem; overflow-x: auto; border-radius: 6px; }
    pre code { background: none; padding: 0; }
    table { border-collapse: collapse; width: 100%; margin: 1.25rem 0; font-size: .95rem; display: block; overflow-x: auto; }
    th, td { border: 1px solid var(--line); padding: .45rem .7rem; text-align: left; vertical-align: top; }
    thead th { background: var(--panel); }
    .footnotes { margin-top: 3rem; border-top: 1px solid var(--line); font-size: .92rem; color: var(--muted); }
    .toc { font-size: .93rem; border-left: 2px solid var(--line); padding-left: 1rem; }
    .toc h2 { font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin: 0 0 .5rem; }
    .toc ol { list-style: none; margin: 0; padding: 0; }
    .toc li { margin: .3rem 0; }
    .toc .toc-level-3 { padding-left: 1rem; }
    .toc a { color: var(--text); text-decoration: none; }
    .toc a:hover { text-decoration: underline; }
    .page-list ul { list-style: none; padding: 0; }
    .page-list li { padding: .75rem 0; border-bottom: 1px solid var(--line); }
    .page-list li p { margin: .25rem 0 0; color: var(--muted); }
    .page-list a { font-weight: 600; font-size: 1.1rem; }
    ruby { ruby-position: over; ruby-align: center; }
    rt { font-size: .58em; font-family: var(--sans); letter-spacing: 0; color: var(--muted); }
    .term { text-decoration-style: dotted; }
    .term-hanzi { white-space: nowrap; }
    .inline-list { list-style: none; display: inline; padding: 0; margin: 0; }
    .inline-list li { display: inline; }
    .inline-list li + li::before { content: " · "; color: var(--muted); }
    .letter-index ul, .category-index ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .35rem; }
    .letter-index a { display: inline-block; min-width: 2rem; text-align: center; padding: .2rem .4rem;
                      border: 1px solid var(--line); border-radius: 4px; text-decoration: none; }
    .category-index li { padding-right: .75rem; }
    .category-index .count { color: var(--muted); font-size: .85em; }
    .glossary-entries { margin: 0; }
    .glossary-entry { padding: .9rem 0; border-bottom: 1px solid var(--line); scroll-margin-top: 1rem; }
    .glossary-entry:target { background: var(--panel); }
    .glossary-entry dt { font-size: 1.1rem; }
    .term-name { font-weight: 700; }
    .term-other, .term-short { color: var(--muted); }
    .glossary-entry dd { margin: .35rem 0 0; }
    .glossary-entry dd p { margin: .3rem 0; }
    .term-meta { margin: .3rem 0; }
    .term-links { font-size: .92rem; margin: .2rem 0; }
    .term-links .label { color: var(--muted); margin-right: .3rem; }
    .term-category { display: inline-block; font-size: .8rem; padding: .05rem .5rem; border: 1px solid var(--line); border-radius: 999px; }
    .glossary-list dt { font-weight: 600; margin-top: .75rem; }
    .glossary-list dd { margin: .2rem 0 0 1rem; }
    .glossary-list dd p { margin: 0; }
    .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--accent-ink); font-weight: 700; margin: 0 0 .25rem; }
    .page.data-page { grid-template-columns: minmax(0, 1fr); grid-template-areas: "header" "content"; }
    .data-page .page-header { max-width: none; }
    .other-title { font-size: 1.15rem; color: var(--muted); margin: 0 0 1rem; }
    .facts { display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; margin: 0 0 1rem; }
    .facts dt { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
    .facts dd { margin: 0; }
    .summary { max-width: var(--measure); }
    .downloads { font-size: .95rem; }
    .data-table-wrap { overflow-x: auto; margin: 1.25rem 0; }
    .data-table { display: table; margin: 0; width: 100%; }
    .data-table caption { text-align: left; font-weight: 700; font-size: 1.05rem; padding: 0 0 .5rem; }
    .caption-note { font-weight: 400; color: var(--muted); font-size: .9rem; margin-left: .5rem; }
    .data-table th[scope="row"] { font-weight: 600; background: var(--panel); min-width: 8rem; }
    .data-table td { min-width: 9rem; }
    .data-table .num { text-align: right; min-width: 0; width: 3rem; white-space: nowrap; }
    .data-table td p { margin: 0 0 .4rem; }
    .data-table tr:target > * { background: #fff4d6; color: #1d2330; }
    .row-anchor { color: var(--muted); text-decoration: none; }
    .cell-terms { font-size: .85rem; }
    .label { color: var(--muted); }
    .data-table th button { font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: inherit;
                            text-align: left; display: inline-flex; gap: .35rem; align-items: baseline; }
    .data-table th button::after { content: "↕"; color: var(--muted); font-size: .8em; }
    .data-table th[aria-sort="ascending"] button::after { content: "↑"; color: var(--accent); }
    .data-table th[aria-sort="descending"] button::after { content: "↓"; color: var(--accent); }
    .table-filter { display: flex; gap: .5rem 1rem; align-items: center; flex-wrap: wrap; margin: 1rem 0 .25rem; }
    .table-filter input { font: inherit; padding: .3rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg);
                          color: var(--text); min-width: min(16rem, 100%); }
    .filter-status { color: var(--muted); font-size: .9rem; }
    .component-links { font-size: .9rem; margin-top: -.5rem; }
    .comparison-cards { display: none; }
    .comparison-cards-title { font-weight: 700; margin: 1rem 0 0; }
    .comparison-card { border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1rem .75rem; margin: .75rem 0; }
    .comparison-card h2, .comparison-card h3, .comparison-card h4 { margin: .6rem 0 .4rem; font-size: 1.15rem; padding-bottom: .3rem;
                                                                     border-bottom: 2px solid var(--accent); }
    .comparison-card dt { font-weight: 600; margin-top: .6rem; font-size: .9rem; color: var(--muted); }
    .comparison-card dd { margin: .1rem 0 0; }
    .comparison-card dd p { margin: 0 0 .3rem; }
    .empty { color: var(--muted); }
    @media (max-width: 40rem) {
      .comparison-table { display: none; }
      .comparison-cards { display: block; }
      /* A directive's rows read as cards, each cell under its column's name. */
      .directive-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
      .directive-table, .directive-table caption, .directive-table tbody, .directive-table tr, .directive-table th,
      .directive-table td { display: block; width: auto; min-width: 0; }
      .directive-table tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1rem; padding: .5rem .85rem; }
      .directive-table th, .directive-table td { border: 0; padding: .2rem 0; }
      .directive-table th[scope="row"] { background: none; font-size: 1.1rem; }
      .directive-table .num { text-align: left; }
      .directive-table td[data-label]::before { content: attr(data-label); display: block; font-size: .78rem; font-weight: 600;
                                                color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
    }
    .timeline-overview { margin: 0 0 1.5rem; }
    .timeline-overview figcaption { font-size: .85rem; color: var(--muted); }
    .timeline-axis { width: 100%; height: auto; display: block; }
    .axis-line, .axis-tick { stroke: var(--muted); stroke-width: 1.5; }
    .axis-label { fill: var(--muted); font-size: 14px; font-family: var(--sans); }
    .axis-mark { fill: var(--accent); }
    .axis-mark.axis-year { fill-opacity: .35; }
    .axis-mark.axis-month { fill-opacity: .65; }
    a:hover .axis-mark, a:focus .axis-mark { fill: var(--link); fill-opacity: 1; }
    .timeline-events { list-style: none; padding: 0; margin: 0 0 1rem .4rem; border-left: 3px solid var(--line); }
    .timeline-event { position: relative; padding: .1rem 0 1rem 1.25rem; scroll-margin-top: 1rem; }
    .timeline-event::before { content: ""; position: absolute; left: -9px; top: .5rem; width: 15px; height: 15px; border-radius: 50%;
                              background: var(--accent); border: 3px solid var(--bg); }
    .timeline-event:target { background: var(--panel); }
    .event-date { margin: 0; color: var(--muted); font-size: .92rem; font-weight: 600; }
    .event-title { margin: .1rem 0 .3rem; font-size: 1.12rem; }
    .event-body { max-width: var(--measure); }
    .event-body p { margin: 0 0 .4rem; }
    .event-meta { font-size: .88rem; }
    .event-meta > div { margin: .15rem 0; }
    .tag-list { list-style: none; display: inline; padding: 0; margin: 0; }
    .tag-list li { display: inline-block; font-size: .8rem; padding: 0 .55rem; border: 1px solid var(--line); border-radius: 999px; margin: 0 .2rem .2rem 0; }
    .timeline-filter { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: 0 0 1rem; }
    .timeline-filter button { font: inherit; font-size: .85rem; padding: .15rem .75rem; border: 1px solid var(--line); border-radius: 999px;
                              background: var(--bg); color: var(--text); cursor: pointer; }
    .timeline-filter button[aria-pressed="true"] { background: var(--text); color: var(--bg); border-color: var(--text); }
    [hidden] { display: none !important; }
    .data-list .kind { font-size: .78rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; margin-right: .35rem; }
    .report { max-width: 62rem; margin: 0 auto; }
    .report-toc { border: 1px solid var(--line); padding: .5rem 1.5rem 1rem; border-radius: 8px; background: var(--panel); margin: 1.5rem 0; }
    .report-toc ol ol { font-size: .92rem; }
    .report-section { border-top: 3px solid var(--accent); margin-top: 3rem; }
    .report-section > h2 { font-size: 1.9rem; }
    .report-section > h2 .kicker { display: block; margin-bottom: .2rem; }
    .report-meta { color: var(--muted); }
    .report-ref { font-style: italic; }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; text-align: center; padding: 1.5rem; }
    @media (max-width: 60rem) {
      .page { grid-template-columns: minmax(0, 1fr); grid-template-areas: "header" "notice" "toc" "content"; }
      .page > .toc { position: static; margin-bottom: 1.5rem; }
    }
    @media print {
      :root { --text: #000; --muted: #444; --line: #bbb; --bg: #fff; --panel: #f3f3f3; --accent: #a4161a; --accent-ink: #7a1013; --link: #000; }
      body { font-size: 10.5pt; }
      .site-header, .site-footer, .toc, .anchor, .skip-link, .table-filter, .timeline-filter, .component-links, .downloads,
      .language-switcher { display: none; }
      .page { display: block; }
      .site-main { padding: 0; max-width: none; }
      a { color: inherit; }
      a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; color: #444; word-break: break-all; }
      .report-toc { break-after: page; background: none; }
      .report-section { break-before: page; border-top: 0; margin-top: 0; }
      .data-table-wrap { overflow: visible; }
      tr, .timeline-event, .comparison-card, .glossary-list dt, figure { break-inside: avoid; }
      h1, h2, h3, h4, caption { break-after: avoid; }
      .comparison-table { display: block !important; }
      .comparison-cards { display: none !important; }
      .data-table th button::after { content: none; }
    }
    """#

    static let js = #"""
    // policysite: pages work without this script; it only enhances them:
    // sortable and filterable data tables, and the timeline's tag filter.
    (function () {
      "use strict";
      document.documentElement.classList.add("js");
      var counter = 0;
      function each(selector, fn) { Array.prototype.forEach.call(document.querySelectorAll(selector), fn); }
      function text(node) { return node ? node.textContent.replace(/\s+/g, " ").trim() : ""; }
      function format(template, values) {
        return template.replace(/%(\d)\$d/g, function (_, n) { return String(values[Number(n) - 1]); });
      }

      function sortable(table) {
        var body = table.tBodies[0];
        if (!body || !table.tHead) return;
        var rows = Array.prototype.slice.call(body.rows);
        var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
        var collator = new Intl.Collator(document.documentElement.lang || "en", { numeric: true, sensitivity: "base" });
        headers.forEach(function (th, index) {
          var button = document.createElement("button");
          button.type = "button";
          while (th.firstChild) button.appendChild(th.firstChild);
          th.appendChild(button);
          button.addEventListener("click", function () {
            var ascending = th.getAttribute("aria-sort") !== "ascending";
            headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
            var numeric = th.getAttribute("data-sort") === "number";
            rows.slice().sort(function (a, b) {
              var x = text(a.cells[index]), y = text(b.cells[index]);
              var order = numeric ? parseFloat(x) - parseFloat(y) : collator.compare(x, y);
              return ascending ? order : -order;
            }).forEach(function (row) { body.appendChild(row); });
          });
        });
      }

      function filterable(table) {
        var label = table.getAttribute("data-filter-label");
        var body = table.tBodies[0];
        if (!label || !body) return;
        var rows = Array.prototype.slice.call(body.rows);
        var id = "table-filter-" + (++counter);
        var box = document.createElement("div");
        box.className = "table-filter";
        box.innerHTML = '<label></label><input type="search"><span class="filter-status" role="status"></span>';
        var input = box.querySelector("input"), status = box.querySelector(".filter-status");
        box.querySelector("label").textContent = label;
        box.querySelector("label").htmlFor = id;
        input.id = id;
        input.addEventListener("input", function () {
          var words = input.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0;
          rows.forEach(function (row) {
            var haystack = text(row).toLowerCase();
            row.hidden = !words.every(function (word) { return haystack.indexOf(word) >= 0; });
            if (!row.hidden) shown++;
          });
          status.textContent = words.length ? format(table.getAttribute("data-count-text") || "%1$d / %2$d", [shown, rows.length]) : "";
        });
        var anchor = table.closest(".data-table-wrap") || table;
        anchor.parentNode.insertBefore(box, anchor);
      }

      function timelineFilter(timeline) {
        var tags = [], labels = {};
        Array.prototype.forEach.call(timeline.querySelectorAll(".tag[data-tag]"), function (item) {
          var tag = item.getAttribute("data-tag");
          if (!(tag in labels)) { tags.push(tag); labels[tag] = text(item); }
        });
        if (tags.length < 2) return;
        var box = document.createElement("div");
        box.className = "timeline-filter";
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", timeline.getAttribute("data-filter-label") || "");
        var buttons = [];
        function choose(tag) {
          buttons.forEach(function (button) { button.setAttribute("aria-pressed", String(button.value === tag)); });
          Array.prototype.forEach.call(timeline.querySelectorAll(".timeline-event"), function (event) {
            event.hidden = tag !== "" && (" " + event.getAttribute("data-tags") + " ").indexOf(" " + tag + " ") < 0;
          });
          Array.prototype.forEach.call(timeline.querySelectorAll(".timeline-year"), function (year) {
            year.hidden = !year.querySelector(".timeline-event:not([hidden])");
          });
        }
        [""].concat(tags).forEach(function (tag) {
          var button = document.createElement("button");
          button.type = "button";
          button.value = tag;
          button.textContent = tag ? labels[tag] : (timeline.getAttribute("data-all-label") || "All");
          button.addEventListener("click", function () { choose(tag); });
          buttons.push(button);
          box.appendChild(button);
        });
        var overview = timeline.querySelector(".timeline-overview");
        timeline.insertBefore(box, overview ? overview.nextSibling : timeline.firstChild);
        choose("");
      }

      each("table[data-sortable]", sortable);
      each("table[data-filter-label]", filterable);
      each("[data-timeline]", timelineFilter);
    })();
    """#
}
