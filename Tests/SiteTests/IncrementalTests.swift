import Content
import Foundation
import Testing
@testable import Site

/// Incremental builds (BuildCache): after each kind of edit, the output must be exactly a
/// clean build's, and only what the edit touched is rendered again.
@Suite struct IncrementalTests {
    /// How the incremental builds run: `build`'s (cache on disk, a fresh folder swapped in) or
    /// the preview server's (cache in memory, pages kept from the last load, files replaced in place).
    final class Mode: Sendable {
        let memory: BuildCache?
        init(serve: Bool) { memory = serve ? BuildCache() : nil }

        func build(_ site: FixtureSite, cache: URL) -> BuildReport {
            var options = BuildOptions(root: site.root, output: site.output, cacheDirectory: memory == nil ? cache : nil)
            options.inPlace = memory != nil
            return SiteBuilder.build(options, cache: memory)
        }
    }

    /// Builds `site` with its cache, and a clean copy without one; both must hold the same bytes.
    private func buildBoth(_ site: FixtureSite, cache: URL, step: String, mode: Mode = Mode(serve: false)) throws -> BuildReport {
        let incremental = mode.build(site, cache: cache)
        #expect(incremental.succeeded, "\(step): \(incremental.diagnostics)")
        let cleanOutput = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cleanOutput) }
        let clean = SiteBuilder.build(BuildOptions(root: site.root, output: cleanOutput))
        #expect(clean.succeeded, "\(step): \(clean.diagnostics)")
        let got = FixtureSite.snapshot(site.output), want = FixtureSite.snapshot(cleanOutput)
        #expect(got.keys.sorted() == want.keys.sorted(), "\(step): the incremental build has other files")
        for (path, bytes) in want where got[path] != bytes {
            Issue.record("\(step): \(path) differs from a clean build")
        }
        #expect(incremental.diagnostics == clean.diagnostics, "\(step): other diagnostics than a clean build")
        return incremental
    }

    private func inode(_ url: URL) -> UInt64? { BuildCache.identity(of: url)?.inode }

    @Test(arguments: [false, true]) func everyKindOfEditGivesExactlyTheCleanBuild(serve: Bool) throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let cache = site.root.appendingPathComponent(".build-site")
        let content = site.root.appendingPathComponent("content")
        let mode = Mode(serve: serve)
        func buildBoth(_ site: FixtureSite, cache: URL, step: String) throws -> BuildReport {
            try self.buildBoth(site, cache: cache, step: "\(serve ? "serve" : "build"): \(step)", mode: mode)
        }

        let first = try buildBoth(site, cache: cache, step: "first build")
        #expect(first.reused == 0 && first.rendered > 0)
        #expect(FileManager.default.fileExists(atPath: cache.appendingPathComponent(BuildCache.fileName).path) == !serve)

        let unchanged = try buildBoth(site, cache: cache, step: "no change")
        #expect(unchanged.rendered == 0, "nothing changed, nothing is rendered")
        #expect(unchanged.reused == first.rendered)
        if let memo = mode.memory?.pages {
            // Page files are kept from the last load once they are a second old (not before).
            #expect(memo.hits == 0)
            Thread.sleep(forTimeInterval: 1.1)
            _ = try buildBoth(site, cache: cache, step: "no change, pages a second old")
            let before = memo.hits
            _ = try buildBoth(site, cache: cache, step: "no change, pages from memory")
            let pageFiles = ContentLoader.walk(content).filter { $0.hasSuffix(".md") }.count
            #expect(memo.hits - before == pageFiles, "every page file (\(pageFiles)) from memory")
        }

        // One page's body: that page and its language's report (it holds every body), nothing else.
        let otherPage = site.output.appendingPathComponent("zh/guide/intro/index.html")
        let before = inode(otherPage)
        let intro = content.appendingPathComponent("guide/intro.md")
        try (String(contentsOf: intro, encoding: .utf8) + "\nAn added sentence about [the PBOC](term:pboc).\n")
            .write(to: intro, atomically: true, encoding: .utf8)
        let page = try buildBoth(site, cache: cache, step: "page edited")
        #expect(page.rendered == 2, "guide/intro and the English report, not \(page.rendered)")
        #expect(try site.html("guide/intro/index.html").contains("An added sentence"))
        #expect(inode(otherPage) == before, "an unchanged page keeps its file")

        // The same page rewritten in place with as many bytes: its new modification time tells.
        let text = try String(contentsOf: intro, encoding: .utf8)
        let handle = try FileHandle(forWritingTo: intro)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "An added sentence", with: "An ADDED sentence").utf8))
        try handle.close()
        let rewritten = try buildBoth(site, cache: cache, step: "page rewritten in place")
        #expect(rewritten.rendered == 2)
        #expect(try site.html("guide/intro/index.html").contains("An ADDED sentence"))

        // A data file: every page may show data, so everything is rendered.
        let timeline = content.appendingPathComponent("data/timeline.yml")
        try String(contentsOf: timeline, encoding: .utf8).replacingOccurrences(of: "2025-08-05", with: "2025-08-06")
            .write(to: timeline, atomically: true, encoding: .utf8)
        let data = try buildBoth(site, cache: cache, step: "data edited")
        #expect(data.reused == 0)

        // A template override appears, then is edited.
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let footer = templates.appendingPathComponent("footer.mustache")
        try #"<footer class="site-footer"><p>Custom footer</p></footer>"#.write(to: footer, atomically: true, encoding: .utf8)
        _ = try buildBoth(site, cache: cache, step: "template added")
        #expect(try site.html("zh/guide/intro/index.html").contains("Custom footer"))
        try #"<footer class="site-footer"><p>Edited footer</p></footer>"#.write(to: footer, atomically: true, encoding: .utf8)
        let template = try buildBoth(site, cache: cache, step: "template edited")
        #expect(template.reused == 0)
        #expect(try site.html("index.html").contains("Edited footer"))

        // A deleted page: its outputs go, and the links to it are errors as in a clean build.
        try FileManager.default.removeItem(at: content.appendingPathComponent("guide/data.zh.md"))
        _ = try buildBoth(site, cache: cache, step: "translation deleted")
        #expect(try site.html("zh/guide/data/index.html").contains("本页尚未译成中文"), "now a fallback")
        try FileManager.default.removeItem(at: content.appendingPathComponent("only-en.md"))
        let deleted = mode.build(site, cache: cache)
        #expect(!deleted.succeeded, "intro links to only-en.md")
        #expect(deleted.diagnostics.contains { $0.code == "broken-link" && $0.file == "content/guide/intro.md" })
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("only-en/index.html").path),
                "a failed build leaves the last site")
        try String(contentsOf: intro, encoding: .utf8).replacingOccurrences(of: "[untranslated page](../only-en.md)", with: "untranslated page")
            .write(to: intro, atomically: true, encoding: .utf8)
        _ = try buildBoth(site, cache: cache, step: "page deleted")
        for gone in ["only-en/index.html", "zh/only-en/index.html", "only-en", "zh/only-en"] {
            #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent(gone).path), "\(gone) remains")
        }
    }

    @Test func aHandEditedOutputIsRenderedAgain() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let cache = site.root.appendingPathComponent(".build-site")
        _ = try buildBoth(site, cache: cache, step: "first build")
        let page = site.output.appendingPathComponent("guide/intro/index.html")
        let original = try Data(contentsOf: page)
        try Data("tampered".utf8).write(to: page)
        let again = try buildBoth(site, cache: cache, step: "output tampered")
        #expect(again.rendered == 1)
        #expect(try Data(contentsOf: page) == original)
    }

    @Test func aCacheInMemoryWorksLikeOneOnDisk() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let cache = BuildCache()
        let first = SiteBuilder.build(BuildOptions(root: site.root, output: site.output), cache: cache)
        let second = SiteBuilder.build(BuildOptions(root: site.root, output: site.output), cache: cache)
        #expect(first.succeeded && second.succeeded)
        #expect(second.rendered == 0 && second.reused == first.rendered)
        // Another output folder: the cache is not used for it.
        let elsewhere = site.root.appendingPathComponent("elsewhere")
        let third = SiteBuilder.build(BuildOptions(root: site.root, output: elsewhere), cache: cache)
        #expect(third.reused == 0)
        #expect(FixtureSite.snapshot(elsewhere) == FixtureSite.snapshot(site.output))
    }
}
