import Foundation
import Testing
@testable import Markdown

struct SlugTests {
    @Test(arguments: [
        ("Hello, World!", "hello-world"),
        ("8. Risk control", "8-risk-control"),
        ("  Café au lait  ", "cafe-au-lait"),
        ("What's new in 2025?", "what-s-new-in-2025"),
        ("八、风险防控", "八-风险防控"),
        ("中试平台 (pilot-scale)", "中试平台-pilot-scale"),
        ("“人工智能+”与产业链", "人工智能-与产业链"),
        ("!!!", ""),
    ])
    func slugs(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func repeatedHeadingsGetNumberedIds() {
        var set = SlugSet()
        #expect([set.unique(for: "Summary"), set.unique(for: "Summary"), set.unique(for: "Summary"), set.unique(for: "?")]
                == ["summary", "summary-1", "summary-2", "section"])
    }
}

struct RenderTests {
    @Test func headingsGetIdsAndAnchorLinks() {
        let doc = Markdown.render("# Title\n\n## First *part*\n\n## First part\n\n### 第三部分\n")
        #expect(doc.headings.map(\.id) == ["title", "first-part", "first-part-1", "第三部分"])
        #expect(doc.headings.map(\.level) == [1, 2, 2, 3])
        #expect(doc.headings.map(\.line) == [1, 3, 5, 7])
        #expect(doc.html.contains(##"<h2 id="first-part">First <em>part</em><a class="anchor" href="#first-part" aria-label="Link to this section">#</a></h2>"##))
    }

    @Test func softBreakBetweenChineseCharactersVanishes() {
        #expect(Markdown.render("第一行\n第二行").html == "<p>第一行第二行</p>\n")
        #expect(Markdown.render("句号。\n下一句").html == "<p>句号。下一句</p>\n")
        #expect(Markdown.render("**加粗**\n文字").html == "<p><strong>加粗</strong>文字</p>\n")
        #expect(Markdown.render("English\nline").html == "<p>English\nline</p>\n")
        #expect(Markdown.render("中文\nEnglish").html == "<p>中文\nEnglish</p>\n", "mixed scripts keep the space")
        var off = RenderSettings()
        off.options.remove(.cjkLineBreaks)
        #expect(Markdown.render("第一行\n第二行", settings: off).html == "<p>第一行\n第二行</p>\n")
    }

    @Test func rawHTMLIsOmittedUnlessUnsafe() {
        let source = "<div class=\"x\">hi</div>\n\nText <b>bold</b>\n"
        let safe = Markdown.render(source).html
        #expect(!safe.contains("<div") && !safe.contains("<b>"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        var unsafe = RenderSettings()
        unsafe.options.insert(.unsafeHTML)
        #expect(Markdown.render(source, settings: unsafe).html.contains("<b>bold</b>"))
    }

    @Test func ourOwnHTMLPassesWhileRawHTMLIsFiltered() {
        let settings = RenderSettings(
            link: { $0.destination == "term:x" ? .wrap(before: "<span class=\"term\">", after: "</span>") : .keep },
            fencedBlock: { $0.info == "widget" ? "<figure class=\"widget\">\($0.body.count)</figure>" : nil })
        let html = Markdown.render("A [label](term:x) <i>raw</i>\n\n```widget\nabc\n```\n", settings: settings).html
        #expect(html.contains("<span class=\"term\">label</span>"))
        #expect(!html.contains("<i>raw</i>"))
        #expect(html.contains("<figure class=\"widget\">4</figure>"))
    }

    @Test func linkHooksSeeFilePositions() {
        final class Seen: @unchecked Sendable { var sites: [LinkSite] = [] }
        let seen = Seen()
        let settings = RenderSettings(lineOffset: 4, link: { seen.sites.append($0); return .rewrite("/x/") })
        let html = Markdown.render("para\n\n中文 [a](a.md) and ![img](i.png)\n", settings: settings).html
        #expect(seen.sites.map(\.destination) == ["a.md", "i.png"])
        #expect(seen.sites.map(\.line) == [7, 7])
        #expect(seen.sites.map(\.column) == [4, 18])
        #expect(seen.sites.map(\.isImage) == [false, true])
        #expect(html.contains("<a href=\"/x/\">a</a>"))
    }

