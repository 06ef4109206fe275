import Content
import Foundation
import Testing
@testable import Site

/// The glossary end to end: term links, glossary pages, JSON, the glossary block, and the
/// pinyin checker's diagnostics on a glossary with known mistakes.
@Suite struct GlossaryTests {
    @Test func firstMentionShowsHanziWithPinyinLaterOnesOnlyLink() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let intro = try site.html("guide/intro/index.html")
        #expect(intro.contains(##"The <a class="term" href="/glossary/#pboc">central bank</a><span class="term-hanzi"> <ruby lang="zh-Hans">中国<rp>(</rp><rt lang="zh-Latn-pinyin">Zhōngguó</rt><rp>)</rp>人民<rp>(</rp><rt lang="zh-Latn-pinyin">Rénmín</rt><rp>)</rp>银行<rp>(</rp><rt lang="zh-Latn-pinyin">Yínháng</rt><rp>)</rp></ruby></span>"##))
        #expect(intro.contains(##"<a class="term" href="/glossary/#relending">relending</a><span class="term-hanzi">"##), "an empty label takes the English name")
        #expect(intro.contains(##"<a class="term" href="/glossary/#pboc">the PBOC</a> again."##), "the second mention only links")
        let zh = try site.html("zh/guide/intro/index.html")
        #expect(zh.contains(##"<a class="term" href="/zh/glossary/#pboc"><ruby lang="zh-Hans">中国"##))
        #expect(zh.contains(##"<a class="term" href="/zh/glossary/#pboc"><span lang="zh-Hans">中国人民银行</span></a>再次出现"##))
    }

    @Test func glossaryPagesSortIndexAndCrossReference() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        let en = try site.html("glossary/index.html")
        let order = ["id=\"big-data\"", "id=\"pboc\"", "id=\"relending\"", "id=\"supply-chain\""].map { en.range(of: $0)!.lowerBound }
        #expect(order == order.sorted(), "English sorts by name")
        #expect(en.contains(##"<li><a href="#letter-b">B</a></li>"##) && en.contains(##"<h2 id="letter-p">P</h2>"##))
        #expect(en.contains(##"<h3 id="category-instrument">Instrument</h3>"##))
        #expect(en.contains(##"<ul class="inline-list"><li><a href="#relending">relending</a></li></ul>"##), "related terms")
        #expect(en.contains(##"<span class="term-short">(PBOC, <ruby lang="zh-Hans">人民<rp>"##))
        #expect(en.contains(##"<p>Central-bank loans to banks, tied to <strong>targeted</strong> lending.</p>"##), "definitions are Markdown")
        #expect(en.contains(##"<ul class="inline-list"><li><a href="/guide/intro/">Introduction</a></li></ul>"##), "mentioned in")
        let zh = try site.html("zh/glossary/index.html")
        let zhOrder = ["id=\"big-data\"", "id=\"supply-chain\"", "id=\"relending\"", "id=\"pboc\""].map { zh.range(of: $0)!.lowerBound }
        #expect(zhOrder == zhOrder.sorted(), "Chinese sorts by pinyin: dà, gōng, zài, Zhōng")
        #expect(zh.contains(##"<li><a href="#letter-z">Z</a></li>"##))
        #expect(zh.contains("<html lang=\"zh-Hans\">") && zh.contains("hreflang=\"en\" href=\"https://example.org/glossary/\""))
        #expect(try site.html("sitemap.xml").contains("<loc>https://example.org/zh/glossary/</loc>"))
    }

    @Test func glossaryJSONHoldsBothLanguages() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        let data = try Data(contentsOf: site.output.appendingPathComponent("glossary.json"))
        let object = try JSONSerialization.jsonObject(with: data) as! [String: [[String: Any]]]
        let terms = try #require(object["terms"])
        #expect(terms.map { $0["id"] as! String } == ["big-data", "pboc", "relending", "supply-chain"])
        let pboc = terms[1]
        #expect(pboc["pinyin"] as? String == "Zhōngguó Rénmín Yínháng")
        #expect((pboc["definition"] as? [String: String])?["zh"] == "中国的中央银行。")
        #expect((pboc["url"] as? [String: String])?["zh"] == "https://example.org/zh/glossary/#pboc")
        #expect((pboc["short"] as? [String: String])?["en"] == "PBOC")
    }

    @Test func glossaryBlockListsChosenTerms() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        site.build()
        let en = try site.html("guide/intro/index.html")
        #expect(en.contains(##"<dt><a class="term" href="/glossary/#big-data">big data <ruby"##))
        #expect(!en.contains(##"<dt><a class="term" href="/glossary/#pboc">"##), "category: concept leaves institutions out")
        let zh = try site.html("zh/guide/intro/index.html")
        #expect(zh.components(separatedBy: "<dt>").count == 3, "terms: picks two")
    }

    struct Mistake: Sendable, CustomTestStringConvertible {
        let line: Int, column: Int, code: String, suggestion: String?
        var testDescription: String { "\(line):\(column) \(code)" }
    }

    /// Tests/Fixtures/sites/broken/glossary-mistakes/content/data/glossary.yml
    static let mistakes: [Mistake] = [
        Mistake(line: 4, column: 30, code: "pinyin-word", suggestion: "did you mean \"Zhōngguó Rénmín Yínháng\"?"),
        Mistake(line: 7, column: 13, code: "unknown-term", suggestion: nil),
        Mistake(line: 11, column: 11, code: "pinyin-count", suggestion: "did you mean \"Dàshùjù\"?"),
        Mistake(line: 17, column: 12, code: "pinyin-count", suggestion: "did you mean \"Wěi\"?"),
        Mistake(line: 18, column: 15, code: "missing-translation", suggestion: nil),
        Mistake(line: 23, column: 11, code: "pinyin-tone-mark", suggestion: "did you mean \"liú\"?"),
        Mistake(line: 25, column: 13, code: "invalid-category", suggestion: "one of: institution, instrument, program, concept, place, event"),
        Mistake(line: 29, column: 14, code: "pinyin-reading", suggestion: "did you mean \"rénmín\"?"),
        Mistake(line: 30, column: 26, code: "pinyin-syllable", suggestion: "did you mean \"mín\"?"),
        Mistake(line: 33, column: 7, code: "duplicate-id", suggestion: nil),
    ]

    @Test func everyMistakeIsReportedWhereItIs() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "glossary-mistakes")
        let report = SiteBuilder.build(BuildOptions(root: site.root, write: false))
        let found = report.diagnostics.filter { $0.file == Glossary.file }
        #expect(found.map { Mistake(line: $0.line, column: $0.column, code: $0.code, suggestion: $0.suggestion).testDescription }
                == Self.mistakes.map(\.testDescription))
        #expect(found.map(\.suggestion) == Self.mistakes.map(\.suggestion))
        let json = try JSONSerialization.jsonObject(with: Data(DiagnosticFormat.json.render(found).utf8)) as! [String: [[String: Any]]]
        let first = try #require(json["diagnostics"]?.first)
        #expect(first["file"] as? String == "content/data/glossary.yml")
        #expect(first["line"] as? Int == 4 && first["column"] as? Int == 30 && first["code"] as? String == "pinyin-word")
        #expect(first["suggestion"] as? String == "did you mean \"Zhōngguó Rénmín Yínháng\"?")
    }

    @Test func unknownTermsAreErrorsWhereTheyAreWritten() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "unknown-term")
        let found = site.build().diagnostics.filter { $0.file == "content/only-en.md" }
        #expect(found.map { "\($0.line):\($0.column) \($0.code)" } == ["3:15 unknown-term", "6:5 unknown-term", "9:11 invalid-category"])
        #expect(found[1].suggestion == "did you mean term:pboc?")
    }
}
