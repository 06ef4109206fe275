import Foundation
import Testing
@testable import Markdown

/// The GFM spec's examples (Tests/Fixtures/gfm-spec/examples.json, made by
/// scripts/extract-gfm-spec.py from Debian's cmark-gfm spec) rendered through our module.
struct GFMSpecTests {
    struct Example: Decodable, Sendable, CustomTestStringConvertible {
        let number: Int, line: Int, section: String, `extension`: String, markdown: String, html: String
        var testDescription: String { "example \(number) (\(section), spec line \(line))" }
    }

    static let examples: [Example] = {
        struct File: Decodable { let examples: [Example] }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/gfm-spec/examples.json").standardized
        let file = try! JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        // "disabled" examples are not run by cmark-gfm's own spec runner either.
        return file.examples.filter { $0.`extension` != "disabled" }
    }()

    /// Examples we render differently on purpose, and why. Empty: none so far.
    static let deliberateDifferences: [Int: String] = [:]

    /// The options the spec assumes: raw HTML kept, no smart punctuation, and only the
    /// extension the example is about. Heading anchors and CJK line breaks stay on.
    static func settings(for example: Example) -> RenderSettings {
        var options: MarkdownOptions = [.unsafeHTML, .headingAnchors, .cjkLineBreaks]
        switch example.`extension` {
        case "table": options.insert(.tables)
        case "strikethrough": options.insert(.strikethrough)
        case "autolink": options.insert(.autolinks)
        case "tagfilter": options.insert(.tagFilter)
        case "": break
        default: Issue.record("unknown extension \(example.`extension`)")
        }
        return RenderSettings(options: options)
    }

    /// Our headings carry an id and an anchor link; the spec's do not.
    static func withoutHeadingIds(_ html: String) -> String {
        html.replacing(#/<h([1-6]) id="[^"]*">/#) { "<h\($0.output.1)>" }
            .replacing(#/<a class="anchor" href="#[^"]*" aria-label="[^"]*">#</a></h/#) { _ in "</h" }
    }

    @Test(arguments: examples)
    func rendersAsTheSpecSays(_ example: Example) {
        let html = Markdown.render(example.markdown, settings: Self.settings(for: example)).html
        if Self.deliberateDifferences[example.number] == nil {
            #expect(Self.withoutHeadingIds(html) == example.html)
        }
    }

    @Test func coversEveryExtension() {
        #expect(Self.examples.count >= 670)
        #expect(Set(Self.examples.map(\.extension)) == ["", "table", "strikethrough", "autolink", "tagfilter"])
    }
}
