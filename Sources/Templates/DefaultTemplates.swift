/// The embedded default theme's templates. A file `templates/<name>.mustache` in a site
/// replaces the one of the same name.
enum DefaultTemplates {
    static let all: [String: String] = [
        "base": base, "head": head, "header": header, "footer": footer,
        "home": home, "page": page, "toc": toc, "404": notFound, "alias": alias, "glossary": glossary,
        "directive": directive, "comparison": comparison, "timeline": timeline, "report": report,
    ]

    static let base = """
    <!DOCTYPE html>
    <html lang="{{lang.tag}}">
    <head>
    {{> head}}
    </head>
    <body>
    <a class="skip-link" href="#main">{{ui.skipToContent}}</a>
    {{> header}}
    <main id="main" class="site-main">
    {{$main}}{{/main}}
    </main>
    {{> footer}}
    </body>
    </html>

    """

    static let head = """
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{page.fullTitle}}</title>
    {{#page.description}}<meta name="description" content="{{page.description}}">
    {{/page.description}}
    <meta name="generator" content="policysite">
    {{#page.permalink}}<link rel="canonical" href="{{page.permalink}}">
    {{/page.permalink}}
    {{#alternates}}<link rel="alternate" hreflang="{{tag}}" href="{{permalink}}">
    {{/alternates}}
    {{#feed}}<link rel="alternate" type="application/atom+xml" title="{{ui.timelineTitle}}" href="{{feed}}">
    {{/feed}}
    <link rel="stylesheet" href="{{assets.css}}">
    <script src="{{assets.js}}" defer></script>
    """

    static let header = """
    <header class="site-header">
    <div class="site-header-inner">
    <a class="site-title" href="{{home}}">{{site.title}}</a>
    <nav class="site-nav" aria-label="{{ui.mainNavigation}}">
    <ul>
    {{#menu}}<li><a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
    {{/menu}}
    </ul>
    </nav>
    <nav class="language-switcher" aria-label="{{ui.languages}}">
    <ul>
    {{#languages}}<li>{{#current}}<span class="current-language" lang="{{tag}}" aria-current="true">{{name}}</span>{{/current}}{{^current}}<a href="{{url}}" hreflang="{{tag}}" lang="{{tag}}">{{name}}</a>{{/current}}</li>
    {{/languages}}
    </ul>
    </nav>
    </div>
    </header>
    """

    static let footer = """
    <footer class="site-footer">
    <p>{{site.title}} · {{#report}}<a href="{{report}}">{{ui.reportTitle}}</a> · {{/report}}{{ui.generatedBy}}</p>
    </footer>
    """

    static let toc = """
    {{#page.hasToc}}
    <nav class="toc" aria-labelledby="toc-title">
    <h2 id="toc-title">{{ui.onThisPage}}</h2>
    <ol>
    {{#page.toc}}<li class="toc-level-{{level}}"><a href="#{{id}}">{{text}}</a></li>
    {{/page.toc}}
    </ol>
    </nav>
    {{/page.hasToc}}
    """

    static let page = """
    {{<base}}{{$main}}
    <article class="page"{{#page.textLang}} lang="{{page.textLang}}"{{/page.textLang}}>
    <header class="page-header">
    <h1>{{page.title}}</h1>
    <p class="page-meta">{{#page.date}}<time datetime="{{page.date}}">{{page.dateText}}</time> · {{/page.date}}{{page.readingTimeText}}</p>
    </header>
    {{#page.fallbackNotice}}<p class="notice" role="note" lang="{{lang.tag}}">{{page.fallbackNotice}}</p>
    {{/page.fallbackNotice}}
    {{> toc}}
    <div class="content">
    {{{page.content}}}
    </div>
    </article>
    {{/main}}{{/base}}

    """

