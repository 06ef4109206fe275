import Content
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Templates
import Testing
@testable import Site

/// Directive, comparison, timeline and report pages, the components in Markdown, and the
/// CSV, JSON and Atom files made from data (issue 4).
@Suite struct DataPagesTests {
    /// Builds the good fixture once per test and returns it with its output.
    func built() throws -> FixtureSite {
        let site = try FixtureSite("good")
        let report = site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return site
    }

    func events(_ html: String) -> [String] {
        html.matches(of: #/<li class="timeline-event" id="event-([^"]+)"/#).map { String($0.output.1) }
    }

    func count(_ needle: String, in html: String) -> Int { html.components(separatedBy: needle).count - 1 }

    @Test func directivePageHasAnAccessibleSortableTable() throws {
        let site = try built()
        defer { site.remove() }
        let html = try site.html("directives/sample-directive/index.html")
        #expect(html.contains("<h1>A sample directive</h1>"))
        #expect(html.contains("<p class=\"other-title\" lang=\"zh-Hans\">示例文件</p>"), "the title in the other language")
        #expect(html.contains("<time datetime=\"2025-08-05\">5 August 2025</time>"))
        #expect(html.contains("href=\"/glossary/#pboc\""), "issuers link to the glossary")
        #expect(html.contains("<ruby lang=\"zh-Hans\">中国"), "issuers show hanzi with pinyin")
        #expect(html.contains("Two items, for <strong>tests</strong>."), "the summary is Markdown")
        #expect(html.contains("<caption>A sample directive"))
        #expect(count("<th scope=\"col\"", in: html) == 5)
        #expect(count("<th scope=\"row\">", in: html) == 2)
        #expect(html.contains("<tr id=\"item-long-term\">") && html.contains("<tr id=\"item-data-credit\">"))
        #expect(html.contains("href=\"#item-data-credit\""), "each row links to itself")
        #expect(html.contains("data-sortable") && html.contains("data-filter-label=\"Filter rows\""))
        #expect(!html.contains("<button"), "sort buttons come from the script, so the page works without it")
        #expect(html.contains("Loans against <em>data</em>."), "measures are Markdown")
        #expect(html.contains("href=\"/directives/sample-directive.csv\" download=\"sample-directive.csv\""))
        #expect(html.contains("href=\"/guide/intro/\""), "links to its source page")

        let zh = try site.html("zh/directives/sample-directive/index.html")
        #expect(zh.contains("<h1>示例文件</h1>") && zh.contains("<p class=\"other-title\" lang=\"en\">A sample directive</p>"))
        #expect(zh.contains("<th scope=\"col\">重点</th>") && zh.contains("<th scope=\"row\">长期资金</th>"))
        #expect(zh.contains("<time datetime=\"2025-08-05\">2025年8月5日</time>"))
        #expect(zh.contains("href=\"/zh/glossary/#pboc\""))
    }

    @Test func csvOpensInASpreadsheetAndJSONHoldsBothLanguages() throws {
        let site = try built()
        defer { site.remove() }
        let csv = try Data(contentsOf: site.output.appendingPathComponent("directives/sample-directive.csv"))
        #expect(csv.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "a UTF-8 byte order mark, so spreadsheets read UTF-8")
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == 4 && lines[3].isEmpty, "header, two rows, CRLF after each")
        #expect(lines[0] == "id,priority_en,priority_zh,focus_en,focus_zh,instruments_en,instruments_zh,measures_en,measures_zh,terms")
        #expect(lines[2] == "data-credit,Data credit,数据信用,Small firms,中小企业,Receivables financing,应收账款融资,Loans against *data*.,以数据为依据发放贷款。,big-data supply-chain")
        #expect(Views.csvField("a, \"b\"") == "\"a, \"\"b\"\"\"")
        #expect(Views.csvField("=SUM(A1)") == "'=SUM(A1)", "a formula is defused")
        #expect(Views.csvField("line\nbreak") == "\"line\nbreak\"")

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("directives/sample-directive.json"))) as? [String: Any]
        #expect((json?["title"] as? [String: String]) == ["en": "A sample directive", "zh": "示例文件"])
        let items = json?["items"] as? [[String: Any]]
        #expect(items?.map { $0["id"] as? String } == ["long-term", "data-credit"])
        #expect((json?["url"] as? [String: String])?["zh"] == "https://example.org/zh/directives/sample-directive/")
    }

    @Test func comparisonHasSubjectColumnsAndCardsForNarrowScreens() throws {
        let site = try built()
        defer { site.remove() }
        let html = try site.html("compare/sample-comparison/index.html")
        #expect(html.contains("<caption>Guarantees and data</caption>"))
        #expect(html.contains("<th scope=\"col\">Guarantee dependence</th><th scope=\"col\">Data credit</th>"))
        #expect(html.contains("<th scope=\"row\">What secures the loan</th>"))
        #expect(html.contains("Orders and <strong>receivables</strong>"), "cells are Markdown")
        #expect(html.contains("<td colspan=\"2\"><p>The bank</p>"), "equal neighbouring cells merge")
        #expect(count("<section class=\"comparison-card\">", in: html) == 2, "one card per subject")
        #expect(count("<dt>Who decides</dt>", in: html) == 2, "every card lists every dimension")
        #expect(html.contains("<p class=\"lead\">Two ways to secure a loan.</p>"))
        let zh = try site.html("zh/compare/sample-comparison/index.html")
        #expect(zh.contains("<th scope=\"col\">担保依赖</th>") && zh.contains("<h2>数据信用</h2>"))
    }

    @Test func timelineIsAnOrderedListOfDatedEventsWithAnAxis() throws {
        let site = try built()
        defer { site.remove() }
        let html = try site.html("timeline/index.html")
        #expect(html.contains("<h2 id=\"year-2022\">2022</h2>") && html.contains("<h2 id=\"year-2025\">2025</h2>"))
        #expect(count("<ol class=\"timeline-events\">", in: html) == 2, "one list per year")
        #expect(html.attributeValues("datetime") == ["2022", "2025-08-05", "2025-12-10", "2025-12-11"], "each date at its precision, in order")
        #expect(html.contains("<time datetime=\"2025-12-10\">10</time>–<time datetime=\"2025-12-11\">11 December 2025</time>"))
        #expect(html.contains("<li class=\"timeline-event\" id=\"event-meeting\" data-tags=\"macro-policy\">"))
        #expect(html.contains("<li class=\"tag\" data-tag=\"monetary-policy\">Monetary policy</li>"), "tag labels from tags.yml")
        #expect(html.contains("<a class=\"term\" href=\"/glossary/#relending\">facility</a>"), "term links in the body")
        #expect(html.contains("href=\"/glossary/#pboc\""), "the event's terms")
        #expect(html.contains("<a href=\"/guide/intro/\">Introduction</a>"), "the event's source page")
        #expect(html.contains("<svg class=\"timeline-axis\""))
        #expect(count("class=\"axis-mark", in: html) == 3 && html.contains("<a href=\"#event-directive\"><title>5 August 2025: The directive</title>"))
        #expect(html.contains(">2022</text>") && html.contains(">2025</text>"), "every year on the axis is labelled")
        #expect(html.contains("rel=\"alternate\" type=\"application/atom+xml\""))
        let zh = try site.html("zh/timeline/index.html")
        #expect(zh.contains("<time datetime=\"2025-12-10\">2025年12月10日</time>至<time datetime=\"2025-12-11\">11日</time>"))
        #expect(zh.contains("<h2 id=\"year-2022\">2022年</h2>"))
    }

    @Test func atomFeedsParseWithTheAtomNamespace() throws {
        let site = try built()
        defer { site.remove() }
        for (path, title, tag) in [("feed.xml", "The meeting", "en"), ("zh/feed.xml", "会议召开", "zh-Hans")] {
            let feed = try AtomFeed(Data(contentsOf: site.output.appendingPathComponent(path)))
            #expect(feed.rootNamespace == "http://www.w3.org/2005/Atom" && feed.rootName == "feed")
            #expect(feed.language == tag)
            #expect(feed.entryIDs.count == 3)
            #expect(feed.entryTitles.first == title, "newest first")
            #expect(feed.updated == "2025-12-10T00:00:00Z", "without SOURCE_DATE_EPOCH, the newest event's date")
        }
        let feed = try AtomFeed(Data(contentsOf: site.output.appendingPathComponent("feed.xml")))
        #expect(feed.entryIDs.first == "https://example.org/timeline/#event-meeting")
        #expect(feed.contents.last?.contains("href=\"https://example.org/glossary/#relending\"") == true, "absolute links in entries")

        let (content, _) = ContentLoader.load(root: site.root)
        var diagnostics: [Diagnostic] = []
        let resolved = Resolver.resolve(try #require(content), diagnostics: &diagnostics)
        let views = Views(site: resolved, theme: try #require(Theme.load(root: site.root).0), documents: [:])
        let pinned = try AtomFeed(views.feed(.english, sourceDateEpoch: 1_764_547_200))
        #expect(pinned.updated == "2025-12-01T00:00:00Z", "SOURCE_DATE_EPOCH sets the feed's updated time")
    }

    @Test func componentsRenderInsidePages() throws {
        let site = try built()
        defer { site.remove() }
        let html = try site.html("guide/data/index.html")
        #expect(count("<tr id=", in: html) == 1 && html.contains("<tr id=\"item-data-credit\">"), "items: picks rows")
        #expect(html.contains("<a href=\"/directives/sample-directive/\">Open as a page</a>"))
        #expect(html.contains("<caption>Guarantees and data</caption>"))
        #expect(html.contains("<h3>Guarantee dependence</h3>"), "cards inside a page use h3")
        #expect(events(html) == ["meeting"], "tags: keeps only the macro-policy event")
        let zh = try site.html("zh/guide/data/index.html")
        #expect(count("<tr id=", in: zh) == 2)
        #expect(events(zh) == ["directive"], "from: 2025, to: 2025-08 keeps the August event")
        // A page links to a row and an event on generated pages; both are checked.
        #expect(html.contains("href=\"/directives/sample-directive/#item-long-term\"") && html.contains("href=\"/timeline/#event-meeting\""))
    }

    @Test func componentMistakesAreErrorsWhereTheyAreWritten() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "component-mistakes")
        let found = SiteBuilder.build(BuildOptions(root: site.root, write: false)).diagnostics
            .filter { $0.file == "content/guide/data.md" }.map { "\($0.line):\($0.column) \($0.code)" }
        #expect(found == ["6:5 unknown-id", "9:1 invalid-block", "15:1 invalid-block", "19:8 unknown-tag", "20:7 invalid-date", "25:9 unknown-id"])
    }

    @Test func anUnknownTermInDataMarkdownIsAnError() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let file = site.root.appendingPathComponent("content/data/timeline.yml")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "term:relending).\"", with: "term:relendin).\"")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let errors = SiteBuilder.build(BuildOptions(root: site.root, write: false)).diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.file):\($0.line):\($0.column) \($0.code)" } == ["content/data/timeline.yml:1:3 unknown-term"])
    }

    @Test func reportHoldsTheWholeExplainerWithWorkingAnchors() throws {
        let site = try built()
        defer { site.remove() }
        for path in ["report/index.html", "zh/report/index.html"] {
            let html = try site.html(path)
            let ids = html.attributeValues("id")
            #expect(Set(ids).count == ids.count, "\(path): no id twice: \(ids.filter { id in ids.count { $0 == id } > 1 })")
            let targets = html.attributeValues("href").filter { $0.hasPrefix("#") }.map { String($0.dropFirst()).removingPercentEncoding! }
            #expect(targets.count > 20)
            for target in Set(targets) { #expect(ids.contains(target), "\(path): #\(target) has no target") }
            for section in ["page-home", "page-guide-intro", "page-guide-data", "directive-sample-directive",
                            "compare-sample-comparison", "timeline", "glossary"] {
                #expect(ids.contains(section), "\(path) has a section \(section)")
            }
        }
        let html = try site.html("report/index.html")
        #expect(html.contains("<h3 id=\"page-guide-intro-first-part\">"), "page headings move down a level and get the section's prefix")
        #expect(html.contains("href=\"#page-guide-intro-first-part\""), "a link within a page stays inside its section")
        #expect(html.contains("href=\"#term-pboc\""), "term links go to the report's glossary")
        #expect(html.contains("<p class=\"report-ref\"><a href=\"#directive-sample-directive\">"), "components refer to their section")
        #expect(html.contains("id=\"page-guide-intro-fn-1\""), "footnote ids get the prefix too")
        #expect(count("<tr id=\"item-", in: html) == 2, "the directive's table appears once")
    }

    @Test func homeListsTheDataPagesAndEveryFooterLinksTheReport() throws {
        let site = try built()
        defer { site.remove() }
        let home = try site.html("index.html")
        #expect(home.contains("<h2 id=\"data-list-title\">Tables, comparisons and timeline</h2>"))
        #expect(home.contains("<span class=\"kind\">Directive</span> <a href=\"/directives/sample-directive/\">A sample directive</a>"))
        #expect(home.contains("<a href=\"/timeline/\">Timeline</a>") && home.contains("<a href=\"/report/\">The whole explainer</a>"))
        let zh = try site.html("zh/index.html")
        #expect(zh.contains("<span class=\"kind\">对比</span> <a href=\"/zh/compare/sample-comparison/\">担保与数据</a>"))
        for path in ["guide/intro/index.html", "zh/timeline/index.html", "404.html"] {
            #expect(try site.html(path).contains("class=\"site-footer\">\n<p>") && site.html(path).contains("/report/\">"), "\(path)")
        }
        #expect(try site.html("timeline/index.html").contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Timeline\" href=\"/feed.xml\">"))
    }

        @Test func everyGeneratedPageLinksOnlyToAnchorsItHas() throws {
        let site = try built()
        defer { site.remove() }
        for path in FixtureSite.snapshot(site.output).keys where path.hasSuffix(".html") {
            let html = try site.html(path)
            let ids = Set(html.attributeValues("id"))
            for target in html.attributeValues("href") where target.hasPrefix("#") {
                #expect(ids.contains(String(target.dropFirst()).removingPercentEncoding!), "\(path): \(target)")
            }
        }
    }
}

