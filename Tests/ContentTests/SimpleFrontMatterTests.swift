import Foundation
import Testing
@testable import Content

/// The fast front-matter reader must give exactly what the YAML path gives, or step aside.
@Suite struct SimpleFrontMatterTests {
    private func both(_ yaml: String) -> (fast: FrontMatter?, slow: FrontMatter?, slowDiagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let slow = FrontMatter.parse(yaml[...], file: "content/x.md", diagnostics: &diagnostics, fast: false)
        return (SimpleFrontMatter.parse(yaml[...], file: "content/x.md"), slow, diagnostics)
    }

    static let handled = [
        "title: Hello\n",
        "title: Hello world  \ndescription: A page, with commas.\n",
        "title: 中国人民银行\ndate: 2025-08-05\nweight: 10\ndraft: false\n",
        "title: T\ndraft: true\nlinkTitle: Short\nlayout: page\n",
        "title: T\nterms: [pboc, relending]\n",
        "title: T\nterms: [ pboc ,relending,  big-data ]\n",
        "title: 标题\naliases: [/old/, /older/path/]\nterms: []\n",
        "title: T\nterms: pboc\n",
        "title: 12:30 and 5% of C#\n",
        "\ntitle: After a blank line\n\n",
        "title: 中文标题\nterms: [中国, pboc]\n",
        "title: \"Quoted: with a colon # and hash\"\ndescription: 'Single quoted, \"inner\"'\n",
        "title: \"数字基金对金融市场意味着什么（519）\"\ndate: \"2025-08-05\"\n",
        "title: \"true\"\n",
        "title: Café crème, naïve\ndescription: \"Ünïcödé: ok\"\n",
        "title: TRUE story\ndescription: Yes we can\nlinkTitle: No.\n",
    ]

    static let declined = [
        "title: \"Esc\\\"aped\"\n", "title: 'It''s'\n", "title: \"open\n", "title: T\ndraft: \"true\"\n", "title: T\nweight: \"3\"\n", "title: \"  \"\n", "title: A: B\n", "title: T # comment\n", "# comment\ntitle: T\n",
        "title: T\nunknown: x\n", "title: T\ntitle: U\n", "title: T\ndescription: >\n  folded\n", "title: [a, b]\n",
        "title: T\nweight: 010\n", "title: T\nweight: -1\n", "title: T\nweight: ten\n", "title: T\ndraft: yes\n",
        "title: T\ndate: 2025-13-01\n", "title: ~\n", "title: null\n", "title:\n", "description: no title\n",
        "title: T\nterms: [a, [b]]\n", "title: T\nterms: {a: b}\n", "title: T\naliases:\n  - /a/\n", "title: &x T\n",
        "title: T\n  continued\n", "title:\tT\n", "title: T\r\nweight: 0\r\n",
        "title: True\n", "title: NULL\n", "title: Off\n", "title: T\ndraft: TRUE\n",
        // A combining mark after punctuation or a space joins it into one character.
        "title: \"\u{301}x\"\n", "title: T\nterms: [a,\u{301}b]\n", "title:\u{301} T\n", "title: \u{20DD}T\n", "title: a #\u{200D}b\n",
    ]

    @Test(arguments: handled)
    func givesWhatYAMLGives(_ yaml: String) {
        let result = both(yaml)
        #expect(result.fast != nil, "the fast path should take \(yaml.debugDescription)")
        #expect(result.slowDiagnostics.isEmpty)
        #expect(result.fast == result.slow, "\(yaml.debugDescription)")
    }

    @Test(arguments: declined)
    func leavesTheRestToYAML(_ yaml: String) {
        #expect(both(yaml).fast == nil, "\(yaml.debugDescription) should go through YAML")
    }

    /// Every page of the explainer and the fixture sites: the same front matter either way.
    @Test func everyRealPageReadsTheSameBothWays() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        var checked = 0, fast = 0
        for folder in ["content", "Tests/Fixtures/sites"] {
            let root = repository.appendingPathComponent(folder)
            for relative in ContentLoader.walk(root) where relative.hasSuffix(".md") {
                guard let text = try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8) else { continue }
                guard let yaml = FrontMatter.split(text).yaml else { continue }
                let result = both(String(yaml))
                if let simple = result.fast {
                    fast += 1
                    #expect(simple == result.slow, "\(folder)/\(relative)")
                    #expect(result.slowDiagnostics.isEmpty, "\(folder)/\(relative)")
                }
                checked += 1
            }
        }
        #expect(checked > 20 && fast > 10, "\(checked) pages, \(fast) on the fast path")
    }
}