    static let home = """
    {{<base}}{{$main}}
    <article class="page home"{{#page.textLang}} lang="{{page.textLang}}"{{/page.textLang}}>
    <header class="page-header">
    <h1>{{page.title}}</h1>
    {{#page.description}}<p class="lead">{{page.description}}</p>{{/page.description}}
    </header>
    {{#page.fallbackNotice}}<p class="notice" role="note" lang="{{lang.tag}}">{{page.fallbackNotice}}</p>
    {{/page.fallbackNotice}}
    <div class="content">
    {{{page.content}}}
    </div>
    {{#hasPages}}
    <section class="page-list" aria-labelledby="page-list-title">
    <h2 id="page-list-title">{{ui.allPages}}</h2>
    <ul>
    {{#pages}}<li><a href="{{url}}">{{title}}</a>{{#description}}<p>{{description}}</p>{{/description}}</li>
    {{/pages}}
    </ul>
    </section>
    {{/hasPages}}
    {{#hasDataPages}}
    <section class="data-list" aria-labelledby="data-list-title">
    <h2 id="data-list-title">{{ui.dataPages}}</h2>
    <ul>
    {{#dataPages}}<li>{{#kind}}<span class="kind">{{kind}}</span> {{/kind}}<a href="{{url}}">{{title}}</a></li>
    {{/dataPages}}
    </ul>
    </section>
    {{/hasDataPages}}
    </article>
    {{/main}}{{/base}}

    """

    static let notFound = """
    {{<base}}{{$main}}
    <article class="page not-found">
    <h1>{{ui.notFoundTitle}}</h1>
    <p>{{ui.notFoundText}}</p>
    <ul>
    {{#homes}}<li lang="{{tag}}"><a href="{{url}}" hreflang="{{tag}}">{{text}}</a></li>
    {{/homes}}
    </ul>
    </article>
    {{/main}}{{/base}}

    """

    static let glossary = """
    {{<base}}{{$main}}
    <article class="page glossary">
    <header class="page-header">
    <h1>{{page.title}}</h1>
    <p class="lead">{{ui.glossaryLead}}</p>
    <p><a class="download" href="{{json}}" download="glossary.json">{{ui.glossaryDownload}}</a></p>
    </header>
    <div class="content">
    <nav class="letter-index" aria-label="{{ui.letterIndex}}">
    <ul>
    {{#letters}}<li><a href="#{{id}}">{{letter}}</a></li>
    {{/letters}}
    </ul>
    </nav>
    <nav class="category-index" aria-label="{{ui.categories}}">
    <ul>
    {{#categories}}<li><a href="#{{id}}">{{label}}</a> <span class="count">{{count}}</span></li>
    {{/categories}}
    </ul>
    </nav>
    {{#groups}}
    <section class="glossary-group" aria-labelledby="{{id}}">
    <h2 id="{{id}}">{{letter}}</h2>
    <dl class="glossary-entries">
    {{#terms}}
    <div class="glossary-entry" id="{{id}}">
    <dt><span class="term-name">{{{primary}}}</span> <span class="term-other">{{{secondary}}}</span>{{#short}} <span class="term-short">{{{short}}}</span>{{/short}}</dt>
    <dd>
    {{{definition}}}
    <p class="term-meta"><span class="term-category">{{categoryLabel}}</span></p>
    {{#hasRelated}}<div class="term-links"><span class="label">{{ui.related}}:</span>
    <ul class="inline-list">{{#related}}<li><a href="#{{id}}">{{{name}}}</a></li>{{/related}}</ul></div>
    {{/hasRelated}}
    {{#hasMentions}}<div class="term-links"><span class="label">{{ui.mentionedIn}}:</span>
    <ul class="inline-list">{{{mentionsHTML}}}</ul></div>
    {{/hasMentions}}
    </dd>
    </div>
    {{/terms}}
    </dl>
    </section>
    {{/groups}}
    <section class="glossary-categories" aria-labelledby="by-category">
    <h2 id="by-category">{{ui.byCategory}}</h2>
    {{#categories}}
    <h3 id="{{id}}">{{label}}</h3>
    <ul class="inline-list">{{#terms}}<li><a href="#{{id}}">{{{name}}}</a></li>{{/terms}}</ul>
    {{/categories}}
    </section>
    </div>
    </article>
    {{/main}}{{/base}}

    """

