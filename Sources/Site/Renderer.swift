import Content
import Foundation
import Markdown
import Templates

/// One file of the built site.
struct OutputFile: Sendable {
    enum Source: Sendable {
        case bytes(Data)
        case copy(URL)
    }
    /// Relative to the site root: `zh/about/index.html`.
    let path: String
    let source: Source
}

/// The render phase: Markdown, then templates, across every core.
struct Renderer {
    let site: ResolvedSite
    let theme: Theme

    func render(diagnostics: inout [Diagnostic]) -> [OutputFile] {
        let (documents, mentions) = renderMarkdown(diagnostics: &diagnostics)
        let views = Views(site: site, theme: theme, documents: documents)
        let pages = site.pages
        let slots = ResultSlots<Result<OutputFile, Diagnostic>>(count: pages.count)
        Markdown.forEach(pages.count) { i in
            slots[i] = renderPage(pages[i], views: views)
        }
        var files: [OutputFile] = []
        for result in slots.values {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case nil: break
            }
        }
        files += extras(views: views, diagnostics: &diagnostics)
        files += glossary(views: views, mentions: mentions)
        files += dataPages(views: views)
        return files.sorted { $0.path < $1.path }
    }

    private func renderPage(_ page: Page, views: Views) -> Result<OutputFile, Diagnostic> {
        let template = page.frontMatter.layout ?? (page.isHome ? "home" : "page")
        guard let html = theme.render(template, views.page(page)) else {
            return .failure(.error("missing-template", "layout '\(template)' does not exist",
                                   at: SourcePosition(file: page.file), phase: .render))
        }
        return .success(OutputFile(path: page.path + "index.html", source: .bytes(Data(html.utf8))))
    }

    /// Renders each real page's Markdown once and checks anchors. Fallbacks reuse it, keyed by
    /// file, unless links are page-relative: then each renders its own, keyed by path.
    private func renderMarkdown(diagnostics: inout [Diagnostic]) -> ([String: RenderedDocument], [String: Set<String>]) {
        let sources = site.pages.filter { $0.fallbackFrom == nil || site.config.relativeURLs }
        let known = site.knownPaths()
        let options: MarkdownOptions = site.config.unsafeHTML ? MarkdownOptions.site.union(.unsafeHTML) : .site
        let slots = ResultSlots<(RenderedDocument, PageLinks)>(count: sources.count)
        Markdown.forEach(sources.count) { i in
            let page = sources[i]
            let links = PageLinks(page: page, site: site, known: known)
            let settings = RenderSettings(
                options: options, anchorLabel: UIStrings.strings(for: page.language.code)["anchorLabel"] ?? "",
                lineOffset: page.bodyLineOffset, link: { links.resolve($0) }, fencedBlock: { links.fencedBlock($0) })
            slots[i] = (Markdown.render(page.body, settings: settings), links)
        }
        var documents: [String: RenderedDocument] = [:]
        var references: [PageLinks.AnchorReference] = []
        var mentions: [String: Set<String>] = [:]  // term id → page keys
        for (page, slot) in zip(sources, slots.values) {
            guard let (document, links) = slot else { continue }
            documents[page.fallbackFrom == nil ? page.file : page.path] = document
            guard page.fallbackFrom == nil else { continue }  // its original reports its problems
            for id in links.terms + page.frontMatter.terms { mentions[id, default: []].insert(page.key) }
            diagnostics += links.diagnostics
            references += links.anchors
        }
        let idsByFile = documents.mapValues(Self.ids)
        for reference in references {
            guard let ids = idsByFile[reference.targetFile], !ids.contains(reference.anchor) else { continue }
            let near = ids.filter { $0.hasPrefix(String(reference.anchor.prefix(3))) }.sorted().first
            diagnostics.append(.error("broken-anchor", "\(reference.targetFile) has no heading or anchor '#\(reference.anchor)'",
                                      at: reference.position, suggestion: near.map { "did you mean '#\($0)'?" }, phase: .resolve))
        }
        return (documents, mentions)
    }

    private func glossary(views: Views, mentions: [String: Set<String>]) -> [OutputFile] {
        guard !site.glossary.terms.isEmpty else { return [] }
        var files = [OutputFile(path: "glossary.json", source: .bytes(views.glossaryJSON()))]
        for language in site.config.languages {
            let html = theme.render("glossary", views.glossary(language, mentions: mentions)) ?? ""
            files.append(OutputFile(path: Page.path(key: "glossary", language: language) + "index.html", source: .bytes(Data(html.utf8))))
        }
        return files
    }

    /// Directive, comparison, timeline and report pages in every language, and the data downloads.
    private func dataPages(views: Views) -> [OutputFile] {
        var jobs: [(path: String, make: @Sendable () -> Data)] = []
        func page(_ key: String, _ language: Language, _ template: String, _ view: @escaping @Sendable () -> [String: Any]) {
            jobs.append((Page.path(key: key, language: language) + "index.html", { Data((theme.render(template, view()) ?? "").utf8) }))
        }
        let data = site.data
        for language in site.config.languages {
            for directive in data.directives { page("directives/\(directive.id)", language, "directive") { views.directive(directive, language: language) } }
            for comparison in data.comparisons { page("compare/\(comparison.id)", language, "comparison") { views.comparison(comparison, language: language) } }
            if !data.timeline.isEmpty {
                page("timeline", language, "timeline") { views.timeline(language) }
                let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
                jobs.append((Page.path(key: "", language: language) + "feed.xml", { views.feed(language, sourceDateEpoch: epoch) }))
            }
            page("report", language, "report") { views.report(language) }
        }
        for directive in data.directives {
            jobs.append(("directives/\(directive.id).csv", { views.directiveCSV(directive) }))
            jobs.append(("directives/\(directive.id).json", { views.directiveJSON(directive) }))
        }
        if !data.timeline.isEmpty { jobs.append(("timeline.json", { views.timelineJSON() })) }
        let all = jobs
        let slots = ResultSlots<OutputFile>(count: all.count)
        Markdown.forEach(all.count) { i in
            slots[i] = OutputFile(path: all[i].path, source: .bytes(all[i].make()))
        }
        return slots.values.compactMap { $0 }
    }

    /// Every `id` in a page's HTML: headings and footnotes.
    static func ids(in document: RenderedDocument) -> Set<String> {
        Set(document.html.matches(of: #/ id="([^"]+)"/#).map { String($0.output.1) })
    }

    private func extras(views: Views, diagnostics: inout [Diagnostic]) -> [OutputFile] {
        var files: [OutputFile] = theme.assets.map { OutputFile(path: $0.path, source: .bytes($0.contents)) }
        for language in site.config.languages {
            let path = language.isDefault ? "404.html" : "\(language.prefix)/404.html"
            if let html = theme.render("404", views.notFound(language)) {
                files.append(OutputFile(path: path, source: .bytes(Data(html.utf8))))
            }
        }
        for page in site.pages where page.fallbackFrom == nil {
            for alias in page.frontMatter.aliases.map(Resolver.normalizedAlias) {
                let html = theme.render("alias", views.alias(for: page, at: alias)) ?? ""
                files.append(OutputFile(path: alias + "index.html", source: .bytes(Data(html.utf8))))
            }
        }
        let staticDir = site.root.appendingPathComponent("content/static")
        files += site.staticFiles.map { OutputFile(path: $0, source: .copy(staticDir.appendingPathComponent($0))) }
        files.append(OutputFile(path: "sitemap.xml", source: .bytes(Data(Sitemap.xml(site).utf8))))
        files.append(OutputFile(path: "robots.txt", source: .bytes(Data(Sitemap.robots(site).utf8))))
        return files
    }
}
