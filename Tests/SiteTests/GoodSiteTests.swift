import Content
import Foundation
import Testing
@testable import Site

/// End to end over Tests/Fixtures/sites/good, a small bilingual site.
@Suite struct GoodSiteTests {
    @Test func buildsEveryPageAtItsCleanURL() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = Set(FixtureSite.snapshot(site.output).keys)
        for path in ["index.html", "zh/index.html", "guide/intro/index.html", "zh/guide/intro/index.html",
                     "only-en/index.html", "zh/only-en/index.html", "old-intro/index.html", "files/doc.txt",
                     "404.html", "zh/404.html", "sitemap.xml", "robots.txt", "guide/data/index.html",
                     "directives/sample-directive/index.html", "zh/directives/sample-directive/index.html",
                     "directives/sample-directive.csv", "directives/sample-directive.json", "compare/sample-comparison/index.html",
                     "zh/compare/sample-comparison/index.html", "timeline/index.html", "zh/timeline/index.html", "timeline.json",
                     "feed.xml", "zh/feed.xml", "report/index.html", "zh/report/index.html", "glossary/index.html"] {
            #expect(files.contains(path), "missing \(path)")
        }
        #expect(!files.contains("draft/index.html"))
        #expect(files.contains { $0.hasPrefix("assets/site.") && $0.hasSuffix(".css") })
        // index, guide/intro, guide/data, only-en (a fallback in zh), plus five generated:
        // directive, comparison, glossary, timeline, report.
        #expect(report.pageCounts.map(\.pages) == [9, 9])
        #expect(report.summary.hasPrefix("en 9 pages, zh 9 pages; 0 warnings, 0 errors; "))
    }

    @Test func marksEachPageWithItsLanguage() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        #expect(try site.html("index.html").contains("<html lang=\"en\">"))
        #expect(try site.html("zh/index.html").contains("<html lang=\"zh-Hans\">"))
        let fallback = try site.html("zh/only-en/index.html")
        #expect(fallback.contains("<html lang=\"zh-Hans\">"))
        #expect(fallback.contains("<article class=\"page\" lang=\"en\">"), "an untranslated page's text is marked English")
        #expect(fallback.contains("本页尚未译成中文"))
        #expect(fallback.contains("<link rel=\"canonical\" href=\"https://example.org/only-en/\">"))
    }

    @Test func pairsTranslationsWithHreflang() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        for path in ["guide/intro/index.html", "zh/guide/intro/index.html"] {
            let html = try site.html(path)
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/guide/intro/\">"))
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.org/zh/guide/intro/\">"))
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/guide/intro/\">"))
        }
        #expect(try site.html("guide/intro/index.html").contains("<a href=\"/zh/guide/intro/\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">中文</a>"))
        #expect(try site.html("zh/guide/intro/index.html").contains("<a href=\"/guide/intro/\" hreflang=\"en\" lang=\"en\">English</a>"))
        #expect(!(try site.html("only-en/index.html").contains("hreflang=\"zh-Hans\" href=")), "no alternate for a missing translation")
        let sitemap = try site.html("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/zh/guide/intro/</loc>\n<lastmod>2025-08-05</lastmod>\n<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://example.org/guide/intro/\"/>"))
        #expect(!sitemap.contains("<loc>https://example.org/zh/only-en/</loc>"), "fallbacks are not in the sitemap")
    }

    @Test func rewritesLinksBetweenSources() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        let home = try site.html("index.html")
        #expect(home.contains("<a href=\"/guide/intro/\">the guide</a>"))
        #expect(home.contains("<a href=\"/guide/intro/#second-part\">second part</a>"))
        #expect(home.contains("<a href=\"/files/doc.txt\">a document</a>"))
        let intro = try site.html("guide/intro/index.html")
        #expect(intro.contains("<a href=\"/\">home</a>"))
        #expect(intro.contains("<a href=\"/only-en/\">untranslated page</a>"))
        #expect(intro.contains("<h2 id=\"second-part\">Second part<a class=\"anchor\" href=\"#second-part\""))
        #expect(try site.html("zh/index.html").contains("<p>请阅读<a href=\"/zh/guide/intro/\">指南</a>"))
        #expect(try site.html("zh/index.html").contains("这一行接着上一行。"), "no space between CJK lines")
    }

    @Test func subpathBaseURLReachesEveryInternalURL() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let report = site.build(baseURL: "https://example.org/explainer")
        #expect(report.succeeded)
        var checked = 0
        for (path, data) in FixtureSite.snapshot(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for url in html.attributeValues("href") + html.attributeValues("src") + html.attributeValues("content")
            where url.hasPrefix("/") || url.hasPrefix("https://example.org") || url.contains("url=") {
                let bare = url.replacingOccurrences(of: "0; url=", with: "")
                #expect(bare.hasPrefix("/explainer/") || bare.hasPrefix("https://example.org/explainer/"), "\(path): \(url)")
                checked += 1
            }
        }
        #expect(checked > 50)
        #expect(try site.html("robots.txt").contains("Sitemap: https://example.org/explainer/sitemap.xml"))
        #expect(try site.html("index.html").contains("<a href=\"/explainer/guide/intro/#second-part\">"))
    }

    @Test func draftsOnlyWithTheFlag() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build(drafts: true)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("draft/index.html").path))
    }

    @Test func buildingTwiceGivesTheSameBytes() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let second = site.root.appendingPathComponent("second")
        site.build()
        site.build(output: second)
        let a = FixtureSite.snapshot(site.output), b = FixtureSite.snapshot(second)
        #expect(a.count > 10)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a { #expect(b[path] == data, "\(path) differs") }
    }

    @Test func unchangedFilesKeepTheirModificationTime() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        let index = site.output.appendingPathComponent("index.html").path
        let before = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as! Date
        Thread.sleep(forTimeInterval: 0.05)
        try "\nMore text.\n".appendToFile(site.root.appendingPathComponent("content/only-en.md"))
        site.build()
        let after = try FileManager.default.attributesOfItem(atPath: index)[.modificationDate] as! Date
        #expect(before == after)
        #expect(try site.html("only-en/index.html").contains("More text."))
    }
}

extension String {
    func appendToFile(_ url: URL) throws {
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        handle.seekToEndOfFile()
        handle.write(Data(utf8))
    }
}