    static let directive = """
    {{<base}}{{$main}}
    <article class="page data-page directive-page">
    <header class="page-header">
    <p class="kicker">{{ui.directiveLabel}}</p>
    <h1>{{page.title}}</h1>
    {{#directive.otherTitles}}<p class="other-title" lang="{{tag}}">{{title}}</p>
    {{/directive.otherTitles}}
    <dl class="facts">
    {{#directive.issued}}<div><dt>{{ui.issued}}</dt><dd>{{{directive.issued}}}</dd></div>{{/directive.issued}}
    {{#directive.issuers}}<div><dt>{{ui.issuers}}</dt><dd>{{{directive.issuers}}}</dd></div>{{/directive.issuers}}
    {{#directive.source}}<div><dt>{{ui.source}}</dt><dd>{{{directive.source}}}</dd></div>{{/directive.source}}
    </dl>
    </header>
    <div class="content wide">
    <div class="summary">{{{directive.summary}}}</div>
    <p class="downloads">{{ui.download}}{{ui.colon}}<a href="{{directive.csv}}" download="{{directive.csvName}}">CSV</a> · <a href="{{directive.json}}" download="{{directive.jsonName}}">JSON</a></p>
    {{{directive.table}}}
    </div>
    </article>
    {{/main}}{{/base}}

    """

    static let comparison = """
    {{<base}}{{$main}}
    <article class="page data-page comparison-page">
    <header class="page-header">
    <p class="kicker">{{ui.comparisonLabel}}</p>
    <h1>{{page.title}}</h1>
    {{#page.description}}<p class="lead">{{page.description}}</p>{{/page.description}}
    {{#comparison.source}}<p class="page-meta">{{ui.source}}{{ui.colon}}{{{comparison.source}}}</p>{{/comparison.source}}
    </header>
    <div class="content wide">
    {{{comparison.table}}}
    </div>
    </article>
    {{/main}}{{/base}}

    """

    static let timeline = """
    {{<base}}{{$main}}
    <article class="page data-page timeline-page">
    <header class="page-header">
    <h1>{{page.title}}</h1>
    <p class="lead">{{ui.timelineLead}}</p>
    <p class="downloads"><a href="{{timeline.feed}}" type="application/atom+xml">{{ui.feedLink}}</a> · <a href="{{timeline.json}}" download="timeline.json">JSON</a></p>
    </header>
    <div class="content wide">
    {{{timeline.events}}}
    </div>
    </article>
    {{/main}}{{/base}}

    """

    static let report = """
    {{<base}}{{$main}}
    <article class="report">
    <header class="report-header">
    <p class="kicker">{{site.title}}</p>
    <h1>{{page.title}}</h1>
    <p class="lead">{{reportLead}}</p>
    </header>
    <nav class="report-toc" aria-labelledby="report-toc-title">
    <h2 id="report-toc-title">{{ui.contents}}</h2>
    <ol>
    {{#sections}}<li><a href="#{{id}}">{{#kind}}{{kind}}{{ui.colon}}{{/kind}}{{title}}</a>{{#hasToc}}
    <ol>{{#toc}}<li><a href="#{{id}}">{{text}}</a></li>{{/toc}}</ol>{{/hasToc}}</li>
    {{/sections}}
    </ol>
    </nav>
    {{#sections}}
    <section class="report-section" id="{{id}}"{{#textLang}} lang="{{textLang}}"{{/textLang}}>
    <h2>{{#kind}}<span class="kicker">{{kind}}</span> {{/kind}}{{title}}</h2>
    {{{html}}}
    </section>
    {{/sections}}
    </article>
    {{/main}}{{/base}}

    """

    /// A redirect left at an old address listed in a page's `aliases`.
    static let alias = """
    <!DOCTYPE html>
    <html lang="{{lang.tag}}">
    <head>
    <meta charset="utf-8">
    <title>{{page.title}}</title>
    <link rel="canonical" href="{{permalink}}">
    <meta name="robots" content="noindex">
    <meta http-equiv="refresh" content="0; url={{target}}">
    </head>
    <body>
    <p><a href="{{target}}">{{page.title}}</a></p>
    </body>
    </html>

    """
}
