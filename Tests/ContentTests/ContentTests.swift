import Foundation
import Testing
@testable import Content

struct FrontMatterTests {
    @Test func splitsFrontMatterFromBody() {
        let parts = FrontMatter.split("---\ntitle: A\n---\n\nBody\n")
        #expect(parts.yaml == "title: A\n")
        #expect(parts.body == "\nBody\n")
        #expect(parts.bodyLineOffset == 3)
        #expect(FrontMatter.split("No front matter").yaml == nil)
        #expect(FrontMatter.split("---\ntitle: A\n").unclosed)
    }

    @Test func readsEveryKnownKey() {
        var diagnostics: [Diagnostic] = []
        let yaml = "title: T\ndescription: D\ndate: 2025-08\ndraft: true\nlayout: wide\nweight: 3\nterms: [pboc]\naliases: /old/\n"
        let matter = FrontMatter.parse(yaml[...], file: "content/x.md", diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        #expect(matter?.title == "T")
        #expect(matter?.date == "2025-08")
        #expect(matter?.draft == true)
        #expect(matter?.weight == 3)
        #expect(matter?.terms == ["pboc"])
        #expect(matter?.aliases == ["/old/"])
    }

    @Test func positionsProblemsInTheFile() {
        var diagnostics: [Diagnostic] = []
        _ = FrontMatter.parse("title: T\nweight: heavy\ndate: 2025-02-30\n"[...], file: "content/x.md", diagnostics: &diagnostics)
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.code)" } == ["3:9 invalid-field", "4:7 invalid-date"])
    }

    @Test func anEmptyTitleIsMissing() {
        var diagnostics: [Diagnostic] = []
        #expect(FrontMatter.parse("title: \"  \"\n"[...], file: "content/x.md", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map { "\($0.line):\($0.column) \($0.code)" } == ["2:8 missing-title"])
    }
}

struct PageIdentityTests {
    @Test(arguments: [
        ("index.md", "", "en"), ("index.zh.md", "", "zh"), ("about.md", "about", "en"),
        ("policies/cewc-2025.zh.md", "policies/cewc-2025", "zh"), ("policies/index.md", "policies", "en"),
    ])
    func keysAndLanguagesComeFromFileNames(_ path: String, _ key: String, _ code: String) {
        let identity = Page.identify(path, languages: [.english, .chinese])
        #expect(identity?.key == key)
        #expect(identity?.language.code == code)
    }

    @Test func pathsPutOtherLanguagesUnderTheirPrefix() {
        #expect(Page.path(key: "", language: .english) == "")
        #expect(Page.path(key: "", language: .chinese) == "zh/")
        #expect(Page.path(key: "policies/x", language: .chinese) == "zh/policies/x/")
    }
}

struct PartialDateTests {
    @Test func parsesThreePrecisions() {
        #expect(PartialDate("2025")?.description == "2025")
        #expect(PartialDate("2025-08")?.description == "2025-08")
        #expect(PartialDate("2024-02-29")?.description == "2024-02-29")
        for bad in ["2025-13", "2025-02-29", "25-01-01", "2025/01/01", "2025-1-1", "", "２０２５", "2025-", "2025-08-", "2025-08-5",
                    "+025-01", "2025-00", "2025-08-00", "2025-8-05", "20250805", "2025-08-05 "] { #expect(PartialDate(bad) == nil, "\(bad)") }
        #expect(PartialDate("0999-12-31")?.description == "0999-12-31")
        #expect(PartialDate("2000-02-29") != nil && PartialDate("1900-02-29") == nil)
        #expect(PartialDate("2025")! < PartialDate("2025-01")!)
    }
}

struct SourceTextTests {
    @Test func findsTheFirstInvalidByte() {
        let data = Data("ok\nab".utf8) + Data([0xFF]) + Data("c".utf8)
        guard case .failure(let d) = SourceText.decode(data, file: "f.md") else { Issue.record("decoded"); return }
        #expect((d.line, d.column, d.code) == (2, 3, "invalid-utf8"))
    }

    @Test func dropsAByteOrderMark() throws {
        #expect(try SourceText.decode(Data([0xEF, 0xBB, 0xBF]) + Data("hi".utf8), file: "f").get() == "hi")
    }
}

struct DiagnosticFormatTests {
    let sample = Diagnostic(file: "content/data/glossary.yml", line: 14, column: 11, code: "pinyin-count",
                            message: "pinyin has 4 syllables", suggestion: "dàshùjù", phase: .resolve)

    @Test func textReadsLikeACompiler() {
        #expect(DiagnosticFormat.text.render([sample]) ==
                "content/data/glossary.yml:14:11: error: resolve: pinyin has 4 syllables [pinyin-count]\ncontent/data/glossary.yml:14:11: note: dàshùjù\n")
    }

    @Test func githubEscapesItsSpecialCharacters() {
        var d = sample
        d.message = "a: b, 100%\nnext"
        d.suggestion = nil
        #expect(DiagnosticFormat.github.render([d]) ==
                "::error file=content/data/glossary.yml,line=14,col=11,title=pinyin-count::a: b, 100%25%0Anext [pinyin-count]\n")
    }
}
