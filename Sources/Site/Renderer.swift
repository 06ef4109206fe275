import Content
import Foundation
import Markdown
import Templates
#if canImport(Glibc)
import Glibc
#endif

/// One file of the built site.
struct OutputFile: Sendable {
    enum Source: Sendable {
        case bytes(Data)
        case copy(URL)
        /// The same file of the previous build, known to be unchanged (BuildCache).
        case previous
    }
    /// Relative to the site root: `zh/about/index.html`.
    let path: String
    let source: Source
}

/// The render phase: Markdown, then templates, across every core.
struct Renderer {
    let site: ResolvedSite
    let theme: Theme
    /// Set for incremental builds: outputs whose key did not change are not rendered.
    var cache: BuildCache? = nil
    var keys = OutputKeys(site: 0)
    /// Every path the site has (ResolvedSite.knownPaths), when already known.
    var known: Set<String>? = nil
    /// The preview server's: report sections kept between builds.
    var reportMemo: ReportMemo? = nil
    /// Called after each part of the render with its name, for `--timings`.
    var lap: @Sendable (String) -> Void = { _ in }
    /// Templates that failed to render, from any thread.
    let failures = ResultSlots<Diagnostic>(count: 0)

    func render(diagnostics: inout [Diagnostic]) -> (files: [OutputFile], records: SourceRecords) {
        let pages = site.pages
        let unchanged = pages.map { page in cache?.reusable(page.path + "index.html", key: keys.page(page)) ?? false }
        var wanted: Set<String> = []
        for (page, same) in zip(pages, unchanged) where !same { wanted.insert(documentID(page)) }
        let (documents, records) = renderMarkdown(wanted: wanted, diagnostics: &diagnostics)
        lap("render: Markdown")
        let views = self.views(documents)
        let slots = ResultSlots<Result<OutputFile, Diagnostic>>(count: pages.count)
        Markdown.forEach(pages.count) { i in
            slots[i] = unchanged[i] ? .success(OutputFile(path: pages[i].path + "index.html", source: .previous))
                : renderPage(pages[i], views: views)
        }
        lap("render: pages")
        var files: [OutputFile] = []
        for result in slots.values {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            case nil: break
            }
        }
        files += extras(views: views, diagnostics: &diagnostics)
        lap("render: aliases, sitemap, assets")
        files += glossary(views: views, mentions: records.mentions)
        lap("render: glossary")
        files += dataPages(views: views)
        lap("render: data pages, report")
        diagnostics += failures.values.compactMap { $0 }
        return (files.sorted { $0.path < $1.path }, records)
    }

    func views(_ documents: [String: RenderedDocument]) -> Views {
        var views = Views(site: site, theme: theme, documents: documents)
        views.reportMemo = reportMemo.map { ($0, keys.site) }
        views.known = known
        return views
    }

    func renderPage(_ page: Page, views: Views) -> Result<OutputFile, Diagnostic> {
        let template = page.frontMatter.layout ?? (page.isHome ? "home" : "page")
        do {
            return .success(OutputFile(path: page.path + "index.html", source: .bytes(try theme.render(template, views.page(page)))))
        } catch let error where error.code == "missing-template" {
            return .failure(.error("missing-template", "layout '\(template)' does not exist",
                                   at: SourcePosition(file: page.file), phase: .render))
        } catch {
            return .failure(.error(error.code, error.message, at: SourcePosition(file: error.file ?? page.file), phase: .render))
        }
    }

    /// The template rendered, or nothing with a diagnostic for the build.
    func html(_ template: String, _ view: [String: Any]) -> Data {
        do {
            return try theme.render(template, view)
        } catch {
            failures.append(.error(error.code, error.message, at: SourcePosition(file: error.file ?? "templates/\(template).mustache"), phase: .render))
            return Data()
        }
    }

    /// Fallbacks reuse their original's Markdown, keyed by file, unless links are
    /// page-relative: then each renders its own, keyed by path.
    func documentID(_ page: Page) -> String {
        page.fallbackFrom != nil && site.config.relativeURLs ? page.path : page.file
    }

    /// The sources whose Markdown is rendered: real pages, and fallbacks when links are page-relative.
    func isSource(_ page: Page) -> Bool { page.fallbackFrom == nil || site.config.relativeURLs }

    /// Renders each real page's Markdown once and checks anchors. With a cache, a source none
    /// of whose pages is `wanted` takes what it found from the cache instead of rendering.
    private func renderMarkdown(wanted: Set<String>, diagnostics: inout [Diagnostic]) -> ([String: RenderedDocument], SourceRecords) {
        let sources = site.pages.filter(isSource)
        let sourceKeys = sources.map(sourceKey)
        let cached: [BuildCache.Source?] = zip(sources, sourceKeys).map { page, key in
            wanted.contains(documentID(page)) ? nil : cache?.source(documentID(page), key: key)
        }
        let known = self.known ?? site.knownPaths()
        let slots = ResultSlots<(RenderedDocument, BuildCache.Source)>(count: sources.count)
        Markdown.forEach(sources.count) { i in
            guard cached[i] == nil else { return }
            slots[i] = renderSource(sources[i], known: known)
        }
        var documents: [String: RenderedDocument] = [:]
        var found: [String: BuildCache.Source] = [:]
        for (i, (page, slot)) in zip(sources, slots.values).enumerated() {
            let id = documentID(page)
            if let (document, source) = slot {
                documents[id] = document
                found[id] = source
            } else if let source = cached[i] {
                found[id] = source
            }
            if let source = found[id] { cache?.record(source: source, for: id) }
        }
        let records = SourceRecords(entries: sources.map(entry), sources: found)
        diagnostics += records.diagnostics
        diagnostics += records.brokenAnchors()
        return (documents, records)
    }

    func entry(_ page: Page) -> SourceRecords.Entry {
        .init(id: documentID(page), real: page.fallbackFrom == nil, key: page.key, frontMatterTerms: page.frontMatter.terms)
    }

    func sourceKey(_ page: Page) -> UInt64 { keys.key("source", documentID(page), hashes: [page.sourceHash]) }

    /// One source's Markdown as HTML, and what it found.
    func renderSource(_ page: Page, known: Set<String>) -> (RenderedDocument, BuildCache.Source) {
        let options: MarkdownOptions = site.config.unsafeHTML ? MarkdownOptions.site.union(.unsafeHTML) : .site
        let links = PageLinks(page: page, site: site, known: known)
        let settings = RenderSettings(
            options: options, anchorLabel: UIStrings.strings(for: page.language.code)["anchorLabel"] ?? "",
            lineOffset: page.bodyLineOffset, link: { links.resolve($0) }, fencedBlock: { links.fencedBlock($0) })
        let document = Markdown.render(page.body, settings: settings)
        let original = page.fallbackFrom == nil  // a fallback's original reports its problems
        let source = BuildCache.Source(
            key: sourceKey(page), ids: Self.ids(in: document).sorted(),
            anchors: original ? links.anchors.map {
                .init(targetFile: $0.targetFile, anchor: $0.anchor, file: $0.position.file, line: $0.position.line, column: $0.position.column)
            } : [],
            terms: original ? links.terms : [], diagnostics: original ? links.diagnostics : [])
        return (document, source)
    }

    private func glossary(views: Views, mentions: [String: Set<String>]) -> [OutputFile] {
        guard !site.glossary.terms.isEmpty else { return [] }
        let files = [OutputFile(path: "glossary.json", source: .bytes(views.glossaryJSON()))]
        let languages = site.config.languages
        let mentioned = OutputKeys.mentioned(mentions)
        let slots = ResultSlots<OutputFile>(count: languages.count)
        Markdown.forEach(languages.count) { i in
            slots[i] = glossaryPage(languages[i], views: views, mentions: mentions, mentioned: mentioned).file
        }
        return files + slots.values.compactMap { $0 }
    }

    /// One language's glossary page and its key, which covers which pages mention each term
    /// (`mentioned`, OutputKeys.mentioned). With `reuse`, the cache's file when the key is the same.
    func glossaryPage(_ language: Language, views: Views, mentions: [String: Set<String>], mentioned: [UInt64],
                      reuse: Bool = true) -> (file: OutputFile, key: UInt64) {
        let path = Page.path(key: "glossary", language: language) + "index.html"
        let key = keys.key(path, hashes: mentioned)
        if reuse, cache?.reusable(path, key: key) == true { return (OutputFile(path: path, source: .previous), key) }
        return (OutputFile(path: path, source: .bytes(html("glossary", views.glossary(language, mentions: mentions)))), key)
    }

    /// Directive, comparison, timeline and report pages in every language, and the data downloads.
    private func dataPages(views: Views) -> [OutputFile] {
        var jobs: [(path: String, make: @Sendable () -> Data)] = []
        func page(_ key: String, _ language: Language, _ template: String, _ view: @escaping @Sendable () -> [String: Any]) {
            jobs.append((Page.path(key: key, language: language) + "index.html", { html(template, view()) }))
        }
        // A report shows the body of every page in its language; the other outputs only the site-wide sources.
        let bodies = OutputKeys.bodies(site)
        let data = site.data
        for language in site.config.languages {
            for directive in data.directives { page("directives/\(directive.id)", language, "directive") { views.directive(directive, language: language) } }
            for comparison in data.comparisons { page("compare/\(comparison.id)", language, "comparison") { views.comparison(comparison, language: language) } }
            if !data.timeline.isEmpty {
                page("timeline", language, "timeline") { views.timeline(language) }
                let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int($0) }
                jobs.append((Page.path(key: "", language: language) + "feed.xml", { views.feed(language, sourceDateEpoch: epoch) }))
            }
            if site.config.report { page("report", language, "report") { views.report(language) } }
        }
        for directive in data.directives {
            jobs.append(("directives/\(directive.id).csv", { views.directiveCSV(directive) }))
            jobs.append(("directives/\(directive.id).json", { views.directiveJSON(directive) }))
        }
        if !data.timeline.isEmpty { jobs.append(("timeline.json", { views.timelineJSON() })) }
        let all = jobs
        let unchanged = all.map { job in
            cache?.reusable(job.path, key: keys.key(job.path, hashes: bodies[job.path] ?? [])) ?? false
        }
        let slots = ResultSlots<OutputFile>(count: all.count)
        Markdown.forEach(all.count) { i in
            slots[i] = OutputFile(path: all[i].path, source: unchanged[i] ? .previous : .bytes(all[i].make()))
        }
        return slots.values.compactMap { $0 }
    }

    /// Every `id` in a page's HTML: headings and footnotes.
    static func ids(in document: RenderedDocument) -> Set<String> {
        var ids: Set<String> = []
        var html = document.html
        html.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            // Each `d` (memchr skips the text between them fast) that is the d of ` id="`.
            var i = 0
            while i < bytes.count, let hit = memchr(base + i, Int32(UInt8(ascii: "d")), bytes.count - i) {
                let d = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                i = d + 1
                guard d >= 2, d + 2 < bytes.count, bytes[d - 1] == UInt8(ascii: "i"), bytes[d - 2] == UInt8(ascii: " "),
                      bytes[d + 1] == UInt8(ascii: "="), bytes[d + 2] == UInt8(ascii: "\"") else { continue }
                let start = d + 3
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                if end > start, end < bytes.count { ids.insert(String(decoding: bytes[start..<end], as: UTF8.self)) }
                i = end
            }
        }
        return ids
    }

    private func extras(views: Views, diagnostics: inout [Diagnostic]) -> [OutputFile] {
        var files: [OutputFile] = theme.assets.map { OutputFile(path: $0.path, source: .bytes($0.contents)) }
        for language in site.config.languages {
            let path = language.isDefault ? "404.html" : "\(language.prefix)/404.html"
            files.append(OutputFile(path: path, source: .bytes(html("404", views.notFound(language)))))
        }
        for page in site.pages where page.fallbackFrom == nil {
            for alias in page.frontMatter.aliases.map(Resolver.normalizedAlias) {
                files.append(OutputFile(path: alias + "index.html", source: .bytes(html("alias", views.alias(for: page, at: alias)))))
            }
        }
        let staticDir = site.root.appendingPathComponent("content/static")
        files += site.staticFiles.map { OutputFile(path: $0, source: .copy(staticDir.appendingPathComponent($0))) }
        files.append(OutputFile(path: "sitemap.xml", source: .bytes(Data(Sitemap.xml(site).utf8))))
        files.append(OutputFile(path: "robots.txt", source: .bytes(Data(Sitemap.robots(site).utf8))))
        return files
    }
}
