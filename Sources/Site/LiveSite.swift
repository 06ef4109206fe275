import Content
import Foundation
import Markdown
import Templates

/// What the preview server keeps between rebuilds. A full build (with the in-memory
/// BuildCache) leaves behind the resolved site and every source's record; when the files
/// that changed since are only page texts — same front matter, no file added or removed —
/// the next build renders just those pages, the reports of their languages, and the
/// glossary if the terms they mention changed, and checks only the anchors into and out of
/// them. Anything else, or anything unexpected, is a full build, which keeps the output
/// exactly a clean build's either way (IncrementalTests and LiveSiteTests compare them).
public final class LiveSite: @unchecked Sendable {
    /// The full builds' cache: outputs and sources of the last build, page files as read.
    public let cache = BuildCache()
    private let reports = ReportMemo()
    private let lock = NSLock()
    private var state: LiveState?
    /// Files edited since `state` was made whose edit is not in the output yet (their build failed).
    private var pending: Set<String> = []

    public init() {}

    /// Builds `options` (an in-place build into the server's folder). `changed` are the files,
    /// relative to the root (`content/about.md`), changed since the last call; nil when unknown.
    public func build(_ options: BuildOptions, changed: Set<String>? = nil) -> BuildReport {
        lock.withLock {
            if let changed, state?.options == options, let report = rebuildPages(changed.union(pending)) {
                return report
            }
            pending = []
            state = nil  // freed before the build makes the next
            let (report, state) = SiteBuilder.build(options, cache: cache, reportMemo: reports)
            self.state = state
            return report
        }
    }

    /// The build of edited page texts alone; nil when the change needs a full build. The state
    /// is changed in place (a copy of 20,000 pages costs more than the whole rebuild) and put
    /// back as it was when the build fails.
    private func rebuildPages(_ changed: Set<String>) -> BuildReport? {
        let start = DispatchTime.now()
        let laps = Laps()
        guard !changed.isEmpty, changed.allSatisfy(state!.loaded.contains) else { return nil }
        let contentDir = state!.options.root.appendingPathComponent("content")
        var edited: [String: Page] = [:], previous: [String: Page] = [:]
        for file in changed {
            let (page, _) = ContentLoader.readPage(String(file.dropFirst("content/".count)), in: contentDir,
                                                   languages: state!.site.config.languages)
            guard let page, let before = state!.site.pagesByFile[file], page.frontMatterHash == before.frontMatterHash,
                  page.bodyLineOffset == before.bodyLineOffset else { return nil }
            if page.sourceHash != before.sourceHash {
                edited[file] = page
                previous[file] = before
            }
        }
        laps.lap("read")

        let positions = edited.keys.flatMap { state!.positions[$0] ?? [] }.sorted()
        state!.site.replaceBodies(edited, positions: positions)
        laps.lap("replace")
        var (report, replaced) = renderEdited(positions: positions, edited: Set(edited.keys), laps: laps)
        if report.succeeded {
            pending = []
        } else {
            state!.site.replaceBodies(previous, positions: positions)
            for (id, source) in replaced { _ = state!.records.replace(id, with: source) }
            pending.formUnion(changed)
        }
        laps.lap("finish")
        report.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        report.timings = laps.timings
        return report
    }

