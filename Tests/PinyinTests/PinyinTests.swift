import Testing
@testable import Pinyin

struct SyllableTests {
    @Test(arguments: [
        ("lv4", "lǜ"), ("lu:4", "lǜ"), ("zhong1", "zhōng"), ("liu2", "liú"), ("gui4", "guì"), ("hao3", "hǎo"),
        ("xue2", "xué"), ("dou1", "dōu"), ("nve4", "nüè"), ("de5", "de"), ("de", "de"), ("er2", "ér"), ("ng2", "ńg"),
    ])
    func toneNumbersBecomeMarks(_ numbered: String, _ marked: String) throws {
        let syllable = try #require(Syllable(numbered: numbered[...]))
        #expect(syllable.marked == marked)
    }

    @Test func marksGoBackToNumbers() {
        #expect(PinyinText.parse("lǜsè Zhōngguó").compactMap(\.syllable).map(\.numbered) == ["lv4", "se4", "zhong1", "guo2"])
    }

    @Test func rejectsWhatIsNotASyllable() {
        #expect(Syllable(numbered: "lv7") == nil)
        #expect(Syllable(numbered: "bv2") == nil)
        #expect(Syllable(numbered: "chi9"[...]) == nil)
    }

    @Test func decomposedMarksEqualComposedOnes() {
        let decomposed = "Zho\u{0304}ngguo\u{0301}", composed = "Zhōngguó"
        #expect(PinyinText.parse(decomposed).map(\.syllable) == PinyinText.parse(composed).map(\.syllable))
        #expect(PinyinChecker.check(pinyin: decomposed, hanzi: "中国").isEmpty)
    }

    @Test func inventoryHoldsEveryUnihanReading() {
        let missing = Readings.table.values.joined().filter { !Inventory.contains($0.letters) }
        #expect(Set(missing.map(\.letters)).isEmpty)
        #expect(Inventory.all.count > 400)
    }
}

struct ParsingTests {
    @Test(arguments: [
        ("Rénmín", ["rén", "mín"]), ("xīnxíng", ["xīn", "xíng"]), ("Xī'ān", ["xī", "ān"]), ("xian", ["xian"]),
        ("fāng'àn", ["fāng", "àn"]), ("fangan", ["fan", "gan"]), ("Zhong1guo2", ["zhōng", "guó"]),
        ("lv4se4", ["lǜ", "sè"]), ("lu:4se4", ["lǜ", "sè"]), ("Zhōngguó Rénmín Yínháng", ["zhōng", "guó", "rén", "mín", "yín", "háng"]),
        ("Dachengshuju", ["da", "cheng", "shu", "ju"]), ("gōngyìngliàn", ["gōng", "yìng", "liàn"]),
        ("zhīshi", ["zhī", "shi"]), ("Tiān'ānmén", ["tiān", "ān", "mén"]), ("chuàngyè-tóuzī", ["chuàng", "yè", "tóu", "zī"]),
    ])
    func splitsWordsIntoSyllables(_ text: String, _ syllables: [String]) {
        #expect(PinyinText.parse(text).map { $0.syllable?.marked ?? "?" } == syllables)
    }

    @Test func keepsColumnsAndWordStarts() {
        let parsed = PinyinText.parse("Zhōngguó Rénmín")
        #expect(parsed.map(\.column) == [1, 6, 10, 13])
        #expect(parsed.map(\.startsWord) == [true, false, true, false])
        #expect(parsed.map(\.capitalized) == [true, false, true, false])
    }
}

