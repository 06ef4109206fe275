import Content
import Foundation
import Testing
@testable import Site

/// The preview server's rebuilds (LiveSite): after an edit to page texts alone only those pages
/// are rendered, and still the output and the diagnostics are exactly a clean build's.
@Suite struct LiveSiteTests {
    /// A fixture site, its LiveSite, and a helper that edits, rebuilds and compares.
    final class Session {
        let site: FixtureSite
        let live = LiveSite()
        let options: BuildOptions

        init(relativeURLs: Bool) throws {
            site = try FixtureSite("good")
            if relativeURLs {
                let config = site.root.appendingPathComponent("content/site.yml")
                try (try String(contentsOf: config, encoding: .utf8) + "relativeURLs: true\n").write(to: config, atomically: true, encoding: .utf8)
            }
            var options = BuildOptions(root: site.root, output: site.output)
            options.inPlace = true
            self.options = options
        }

        func url(_ file: String) -> URL { site.root.appendingPathComponent(file) }

        func edit(_ file: String, _ change: (String) -> String) throws {
            let text = try String(contentsOf: url(file), encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit of \(file) changes nothing")
            try changed.write(to: url(file), atomically: true, encoding: .utf8)
        }

        /// Rebuilds after `changed`; the result must be a clean build's: the same files when it
        /// succeeds, the last good files when it fails, and the same diagnostics either way.
        @discardableResult
        func rebuild(_ changed: [String]?, step: String, pagesOnly: Bool, sourceLocation: SourceLocation = #_sourceLocation) -> BuildReport {
            let before = FixtureSite.snapshot(site.output)
            let report = live.build(options, changed: changed.map(Set.init))
            #expect(report.pagesOnly == pagesOnly, "\(step): pagesOnly is \(report.pagesOnly)", sourceLocation: sourceLocation)
            let cleanOutput = site.root.appendingPathComponent("clean-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: cleanOutput) }
            let clean = SiteBuilder.build(BuildOptions(root: site.root, output: cleanOutput))
            #expect(report.diagnostics == clean.diagnostics, "\(step): \(report.diagnostics) but a clean build: \(clean.diagnostics)",
                    sourceLocation: sourceLocation)
            #expect(report.succeeded == clean.succeeded, sourceLocation: sourceLocation)
            let got = FixtureSite.snapshot(site.output)
            let want = clean.succeeded ? FixtureSite.snapshot(cleanOutput) : before
            #expect(got.keys.sorted() == want.keys.sorted(), "\(step): other files", sourceLocation: sourceLocation)
            for (path, bytes) in want where got[path] != bytes {
                Issue.record("\(step): \(path) differs from \(clean.succeeded ? "a clean build" : "the last good build")", sourceLocation: sourceLocation)
            }
            return report
        }
    }