    /// Renders the pages at `positions` of the (already edited) site and writes them. Returns
    /// the report and, when it failed, the sources' records as they were before.
    private func renderEdited(positions: [Int], edited: Set<String>, laps: Laps) -> (BuildReport, [(String, BuildCache.Source)]) {
        var renderer = Renderer(site: state!.site, theme: state!.theme)
        renderer.cache = cache
        renderer.keys = state!.keys
        renderer.known = state!.known
        renderer.reportMemo = reports
        let site = renderer.site
        let pages = positions.map { site.pages[$0] }

        // Markdown, and what it tells the rest of the site.
        var documents: [String: RenderedDocument] = [:]
        var sources: [(id: String, source: BuildCache.Source)] = [], replaced: [(String, BuildCache.Source)] = []
        var mentionsChanged = false
        for page in pages where renderer.isSource(page) {
            let (document, source) = renderer.renderSource(page, known: renderer.known!)
            let id = renderer.documentID(page)
            documents[id] = document
            sources.append((id, source))
            if let old = state!.records.sources[id] { replaced.append((id, old)) }
            if state!.records.replace(id, with: source) { mentionsChanged = true }
        }
        laps.lap("markdown")
        var diagnostics = state!.base + state!.records.diagnostics + state!.records.brokenAnchors(changed: edited)
        laps.lap("diagnostics")

        // The pages, their languages' reports, the glossary if its lists changed.
        let views = renderer.views(documents)
        var files: [OutputFile] = [], keys: [(path: String, key: UInt64)] = []
        for page in pages {
            switch renderer.renderPage(page, views: views) {
            case .success(let file):
                files.append(file)
                keys.append((file.path, renderer.keys.page(page)))
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        if site.config.report {
            let bodies = OutputKeys.bodies(site)
            for language in site.config.languages where pages.contains(where: { $0.language == language }) {
                let path = Page.path(key: "report", language: language) + "index.html"
                files.append(OutputFile(path: path, source: .bytes(renderer.html("report", views.report(language)))))
                keys.append((path, renderer.keys.key(path, hashes: bodies[path] ?? [])))
            }
        }
        if mentionsChanged && !site.glossary.terms.isEmpty {
            let mentions = state!.records.mentions
            let mentioned = OutputKeys.mentioned(mentions)
            for language in site.config.languages {
                let (file, key) = renderer.glossaryPage(language, views: views, mentions: mentions, mentioned: mentioned, reuse: false)
                files.append(file)
                keys.append((file.path, key))
            }
        }
        diagnostics += renderer.failures.values.compactMap { $0 }
        laps.lap("render")

        var report = BuildReport(diagnostics: diagnostics.sortedForOutput(), pageCounts: state!.pageCounts, files: state!.files, milliseconds: 0)
        report.pagesOnly = true
        guard report.succeeded else { return (report, replaced) }
        do {
            try OutputWriter.replace(files, in: state!.options.outputDirectory)
            cache.refresh(outputs: keys, sources: sources)
            report.rendered = files.count
            report.reused = max(0, state!.outputs - files.count)
        } catch {
            report.diagnostics.append(Diagnostic(file: state!.options.outputDirectory.lastPathComponent, line: 1, column: 1,
                                                 code: "write-failed", message: "\(error)", phase: .write))
            return (report, replaced)
        }
        laps.lap("write")
        return (report, [])
    }
}

/// What a successful full build leaves for rebuilding edited pages alone.
struct LiveState: Sendable {
    let options: BuildOptions
    var site: ResolvedSite
    let theme: Theme
    let keys: OutputKeys
    let known: Set<String>
    /// Load, theme, resolve and glossary diagnostics: what page texts do not change.
    let base: [Diagnostic]
    var records: SourceRecords
    /// The page files the build read (`content/about.md`); a file not among them is new.
    let loaded: Set<String>
    /// Where each file's pages (the page and its fallbacks) are in `site.pages`.
    let positions: [String: [Int]]
    let pageCounts: [(language: String, pages: Int)]
    let files: Int
    /// Outputs made from sources (rendered or reused).
    let outputs: Int

    init(options: BuildOptions, renderer: Renderer, base: [Diagnostic], records: SourceRecords, loaded: Set<String>, report: BuildReport) {
        self.options = options
        site = renderer.site
        theme = renderer.theme
        keys = renderer.keys
        known = renderer.known ?? renderer.site.knownPaths()
        self.base = base
        self.records = records
        self.loaded = loaded
        var positions: [String: [Int]] = [:]
        for (i, page) in site.pages.enumerated() { positions[page.file, default: []].append(i) }
        self.positions = positions
        pageCounts = report.pageCounts
        files = report.files
        outputs = report.rendered + report.reused
    }
}
