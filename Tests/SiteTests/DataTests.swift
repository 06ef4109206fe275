import Content
import Foundation
import Testing
@testable import Site

/// Loading and checking data/directives, data/comparisons and data/timeline.yml (issue 4, part 1).
@Suite struct DataTests {
    @Test func loadsTheGoodFixturesData() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let (content, diagnostics) = ContentLoader.load(root: site.root)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let data = try #require(content?.data)
        let directive = try #require(data.directives.first)
        #expect(directive.id == "sample-directive")
        #expect(directive.issued?.description == "2025-08-05")
        #expect(directive.items.map(\.id) == ["long-term", "data-credit"])
        #expect(directive.items[1].priority["zh"] == "数据信用")
        #expect(data.timeline.map(\.id) == ["relending-2022", "directive", "meeting"])
        #expect(data.timeline[2].end?.description == "2025-12-11")
        #expect(data.timeline[0].date.month == nil, "a year-only date keeps its precision")
        let comparison = try #require(data.comparisons.first)
        #expect(comparison.subjects.map(\.id) == ["guarantee", "data-credit"])
        #expect(comparison.rows.first?.cells["data-credit"]?["en"] == "Orders and **receivables**")
        #expect(site.build().succeeded)
    }

    @Test func reportsEveryDataMistakeWhereItIs() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "data-mistakes")
        let found = SiteBuilder.build(BuildOptions(root: site.root, write: false)).diagnostics
            .filter { $0.file.hasPrefix("content/data/") }
            .map { "\($0.file.dropFirst(13)):\($0.line):\($0.column) \($0.severity.rawValue) \($0.code)" }
        #expect(found == [
            "comparisons/sample-comparison.yml:6:53 error unknown-subject",
            "directives/sample-directive.yml:3:17 error unknown-term",
            "directives/sample-directive.yml:10:9 error duplicate-id",
            "timeline.yml:2:9 error invalid-date",
            "timeline.yml:6:8 error invalid-date",
            "timeline.yml:7:10 warning missing-translation",
            "timeline.yml:8:11 error unknown-term",
            "timeline.yml:9:11 error missing-source",
            "timeline.yml:10:7 error duplicate-id",
        ])
    }

    @Test func aMissingTranslationNamesTheField() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        try site.apply(broken: "data-mistakes")
        let warning = SiteBuilder.build(BuildOptions(root: site.root, write: false)).diagnostics.first { $0.code == "missing-translation" }
        #expect(warning?.message == "'meeting.title' has no 'zh' text")
    }
}
