import Content
import Foundation
import Templates

/// What a build is asked to do.
public struct BuildOptions: Sendable, Equatable {
    public var root: URL
    /// Where the site goes; `root/site` when nil.
    public var output: URL?
    /// Replaces site.yml's `baseURL`.
    public var baseURL: String?
    public var includeDrafts = false
    /// `check` runs every phase but write.
    public var write = true
    /// Where the incremental build cache lives (`<root>/.build-site`); nil builds everything.
    public var cacheDirectory: URL?
    /// Writes changed files into the output folder itself (each replaced atomically) instead of
    /// a fresh folder swapped in whole: for the preview server's private folder, where a build
    /// that changed one page should not touch the other thousands.
    public var inPlace = false
    /// The process ends after this build (the command line's `build`): what it made is left
    /// for the system to reclaim at exit rather than freed a piece at a time (a tenth of a
    /// second on a large site, on one core).
    public var exitsAfter = false

    public init(root: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false, write: Bool = true,
                cacheDirectory: URL? = nil) {
        self.root = root
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.write = write
        self.cacheDirectory = cacheDirectory
    }

    public static func defaultCacheDirectory(root: URL) -> URL { root.appendingPathComponent(".build-site") }

    public var outputDirectory: URL { output ?? root.appendingPathComponent("site") }
}

/// What a build did: its diagnostics, counts and time.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Pages written per language, the default language first.
    public var pageCounts: [(language: String, pages: Int)]
    public var files: Int
    public var milliseconds: Int
    /// How long each step took, in order, for `--timings`.
    public var timings: [(step: String, milliseconds: Double)] = []
    /// Outputs made from sources that were rendered, and that were unchanged and reused.
    public var rendered = 0
    public var reused = 0
    /// Only edited pages were rendered (the preview server's LiveSite), not a full build.
    public var pagesOnly = false
    public var succeeded: Bool { diagnostics.errorCount == 0 }

    /// One line a step: `  12.34 ms  render`.
    public var timingsText: String {
        timings.map { String(format: "%8.2f ms  %@", $0.milliseconds, $0.step) }.joined(separator: "\n") + "\n"
    }

    /// `en 4 pages, zh 4 pages; 0 warnings, 0 errors; 120 ms`.
    public var summary: String {
        let pages = pageCounts.map { "\($0.language) \($0.pages) page\($0.pages == 1 ? "" : "s")" }.joined(separator: ", ")
        let w = diagnostics.warningCount, e = diagnostics.errorCount
        let cached = reused > 0 ? "; \(rendered) rendered, \(reused) unchanged" : ""
        return "\(pages.isEmpty ? "no pages" : pages); \(w) warning\(w == 1 ? "" : "s"), \(e) error\(e == 1 ? "" : "s"); \(milliseconds) ms\(cached)"
    }
}

/// Times the parts of a step.
final class Laps: @unchecked Sendable {
    private var clock = DispatchTime.now()
    private(set) var timings: [(step: String, milliseconds: Double)] = []

    func lap(_ step: String) {
        let now = DispatchTime.now()
        timings.append((step, Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1_000_000))
        clock = now
    }
}

/// The build pipeline: load → resolve → render → write (DESIGN.md §3).
public enum SiteBuilder {
    /// Builds the site. With `cache` (the preview server keeps one in memory) or
    /// `options.cacheDirectory` (kept on disk), only outputs whose sources changed are rendered.
    public static func build(_ options: BuildOptions, cache: BuildCache? = nil) -> BuildReport {
        build(options, cache: cache, reportMemo: nil).report
    }

