import Foundation
import Testing
@testable import Site

/// `relativeURLs: true` writes every internal link relative to its page, so the site works
/// opened from disk (file://) as well as from any server path.
@Suite struct RelativeURLTests {
    func relativeSite() throws -> FixtureSite {
        let site = try FixtureSite("good")
        let config = site.root.appendingPathComponent("content/site.yml")
        try (try String(contentsOf: config, encoding: .utf8) + "relativeURLs: true\n").write(to: config, atomically: true, encoding: .utf8)
        return site
    }

    @Test func linksAreRelativeToThePage() throws {
        let site = try relativeSite()
        defer { site.remove() }
        #expect(site.build().succeeded)
        let home = try site.html("index.html")
        #expect(home.contains("<a href=\"guide/intro/index.html#second-part\">second part</a>"))
        #expect(home.contains("href=\"zh/index.html\" hreflang=\"zh-Hans\""))
        let zhIntro = try site.html("zh/guide/intro/index.html")
        #expect(zhIntro.contains("<a href=\"../../index.html\">首页</a>"))
        #expect(zhIntro.attributeValues("href").contains { $0.hasPrefix("../../../assets/site.") })
        #expect(try site.html("zh/only-en/index.html").contains("<a href=\"../../guide/intro/index.html\">"),
                "a fallback's links are relative to its own address")
        #expect(try site.html("404.html").contains("href=\"/assets/site."), "404 pages are served at any depth")
    }

    @Test func everyRelativeLinkReachesAFile() throws {
        let site = try relativeSite()
        defer { site.remove() }
        site.build()
        var checked = 0
        for (path, data) in FixtureSite.snapshot(site.output) where path.hasSuffix(".html") && !path.hasSuffix("404.html") {
            let html = String(decoding: data, as: UTF8.self)
            let page = site.output.appendingPathComponent(path).deletingLastPathComponent()
            for link in html.attributeValues("href") + html.attributeValues("src")
            where !link.hasPrefix("#") && !link.contains(":") {
                let file = String(link.split(separator: "#", omittingEmptySubsequences: false)[0]).removingPercentEncoding!
                let target = page.appendingPathComponent(file).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: target), "\(path): \(link)")
                checked += 1
            }
        }
        #expect(checked > 40)
    }
}
