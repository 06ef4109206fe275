import Content
import Foundation
import Markdown
import Pinyin
import Templates

/// HTML of the data components — directive tables, comparisons, timelines — for one language,
/// with URLs as written on one page. Generated pages, ```` ```directive-table ```` and the
/// other blocks in pages, the report and the feed all build theirs here.
struct DataHTML {
    let site: ResolvedSite
    let language: Language
    /// The URL of a site path (`glossary/`, `""` for home) plus fragment, as written where
    /// this HTML goes.
    let link: @Sendable (String, String?) -> String
    /// Heading level of the component's own headings (year headings, cards).
    var headingLevel = 3

    var ui: [String: String] { UIStrings.strings(for: language.code) }

    func text(_ value: Localized) -> String { HTML.escape(value.text(language)) }

    /// `value` in the page language, wrapped in `lang` when it falls back to another language.
    func localized(_ value: Localized) -> String {
        if value.shared == nil, value[language.code] == nil, let other = value.values.keys.sorted().first {
            return "<span lang=\"\((Language.knownTags[other] ?? other))\">\(HTML.escape(value.text(language)))</span>"
        }
        return text(value)
    }

    /// Markdown from a data file: `term:` links go to the glossary, `/path/` links get the site's URL.
    func markdown(_ value: Localized, inline: Bool = false) -> String {
        let source = value.text(language)
        var settings = RenderSettings()
        settings.options.remove(.headingAnchors)
        let glossary = site.glossary
        let glossaryPath = Page.path(key: "glossary", language: language)
        let link = self.link
        let language = self.language
        settings.link = { found in
            let destination = found.destination
            if destination.hasPrefix("term:") {
                let id = String(destination.dropFirst(5))
                guard let term = glossary.byID[id] else { return .keep }
                let name = found.label.isEmpty ? HTML.escape(language.code == "zh" ? term.zh : term.en) : ""
                return .wrap(before: "<a class=\"term\" href=\"\(HTML.escape(link(glossaryPath, id)))\">\(name)", after: "</a>")
            }
            if destination.hasPrefix("/"), !destination.hasPrefix("//") {
                let (path, fragment) = PageLinks.split(String(destination.dropFirst()))
                return .rewrite(link(path, fragment))
            }
            return .keep
        }
        var html = Markdown.render(source, settings: settings).html
        if value.shared == nil, value[language.code] == nil, let other = value.values.keys.sorted().first {
            html = "<div lang=\"\((Language.knownTags[other] ?? other))\">\(html)</div>"
        } else if inline, html.hasPrefix("<p>"), html.hasSuffix("</p>\n"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(5))
        }
        return html
    }

    /// A glossary term's name linked to its entry; with hanzi and pinyin when `ruby`.
    func term(_ id: String, ruby: Bool = false) -> String {
        guard let term = site.glossary.byID[id] else { return HTML.escape(id) }
        let href = HTML.escape(link(Page.path(key: "glossary", language: language), id))
        if language.code == "zh" {
            let name = ruby ? Ruby.html(hanzi: term.zh, pinyin: term.pinyin) : "<span lang=\"zh-Hans\">\(HTML.escape(term.zh))</span>"
            return "<a class=\"term\" href=\"\(href)\">\(name)</a>"
        }
        let hanzi = ruby ? "<span class=\"term-hanzi\"> \(Ruby.html(hanzi: term.zh, pinyin: term.pinyin))</span>" : ""
        return "<a class=\"term\" href=\"\(href)\">\(HTML.escape(term.en))</a>\(hanzi)"
    }

    func termList(_ ids: [Reference], ruby: Bool = false) -> String {
        "<ul class=\"inline-list\">" + ids.map { "<li>\(term($0.id, ruby: ruby))</li>" }.joined() + "</ul>"
    }

    func time(_ date: PartialDate) -> String {
        "<time datetime=\"\(date)\">\(HTML.escape(DateText.format(date, language: language)))</time>"
    }

    /// `5–11 December 2025`, `2025年12月10日至11日`: both ends in `<time>` at their precision.
    func timeRange(_ start: PartialDate, _ end: PartialDate?) -> String {
        guard let end, end != start else { return time(start) }
        let (first, second, separator) = DateText.range(start, end, language: language)
        return "<time datetime=\"\(start)\">\(HTML.escape(first))</time>\(separator)<time datetime=\"\(end)\">\(HTML.escape(second))</time>"
    }

    /// A link to the page a data file names as its `source`, or nothing.
    func sourceLink(_ source: Reference?) -> String? {
        guard let source, let page = site.page(key: source.id, language: language) else { return nil }
        return "<a href=\"\(HTML.escape(link(page.path, nil)))\">\(HTML.escape(page.frontMatter.title))</a>"
    }

    // MARK: Directive table

    private func label(_ key: String) -> String { HTML.escape(ui[key] ?? key) }

    /// The directive's items as a table, sortable and filterable once the script runs.
    /// `only` picks items by id, in the directive's order.
    func directiveTable(_ directive: Directive, only: Set<String>? = nil, footer: Bool) -> String {
        let items = directive.items.enumerated().filter { only?.contains($0.element.id) ?? true }
        var html = "<div class=\"data-table-wrap\">\n"
        html += "<table class=\"data-table directive-table\" data-sortable data-filter-label=\"\(HTML.escape(ui["filterRows"] ?? ""))\""
        html += " data-count-text=\"\(HTML.escape(ui["rowsShown"] ?? ""))\">\n"
        html += "<caption>\(localized(directive.title))"
        if let issued = directive.issued { html += " <span class=\"caption-note\">\(HTML.escape(ui["issued"] ?? "")) \(time(issued))</span>" }
        html += "</caption>\n<thead>\n<tr>"
        html += "<th scope=\"col\" class=\"num\" data-sort=\"number\">\(ui["colNumber"] ?? "")</th>"
        for key in ["colPriority", "colFocus", "colInstruments", "colMeasures"] {
            html += "<th scope=\"col\">\(HTML.escape(ui[key] ?? key))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (index, item) in items {
            let anchor = "item-\(item.id)"
            html += "<tr id=\"\(anchor)\">"
            html += "<td class=\"num\"><a class=\"row-anchor\" href=\"#\(anchor)\" title=\"\(HTML.escape(ui["rowLink"] ?? ""))\">\(index + 1)</a></td>"
            html += "<th scope=\"row\">\(localized(item.priority))</th>"
            html += "<td data-label=\"\(label("colFocus"))\">\(localized(item.focus))</td>"
            html += "<td data-label=\"\(label("colInstruments"))\">\(localized(item.instruments))</td>"
            html += "<td data-label=\"\(label("colMeasures"))\">\(markdown(item.measures))"
            if !item.terms.isEmpty {
                html += "<div class=\"cell-terms\"><span class=\"label\">\(HTML.escape(ui["terms"] ?? ""))\(ui["colon"] ?? ": ")</span> \(termList(item.terms))</div>"
            }
            html += "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n"
        if footer {
            let page = Page.path(key: "directives/\(directive.id)", language: language)
            html += "<p class=\"component-links\"><a href=\"\(HTML.escape(link(page, nil)))\">\(HTML.escape(ui["fullPage"] ?? ""))</a>"
            html += " · <a href=\"\(HTML.escape(link("directives/\(directive.id).csv", nil)))\" download>CSV</a>"
            html += " · <a href=\"\(HTML.escape(link("directives/\(directive.id).json", nil)))\" download>JSON</a></p>\n"
        }
        return html
    }

    // MARK: Comparison

    /// A table with subjects as columns and dimensions as rows, plus one card per subject that
    /// the stylesheet shows instead of the table on narrow screens.
    func comparison(_ comparison: Comparison, footer: Bool) -> String {
        var html = "<div class=\"comparison\">\n<div class=\"data-table-wrap comparison-table\">\n<table class=\"data-table\">\n"
        html += "<caption>\(localized(comparison.title))</caption>\n<thead>\n<tr><th scope=\"col\">\(HTML.escape(ui["aspect"] ?? ""))</th>"
        for subject in comparison.subjects { html += "<th scope=\"col\">\(localized(subject.label))</th>" }
        html += "</tr>\n</thead>\n<tbody>\n"
        for row in comparison.rows {
            html += "<tr><th scope=\"row\">\(localized(row.label))</th>"
            // Neighbouring cells with the same text become one cell spanning both subjects.
            var index = 0
            while index < comparison.subjects.count {
                let cell = row.cells[comparison.subjects[index].id]
                var span = 1
                while index + span < comparison.subjects.count, let cell, row.cells[comparison.subjects[index + span].id] == cell { span += 1 }
                html += span > 1 ? "<td colspan=\"\(span)\">" : "<td>"
                html += cell.map { markdown($0) } ?? "<span class=\"empty\">—</span>"
                html += "</td>"
                index += span
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n</div>\n<div class=\"comparison-cards\">\n<p class=\"comparison-cards-title\">\(localized(comparison.title))</p>\n"
        let h = "h\(headingLevel)"
        for subject in comparison.subjects {
            html += "<section class=\"comparison-card\">\n<\(h)>\(localized(subject.label))</\(h)>\n<dl>\n"
            for row in comparison.rows {
                html += "<dt>\(localized(row.label))</dt>\n<dd>"
                html += row.cells[subject.id].map { markdown($0) } ?? "<span class=\"empty\">—</span>"
                html += "</dd>\n"
            }
            html += "</dl>\n</section>\n"
        }
        html += "</div>\n</div>\n"
        if footer {
            let page = Page.path(key: "compare/\(comparison.id)", language: language)
            html += "<p class=\"component-links\"><a href=\"\(HTML.escape(link(page, nil)))\">\(HTML.escape(ui["fullPage"] ?? ""))</a></p>\n"
        }
        return html
    }

    // MARK: Timeline

    /// Events grouped by year, each year an `<ol>`; `ids` gives years and events their anchors.
    func timeline(_ events: [TimelineEvent], ids: Bool, axis: Bool) -> String {
        let events = events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        guard !events.isEmpty else { return "<p class=\"empty\">\(HTML.escape(ui["noEvents"] ?? ""))</p>\n" }
        var html = "<div class=\"timeline\" data-timeline data-filter-label=\"\(HTML.escape(ui["filterByTag"] ?? ""))\""
        html += " data-all-label=\"\(HTML.escape(ui["allTags"] ?? ""))\">\n"
        if axis { html += TimelineAxis(events: events, language: language, ui: ui).svg() }
        let h = "h\(headingLevel)", eh = "h\(min(6, headingLevel + 1))"
        for year in Array(Set(events.map(\.date.year))).sorted() {
            html += "<section class=\"timeline-year\">\n<\(h)\(ids ? " id=\"year-\(year)\"" : "")>"
            html += "\(language.code == "zh" ? "\(year)年" : "\(year)")</\(h)>\n<ol class=\"timeline-events\">\n"
            for event in events where event.date.year == year {
                html += "<li class=\"timeline-event\"\(ids ? " id=\"event-\(event.id)\"" : "") data-tags=\"\(HTML.escape(event.tags.joined(separator: " ")))\">\n"
                html += "<p class=\"event-date\">\(timeRange(event.date, event.end))</p>\n"
                html += "<\(eh) class=\"event-title\">\(localized(event.title))</\(eh)>\n"
                if !event.body.values.isEmpty || event.body.shared != nil { html += "<div class=\"event-body\">\(markdown(event.body))</div>\n" }
                html += eventMeta(event)
                html += "</li>\n"
            }
            html += "</ol>\n</section>\n"
        }
        return html + "</div>\n"
    }

    private func eventMeta(_ event: TimelineEvent) -> String {
        var parts: [String] = []
        if !event.tags.isEmpty {
            let tags = event.tags.map { "<li class=\"tag\" data-tag=\"\(HTML.escape($0))\">\(HTML.escape(site.data.tagLabel($0, language: language)))</li>" }
            parts.append("<span class=\"label\">\(HTML.escape(ui["tags"] ?? ""))\(ui["colon"] ?? ": ")</span> <ul class=\"tag-list\">\(tags.joined())</ul>")
        }
        if !event.terms.isEmpty {
            parts.append("<span class=\"label\">\(HTML.escape(ui["terms"] ?? ""))\(ui["colon"] ?? ": ")</span> \(termList(event.terms))")
        }
        if let source = sourceLink(event.source) {
            parts.append("<span class=\"label\">\(HTML.escape(ui["source"] ?? ""))\(ui["colon"] ?? ": ")</span> \(source)")
        }
        return parts.isEmpty ? "" : "<div class=\"event-meta\">" + parts.map { "<div>\($0)</div>" }.joined() + "</div>\n"
    }
}