struct CheckerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let pinyin: String, hanzi: String, code: String?, column: Int, suggestion: String?
        var testDescription: String { "\(hanzi) \(pinyin)" }
    }

    static let cases: [Case] = [
        Case(pinyin: "Zhōngguó Rénmín Yínháng", hanzi: "中国人民银行", code: nil, column: 0, suggestion: nil),
        Case(pinyin: "nàixīn zīběn", hanzi: "耐心资本", code: nil, column: 0, suggestion: nil),
        Case(pinyin: "gōngyè mǔjī", hanzi: "工业母机", code: nil, column: 0, suggestion: nil),
        Case(pinyin: "zhīshi chǎnquán", hanzi: "知识产权", code: nil, column: 0, suggestion: nil),
        Case(pinyin: "réngōng zhìnéng", hanzi: "人工智能+", code: nil, column: 0, suggestion: nil),
        Case(pinyin: "wǔ G wǎngluò", hanzi: "5G网络", code: "pinyin-syllable", column: 4, suggestion: nil),
        // The first source's slips.
        Case(pinyin: "Dachengshuju", hanzi: "大数据", code: "pinyin-count", column: 1, suggestion: "Dàshùjù"),
        Case(pinyin: "Weiyuanhui", hanzi: "委", code: "pinyin-count", column: 1, suggestion: "Wěi"),
        Case(pinyin: "Yínxíng", hanzi: "银行", code: "pinyin-word", column: 4, suggestion: "Yínháng"),
        Case(pinyin: "zhǎngqī", hanzi: "长期", code: "pinyin-word", column: 1, suggestion: "chángqī"),
        Case(pinyin: "chóngdiǎn", hanzi: "重点", code: "pinyin-word", column: 1, suggestion: "zhòngdiǎn"),
        Case(pinyin: "gòngyìngliàn", hanzi: "供应链", code: "pinyin-word", column: 1, suggestion: "gōngyìngliàn"),
        Case(pinyin: "líu", hanzi: "刘", code: "pinyin-tone-mark", column: 1, suggestion: "liú"),
        Case(pinyin: "gúi", hanzi: "贵", code: "pinyin-tone-mark", column: 1, suggestion: "guì"),
        Case(pinyin: "rénmǐn", hanzi: "人民", code: "pinyin-reading", column: 4, suggestion: "rénmín"),
        Case(pinyin: "zhōngguǒ", hanzi: "中国", code: "pinyin-word", column: 6, suggestion: "zhōngguó"),
        Case(pinyin: "bvng", hanzi: "本", code: "pinyin-syllable", column: 1, suggestion: "běn"),
        Case(pinyin: "de", hanzi: "的", code: nil, column: 0, suggestion: nil),
        Case(pinyin: "zhong", hanzi: "中", code: nil, column: 0, suggestion: nil),
    ]

    @Test(arguments: cases)
    func checksReadings(_ c: Case) {
        let problems = PinyinChecker.check(pinyin: c.pinyin, hanzi: c.hanzi)
        #expect(problems.first?.code == c.code, "\(problems)")
        if let problem = problems.first {
            #expect(problem.column == c.column)
            if let suggestion = c.suggestion { #expect(problem.suggestion == suggestion) }
        }
    }

    @Test func wordTableAgreesWithUnihan() {
        for (word, syllables) in Readings.wordSyllables {
            let han = Array(word.unicodeScalars)
            #expect(han.count == syllables.count, "\(word)")
            for (character, syllable) in zip(han, syllables) {
                #expect(Readings.of(character).contains { PinyinChecker.sameReading(syllable, $0) || syllable.tone == 5 },
                        "\(word): \(syllable.marked) is not a reading of \(Character(character))")
            }
        }
    }
}

struct RubyTests {
    @Test func annotatesEachPinyinWordOverItsCharacters() {
        #expect(Ruby.html(hanzi: "中国人民银行", pinyin: "Zhōngguó Rénmín Yínháng") ==
                "<ruby lang=\"zh-Hans\">中国<rp>(</rp><rt lang=\"zh-Latn-pinyin\">Zhōngguó</rt><rp>)</rp>人民<rp>(</rp><rt lang=\"zh-Latn-pinyin\">Rénmín</rt><rp>)</rp>银行<rp>(</rp><rt lang=\"zh-Latn-pinyin\">Yínháng</rt><rp>)</rp></ruby>")
        #expect(Ruby.html(hanzi: "人工智能+", pinyin: "réngōng zhìnéng").hasSuffix("智能<rp>(</rp><rt lang=\"zh-Latn-pinyin\">zhìnéng</rt><rp>)</rp></ruby>+"))
        #expect(Ruby.html(hanzi: "西安", pinyin: "Xī'ān").contains("<rt lang=\"zh-Latn-pinyin\">Xī'ān</rt>"))
    }

    @Test func readsToneNumbersAsMarks() {
        #expect(Ruby.html(hanzi: "绿色", pinyin: "lv4se4").contains("<rt lang=\"zh-Latn-pinyin\">lǜsè</rt>"))
    }

    @Test func mismatchedReadingsFollowTheWholeWord() {
        #expect(Ruby.html(hanzi: "大数据", pinyin: "Dachengshuju") ==
                "<ruby lang=\"zh-Hans\">大数据<rp>(</rp><rt lang=\"zh-Latn-pinyin\">Dachengshuju</rt><rp>)</rp></ruby>")
    }
}
