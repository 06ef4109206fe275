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
    .page.home, .page.not-found { grid-template-areas: "header" "notice" "content" "list"; grid-template-columns: minmax(0, var(--measure)); }
    .page-list { grid-area: list; }
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
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .9rem; text-align: center; padding: 1.5rem; }
    @media (max-width: 60rem) {
      .page { grid-template-columns: minmax(0, 1fr); grid-template-areas: "header" "notice" "toc" "content"; }
      .page > .toc { position: static; margin-bottom: 1.5rem; }
    }
    @media print {
      .site-header, .site-footer, .toc, .anchor, .skip-link { display: none; }
      .page { display: block; }
      a { color: inherit; }
    }
    """#

    static let js = #"""
    // policysite: pages work without this script; it only enhances them.
    document.documentElement.classList.add("js");
    """#
}