/// The parts of an Atom feed the tests look at, read with a namespace-aware XML parser.
final class AtomFeed: NSObject, XMLParserDelegate {
    private(set) var rootName = "", rootNamespace = "", language = "", updated = ""
    private(set) var entryIDs: [String] = [], entryTitles: [String] = [], contents: [String] = []
    private var path: [String] = [], text = ""

    init(_ data: Data) throws {
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if path.isEmpty {
            rootName = name
            rootNamespace = namespaceURI ?? ""
            language = attributes["lang"] ?? attributes["xml:lang"] ?? ""
        }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch (path.dropLast().last, name) {
        case ("feed", "updated"): updated = text
        case ("entry", "id"): entryIDs.append(text)
        case ("entry", "title"): entryTitles.append(text)
        case ("entry", "content"): contents.append(text)
        default: break
        }
        path.removeLast()
    }
}

/// `report: false` in site.yml: no report pages, and nothing links to them.
@Suite struct ReportSettingTests {
    @Test func reportFalseLeavesTheReportOut() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let config = site.root.appendingPathComponent("content/site.yml")
        try (String(contentsOf: config, encoding: .utf8) + "report: false\n").write(to: config, atomically: true, encoding: .utf8)
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "report is a known setting: \(report.diagnostics)")
        #expect(report.pageCounts.map(\.pages) == [8, 8])
        let files = FixtureSite.snapshot(site.output)
        #expect(files["report/index.html"] == nil && files["zh/report/index.html"] == nil)
        for (path, bytes) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("report/"), "\(path) still links the report")
        }
    }
}