    @Test(arguments: [false, true]) func pageTextEditsRenderOnlyThosePages(relativeURLs: Bool) throws {
        let s = try Session(relativeURLs: relativeURLs)
        defer { s.site.remove() }
        let intro = "content/guide/intro.md", data = "content/guide/data.md", onlyEN = "content/only-en.md"

        let first = s.rebuild(nil, step: "first build", pagesOnly: false)
        #expect(first.rendered > 10)

        let same = s.rebuild([intro], step: "saved unchanged", pagesOnly: true)
        #expect(same.rendered == 0)

        try s.edit(intro) { $0 + "\nAn added sentence.\n" }
        let text = s.rebuild([intro], step: "text edited", pagesOnly: true)
        #expect(text.rendered == 2, "guide/intro and the English report, not \(text.rendered)")
        #expect(try s.site.html("guide/intro/index.html").contains("An added sentence"))
        #expect(try s.site.html("report/index.html").contains("An added sentence"))

        // A new term mention: the glossary pages list the page under it.
        try s.edit(intro) { $0 + "\nSee also [supply chains](term:supply-chain).\n" }
        let term = s.rebuild([intro], step: "term mentioned", pagesOnly: true)
        #expect(term.rendered == 4, "the page, the report and both glossary pages, not \(term.rendered)")

        // A page without a translation: its stand-in in Chinese shows the same text.
        try s.edit(onlyEN) { $0 + "\nMore English text.\n" }
        let fallback = s.rebuild([onlyEN], step: "untranslated page edited", pagesOnly: true)
        #expect(fallback.rendered == 4, "the page, its Chinese stand-in and both reports, not \(fallback.rendered)")
        #expect(try s.site.html("zh/only-en/index.html").contains("More English text."))

        // An anchor into another page, then that heading renamed: the link breaks in the page
        // that was not edited, and the site stays as it was until the heading is back.
        try s.edit(data) { $0 + "\nBack to [the second part](intro.md#second-part).\n" }
        s.rebuild([data], step: "anchor link added", pagesOnly: true)
        try s.edit(intro) { $0.replacingOccurrences(of: "## Second part", with: "## Part two") }
        let broken = s.rebuild([intro], step: "heading renamed", pagesOnly: true)
        #expect(broken.diagnostics.contains { $0.code == "broken-anchor" && $0.file == data })
        // Another page edited while the first is still broken: the build still fails.
        try s.edit("content/index.md") { $0 + "\nHome text.\n" }
        let still = s.rebuild(["content/index.md"], step: "other page while broken", pagesOnly: true)
        #expect(!still.succeeded)
        try s.edit(intro) { $0.replacingOccurrences(of: "## Part two", with: "## Second part") }
        let fixed = s.rebuild([intro], step: "heading back", pagesOnly: true)
        #expect(fixed.succeeded)
        #expect(try s.site.html("index.html").contains("Home text."), "the edit made while broken is in")

        // A broken link in the text: an error at its line, nothing written.
        try s.edit(intro) { $0 + "\n[Nowhere](missing.md)\n" }
        let link = s.rebuild([intro], step: "broken link", pagesOnly: true)
        #expect(link.diagnostics.contains { $0.code == "broken-link" && $0.file == intro })
        try s.edit(intro) { $0.replacingOccurrences(of: "\n[Nowhere](missing.md)\n", with: "\n") }
        s.rebuild([intro], step: "broken link removed", pagesOnly: true)

        // What is not page text alone needs a full build.
        try s.edit(intro) { $0.replacingOccurrences(of: "title: Introduction", with: "title: An introduction") }
        s.rebuild([intro], step: "front matter edited", pagesOnly: false)
        try "---\ntitle: New\n---\n\nA new page.\n".write(to: s.url("content/new.md"), atomically: true, encoding: .utf8)
        s.rebuild(["content/new.md"], step: "page added", pagesOnly: false)
        try s.edit("content/new.md") { $0 + "\nMore.\n" }
        s.rebuild(["content/new.md"], step: "new page edited", pagesOnly: true)
        try FileManager.default.removeItem(at: s.url("content/new.md"))
        s.rebuild(["content/new.md"], step: "page removed", pagesOnly: false)
        try s.edit("content/draft.md") { $0 + "\nDraft text.\n" }
        s.rebuild(["content/draft.md"], step: "draft edited", pagesOnly: false)
        s.rebuild(["content/static/files/doc.txt"], step: "static file", pagesOnly: false)

        // After a failed full build (a broken template), a text edit is not built on the old template.
        let templates = s.url("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{#page}}".write(to: templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let template = s.rebuild(["templates/footer.mustache"], step: "template broken", pagesOnly: false)
        #expect(!template.succeeded)
        try s.edit(intro) { $0 + "\nWhile the template is broken.\n" }
        let afterTemplate = s.rebuild([intro], step: "text edited after the template broke", pagesOnly: false)
        #expect(!afterTemplate.succeeded)
        try FileManager.default.removeItem(at: templates)
        s.rebuild(["templates"], step: "template removed", pagesOnly: false)
        try s.edit(intro) { $0 + "\nAnd after.\n" }
        s.rebuild([intro], step: "text edited after the fix", pagesOnly: true)
    }

    /// The full build that follows edits rebuilt alone reuses what they wrote, like any other.
    @Test func aFullBuildAfterPageEditsReusesTheirOutputs() throws {
        let s = try Session(relativeURLs: false)
        defer { s.site.remove() }
        let intro = "content/guide/intro.md"
        let first = s.rebuild(nil, step: "first build", pagesOnly: false)
        try s.edit(intro) { $0 + "\nAn added sentence.\n" }
        s.rebuild([intro], step: "text edited", pagesOnly: true)
        let full = s.rebuild(nil, step: "full build", pagesOnly: false)
        #expect(full.rendered == 0 && full.reused == first.rendered, "rendered \(full.rendered), reused \(full.reused)")
    }
}
