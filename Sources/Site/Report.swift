import Content
import Foundation
import Markdown
import Pinyin
import Templates

/// `/report/`: the whole explainer in one document — every page, then the directive tables,
/// comparisons, timeline and glossary — with a table of contents, for reading offline and
/// printing. Links between parts become anchors inside it; every id gets its section's prefix.
extension Views {
    func report(_ language: Language) -> [String: Any] {
        let ui = UIStrings.strings(for: language.code)
        let path = Page.path(key: "report", language: language)
        var view = generated(key: "report", language: language, title: ui["reportTitle"] ?? "Report")
        let pages = (site.page(key: "", language: language).map { [$0] } ?? []) + listedPages(language)
        let sectionIDs = Dictionary(pages.map { page in
            (page.path, "page-" + (page.isHome ? "home" : String(decoding: page.key.utf8.map { $0 == UInt8(ascii: "/") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)))
        }, uniquingKeysWith: { a, _ in a })
        let glossaryPath = Page.path(key: "glossary", language: language)
        let known = self.known ?? site.knownPaths()
        let options: MarkdownOptions = site.config.unsafeHTML ? MarkdownOptions.site.union(.unsafeHTML) : .site
        let links = ReportLinks(path: path, sections: sectionIDs, glossaryPath: glossaryPath, prefix: "")

        // Made as template values: a large report is mostly these, converted from [String: Any] slowly.
        var sections: [TemplateValue] = []
        let rendered = ResultSlots<RenderedDocument>(count: pages.count)
        Markdown.forEach(pages.count) { i in
            let page = pages[i]
            let memoKey = reportMemo.map { memo -> UInt64 in
                var hasher = StableHasher()
                hasher.combine(memo.1)
                hasher.combine(page.sourceHash)
                return hasher.value
            }
            if let memoKey, let document = reportMemo?.0.document(page.path, key: memoKey) {
                rendered[i] = document
                return
            }
            let prefix = sectionIDs[page.path]! + "-"
            let pageLinks = PageLinks(page: page, site: site, known: known,
                                      report: ReportLinks(path: path, sections: sectionIDs, glossaryPath: glossaryPath, prefix: prefix))
            var settings = RenderSettings(options: options, anchorLabel: ui["anchorLabel"] ?? "", lineOffset: page.bodyLineOffset,
                                          link: { pageLinks.resolve($0) }, fencedBlock: { pageLinks.fencedBlock($0) })
            settings.idPrefix = prefix
            settings.headingShift = 1
            let document = Markdown.render(page.body, settings: settings)
            rendered[i] = document
            if let memoKey { reportMemo?.0.store(page.path, key: memoKey, document: document) }
        }
        for (page, document) in zip(pages, rendered.values) {
            guard let document else { continue }
            var section: [String: TemplateValue] = ["id": .text(sectionIDs[page.path]!), "title": .text(page.frontMatter.title),
                                                    "html": .text(document.html)]
            if let original = page.fallbackFrom { section["textLang"] = .text(original.tag) }
            let toc = document.headings.filter { $0.level == 3 && !$0.id.isEmpty }
            section["toc"] = .list(toc.map { ["id": .text($0.id), "text": .text($0.text)] })
            section["hasToc"] = .bool(!toc.isEmpty)
            sections.append(.object(section))
        }

        // The directive tables, comparisons, timeline and glossary depend on no page's text:
        // the preview server keeps them from the last build while the site-wide key is the same.
        if let (memo, siteKey) = reportMemo, let kept = memo.dataSections(language.code, key: siteKey) {
            sections += kept
        } else {
            let made = dataSections(language, path: path, links: links, ui: ui).map { section in
                var section = section
                section["hasToc"] = !((section["toc"] as? [Any])?.isEmpty ?? true)
                return TemplateValue(section)
            }
            reportMemo.map { $0.0.storeDataSections(language.code, key: $0.1, sections: made) }
            sections += made
        }
        view["sections"] = TemplateValue.list(sections)
        view["reportLead"] = ui["reportLead"]
        return view
    }

    private func dataSections(_ language: Language, path: String, links: ReportLinks, ui: [String: String]) -> [[String: Any]] {
        var sections: [[String: Any]] = []
        let urls = site.urls
        var data = DataHTML(site: site, language: language, link: { links.anchor($0, $1) ?? urls.url($0, from: path, fragment: $1) })
        data.headingLevel = 3
        for directive in site.data.directives {
            var html = "<div class=\"report-meta\">"
            if let issued = directive.issued { html += "\(HTML.escape(ui["issued"] ?? "")) \(data.time(issued))" }
            if !directive.issuers.isEmpty { html += " · \(HTML.escape(ui["issuers"] ?? ""))\(ui["colon"] ?? ": ")\(data.termList(directive.issuers))" }
            html += "</div>\n" + data.markdown(directive.summary) + data.directiveTable(directive, footer: false)
            sections.append(["id": "directive-\(directive.id)", "title": directive.title.text(language), "html": html,
                             "kind": ui["directiveLabel"] ?? ""])
        }
        for comparison in site.data.comparisons {
            var html = comparison.description.values.isEmpty && comparison.description.shared == nil ? ""
                : "<p class=\"lead\">\(data.localized(comparison.description))</p>\n"
            html += data.comparison(comparison, footer: false)
            sections.append(["id": "compare-\(comparison.id)", "title": comparison.title.text(language), "html": html,
                             "kind": ui["comparisonLabel"] ?? ""])
        }
        if !site.data.timeline.isEmpty {
            sections.append(["id": "timeline", "title": ui["timelineTitle"] ?? "", "html": data.timeline(site.data.timeline, ids: true, axis: true)])
        }
        if !site.glossary.terms.isEmpty {
            sections.append(["id": "glossary", "title": ui["glossaryTitle"] ?? "", "html": glossaryList(language, data: data)])
        }
        return sections
    }

    /// Every glossary term as a definition list, each with an id (`term-pboc`) links can reach.
    private func glossaryList(_ language: Language, data: DataHTML) -> String {
        var html = "<dl class=\"glossary-list report-glossary\">\n"
        for term in TermHTML.sorted(site.glossary.terms, language: language) {
            let ruby = Ruby.html(hanzi: term.zh, pinyin: term.pinyin)
            let name = language.code == "zh" ? "\(ruby) <span lang=\"en\">\(HTML.escape(term.en))</span>" : "\(HTML.escape(term.en)) \(ruby)"
            html += "<dt id=\"term-\(HTML.escape(term.id))\">\(name)</dt>\n<dd>\(TermHTML.definition(term, language: language))</dd>\n"
        }
        return html + "</dl>\n"
    }
}

/// Each page's section of the report as the last build rendered it, for the preview server:
/// after an edit only the edited page's section is rendered again. Keyed by the site-wide key
/// (links and section ids depend on every page) and the page's source.
final class ReportMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [String: (key: UInt64, document: RenderedDocument)] = [:]

    func document(_ path: String, key: UInt64) -> RenderedDocument? {
        lock.withLock { documents[path].flatMap { $0.key == key ? $0.document : nil } }
    }

    func store(_ path: String, key: UInt64, document: RenderedDocument) {
        lock.withLock { documents[path] = (key, document) }
    }

    private var data: [String: (key: UInt64, sections: [TemplateValue])] = [:]

    func dataSections(_ language: String, key: UInt64) -> [TemplateValue]? {
        lock.withLock { data[language].flatMap { $0.key == key ? $0.sections : nil } }
    }

    func storeDataSections(_ language: String, key: UInt64, sections: [TemplateValue]) {
        lock.withLock { data[language] = (key, sections) }
    }
}
