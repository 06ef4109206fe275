import Content
import Foundation
import Testing
@testable import Site

/// Each broken fixture is the good site with one file changed (Tests/Fixtures/sites/broken/<name>).
/// The build must report the problem at its exact place and leave the previous site/ untouched.
@Suite struct BrokenSiteTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let fixture: String, file: String, line: Int, column: Int, code: String
        var severity: Diagnostic.Severity = .error
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "yaml-error", file: "content/only-en.md", line: 3, column: 9, code: "yaml-syntax"),
        Case(fixture: "config-yaml-error", file: "content/site.yml", line: 2, column: 10, code: "yaml-syntax"),
        Case(fixture: "missing-title", file: "content/only-en.md", line: 1, column: 1, code: "missing-title"),
        Case(fixture: "unknown-key", file: "content/only-en.md", line: 3, column: 1, code: "unknown-key", severity: .warning),
        Case(fixture: "duplicate-url", file: "content/only-en/index.md", line: 1, column: 1, code: "duplicate-url"),
        Case(fixture: "invalid-utf8", file: "content/only-en.md", line: 6, column: 14, code: "invalid-utf8"),
        Case(fixture: "broken-link", file: "content/only-en.md", line: 5, column: 15, code: "broken-link"),
        Case(fixture: "broken-anchor", file: "content/only-en.md", line: 5, column: 9, code: "broken-anchor"),
    ]

    @Test(arguments: cases)
    func reportsTheProblemWhereItIs(_ c: Case) throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        #expect(site.build().diagnostics.isEmpty)
        let before = FixtureSite.snapshot(site.output)
        try site.apply(broken: c.fixture)
        let report = site.build()
        #expect(report.diagnostics.count == 1, "\(report.diagnostics)")
        let d = try #require(report.diagnostics.first)
        #expect((d.file, d.line, d.column, d.code, d.severity) == (c.file, c.line, c.column, c.code, c.severity))
        if c.severity == .error {
            #expect(!report.succeeded)
            #expect(FixtureSite.snapshot(site.output) == before, "the previous site/ survives a failed build")
        } else {
            #expect(report.succeeded)
        }
    }

    @Test func aMissingPageIsReportedOnceNotAgainAtEveryLinkToIt() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "yaml-error")  // guide/intro.md links to the page that now fails
        #expect(site.build().diagnostics.map(\.code) == ["yaml-syntax"])
    }

    @Test func suggestsTheRightKey() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "unknown-key")
        #expect(site.build().diagnostics.first?.suggestion == "did you mean 'weight'?")
    }

    @Test func checkFormatsAsJSONAndGitHubAnnotations() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "broken-link")
        let report = SiteBuilder.build(BuildOptions(root: site.root, write: false))
        let json = DiagnosticFormat.json.render(report.diagnostics)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == "content/only-en.md")
        #expect(first["line"] as? Int == 5)
        #expect(first["column"] as? Int == 15)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "broken-link")
        #expect(first["suggestion"] is NSNull)
        #expect(DiagnosticFormat.github.render(report.diagnostics).hasPrefix(
            "::error file=content/only-en.md,line=5,col=15,title=broken-link::link to guide/missing.md"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "check writes nothing")
    }
}