    /// A build that also returns what the preview server keeps to rebuild edited pages alone.
    static func build(_ options: BuildOptions, cache: BuildCache?, reportMemo: ReportMemo?) -> (report: BuildReport, state: LiveState?) {
        let start = DispatchTime.now()
        var report = BuildReport(diagnostics: [], pageCounts: [], files: 0, milliseconds: 0)
        let disk = cache == nil && options.write ? options.cacheDirectory : nil
        let cache = options.write ? cache ?? disk.map(BuildCache.load) : nil
        let state = run(options, cache: cache, reportMemo: reportMemo, into: &report)
        if let disk, let cache, report.succeeded, report.files > 0 {
            do {
                try cache.save(to: disk)
            } catch {
                report.diagnostics.append(.warning("cache-unwritable", "cannot save the build cache: \(error.localizedDescription)",
                                                   at: SourcePosition(file: disk.lastPathComponent), phase: .write))
            }
        }
        report.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        report.diagnostics = report.diagnostics.sortedForOutput()
        return (report, report.succeeded ? state : nil)
    }

    private static func run(_ options: BuildOptions, cache: BuildCache?, reportMemo: ReportMemo?, into report: inout BuildReport) -> LiveState? {
        var clock = DispatchTime.now()
        func lap(_ step: String) {
            let now = DispatchTime.now()
            report.timings.append((step, Double(now.uptimeNanoseconds - clock.uptimeNanoseconds) / 1_000_000))
            clock = now
        }

        // load
        let (loaded, loadDiagnostics) = ContentLoader.load(root: options.root, includeDrafts: options.includeDrafts, memo: cache?.pages)
        let (theme, themeDiagnostics) = Theme.load(root: options.root)
        report.diagnostics = loadDiagnostics + themeDiagnostics
        lap("load")
        guard var content = loaded, let theme else { return nil }
        if let baseURL = options.baseURL { content.config.baseURL = SiteConfig.normalizedBaseURL(baseURL) }

        // resolve
        let site = Resolver.resolve(content, diagnostics: &report.diagnostics)
        lap("resolve")
        if !content.glossary.terms.isEmpty {
            Glossary.loadReadings()
            lap("resolve: pinyin readings table")
            report.diagnostics += content.glossary.check()
            lap("resolve: pinyin checks (\(content.glossary.terms.count) terms)")
        }

        // render
        let base = report.diagnostics
        var renderer = Renderer(site: site, theme: theme)
        renderer.known = site.knownPaths()
        renderer.reportMemo = reportMemo
        if let cache {
            cache.begin(output: options.outputDirectory)
            renderer.cache = cache
            renderer.keys = OutputKeys(site: BuildCache.siteKey(content, theme: theme, options: options))
            lap("cache keys")
        }
        let laps = Laps()
        renderer.lap = { laps.lap($0) }
        let (files, records) = renderer.render(diagnostics: &report.diagnostics)
        report.rendered = cache?.rendered ?? 0
        report.reused = cache?.reused ?? 0
        report.timings += laps.timings
        clock = DispatchTime.now()
        report.pageCounts = site.config.languages.map { language in
            (language.code, site.pages.count { $0.language == language } + site.generatedKeys.count)
        }
        guard report.diagnostics.errorCount == 0 else { return nil }

        // write
        report.files = files.count
        guard options.write else { return nil }
        defer { lap("write") }
        do {
            if options.inPlace {
                try OutputWriter.update(files, in: options.outputDirectory)
            } else {
                try OutputWriter.write(files, to: options.outputDirectory)
            }
            cache?.commit()
        } catch {
            report.diagnostics.append(Diagnostic(file: options.outputDirectory.lastPathComponent, line: 1, column: 1,
                                                 code: "write-failed", message: "\(error)", phase: .write))
            return nil
        }
        if options.exitsAfter { Leftovers.keep([content, site, files, records, renderer]) }
        guard reportMemo != nil, options.inPlace else { return nil }
        return LiveState(options: options, renderer: renderer, base: base, records: records,
                         loaded: Set(content.pages.map(\.file)), report: report)
    }
}

/// What a build that ends the process leaves allocated (BuildOptions.exitsAfter).
enum Leftovers {
    nonisolated(unsafe) private static var kept: [Any] = []
    private static let lock = NSLock()
    static func keep(_ values: [Any]) { lock.withLock { kept += values } }
}