    @Test func gfmExtensionsAreOn() {
        let html = Markdown.render("| a |\n|---|\n| b |\n\n~~gone~~ www.example.org\n\n- [x] done\n\nNote.[^1]\n\n[^1]: Footnote.\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>gone</del>"))
        #expect(html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" />"))
        #expect(html.contains("<section class=\"footnotes\""))
        #expect(Markdown.render("\"Quoted\" -- yes...").html == "<p>“Quoted” – yes…</p>\n")
    }
}

struct ReadingTimeTests {
    @Test func countsHanCharactersAndWordsApart() {
        let time = ReadingTime(counting: "新型工业化 means new industrialization, don't you think? 2025年")
        #expect(time.hanCharacters == 6)
        #expect(time.words == 7)
    }

    @Test func timesEachScriptAtItsOwnRate() {
        let chinese = ReadingTime(counting: String(repeating: "中", count: 520))
        let english = ReadingTime(counting: Array(repeating: "word", count: 460).joined(separator: " "))
        #expect(chinese.minutes == 2)
        #expect(english.minutes == 2)
        #expect((chinese + english).minutes == 4, "a mixed page is the sum, not all-Chinese or all-English")
        #expect(ReadingTime(counting: "").minutes == 0)
        #expect(ReadingTime(counting: "one").minutes == 1)
    }

    @Test func countsOverUTF8LikeOverCharacters() {
        let cases: [(String, han: Int, words: Int)] = [
            ("café au lait", 0, 3), ("l’état, l'état", 0, 2), ("naïve-ish co-op", 0, 2), ("𠀀𠀁 two Han of plane 2", 2, 5),
            ("Ω alone", 0, 2), ("emoji 🎉 between", 0, 2), ("数字2025和English混排", 3 + 2, 2), ("", 0, 0),
        ]
        for (text, han, words) in cases {
            let time = ReadingTime(counting: text)
            #expect((time.hanCharacters, time.words) == (han, words), "\(text)")
        }
    }

    @Test func aWordRunsOnAcrossInlineMarkupButNotAcrossBlocks() {
        #expect(Markdown.render("foo**bar** baz").readingTime.words == 2)
        #expect(Markdown.render("one\n\ntwo").readingTime.words == 2)
        #expect(Markdown.render("- one\n- two").readingTime.words == 2)
        #expect(Markdown.render("one\ntwo").readingTime.words == 2, "a soft break separates")
        #expect(Markdown.render("`code`word").readingTime.words == 1)
    }

    @Test func documentsReportTheirReadingTime() {
        let doc = Markdown.render("# 标题\n\n" + String(repeating: "汉字", count: 300) + "\n\n" + String(repeating: "word ", count: 230))
        #expect(doc.readingTime.hanCharacters == 602)
        #expect(doc.readingTime.words == 230)
        #expect(doc.readingTime.minutes == 4)
    }
}

struct TableCellTests {
    @Test func ourInlinesWorkInsideTableCells() {
        let settings = RenderSettings(link: { _ in .wrap(before: "<a class=\"term\">", after: "</a><ruby>x</ruby>") })
        let html = Markdown.render("| a | b |\n|---|---|\n| [label](term:x) | ~~s~~ |\n", settings: settings).html
        #expect(html.contains("<td><a class=\"term\">label</a><ruby>x</ruby></td>"))
        #expect(html.contains("<td><del>s</del></td>"))
    }
}

/// cmark-gfm 0.29 adds and removes extension characters (~, :, w, |) in a global table around
/// every document's inline parsing; CmarkThreads keeps them, so parallel renders agree.
struct ThreadSafetyTests {
    @Test func renderingOnManyThreadsGivesTheSameHTML() {
        #expect(Markdown.isThreadSafe, "cmark-gfm must call the CmarkThreads replacement")
        let source = "~~gone~~ then www.example.com and ~~again~~.\n\n| a | b |\n|---|---|\n| ~~c~~ | d |\n"
        let expected = Markdown.render(source).html
        #expect(expected.contains("<del>gone</del>") && expected.contains("<td><del>c</del></td>"))
        let results = ResultBox(count: 20_000)
        DispatchQueue.concurrentPerform(iterations: results.count) { i in
            results.set(i, Markdown.render(source).html == expected)
        }
        #expect(results.failures == 0, "\(results.failures) of \(results.count) renders differed")
    }
}

final class ResultBox: @unchecked Sendable {
    let count: Int
    private var values: [Bool]
    private let lock = NSLock()
    init(count: Int) { self.count = count; values = Array(repeating: true, count: count) }
    func set(_ i: Int, _ value: Bool) { lock.withLock { values[i] = value } }
    var failures: Int { lock.withLock { values.filter { !$0 }.count } }
}
