import Content
import Foundation
import Testing
@testable import Site
@testable import Templates

@Suite struct ThemeTests {
    @Test func aTemplateFileReplacesTheEmbeddedOne() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try "<footer class=\"custom\">{{ui.generatedBy}}</footer>".write(
            to: templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        try "body { color: red; }".write(to: templates.appendingPathComponent("assets/site.css"), atomically: true, encoding: .utf8)
        #expect(site.build().succeeded)
        let html = try site.html("zh/index.html")
        #expect(html.contains("<footer class=\"custom\">由 policysite 生成</footer>"))
        let css = try #require(html.attributeValues("href").first { $0.hasSuffix(".css") })
        #expect(try site.html(String(css.dropFirst())) == "body { color: red; }")
        #expect(css.contains(String(Fingerprint.hex(Data("body { color: red; }".utf8)).prefix(10))))
    }

    @Test func aMissingPartialIsAnErrorThatNamesIt() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<footer>\n  {{> credits}}\n</footer>".write(to: templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let report = site.build()
        let d = try #require(report.diagnostics.first)
        #expect((d.file, d.line, d.column, d.code) == ("templates/footer.mustache", 2, 3, "missing-template"))
        #expect(d.message.contains("'credits'"))
    }

    @Test func aTemplateSyntaxErrorHasItsPosition() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<footer>\n{{#open}}\n</footer>".write(to: templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let d = try #require(site.build().diagnostics.first)
        #expect((d.file, d.line, d.column, d.code) == ("templates/footer.mustache", 2, 1, "template-syntax"))
        #expect(d.message.contains("'open' is opened here but never closed"))
        try "<footer>{{site.title}} {{ uppercased(site.title) }}</footer>".write(
            to: templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let transform = try #require(site.build().diagnostics.first)
        #expect((transform.line, transform.column, transform.code) == (1, 24, "template-syntax"))
        #expect(transform.message.contains("transforms such as f(x) are not supported"))
    }

    @Test func aTemplateThatIncludesItselfForEverFailsTheBuildAndKeepsTheSite() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        #expect(site.build().succeeded)
        let before = try site.html("index.html")
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<footer>{{#site}}{{> footer}}{{/site}}</footer>".write(to: templates.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let report = site.build()
        #expect(!report.succeeded)
        let d = try #require(report.diagnostics.first { $0.code == "template-recursion" })
        #expect(d.file == "templates/footer.mustache")
        #expect(d.message.contains("more than 100 deep"))
        #expect(try site.html("index.html") == before)
    }

    @Test func aGlossaryTemplateMayListMentionsAsDataOrAsHTML() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let file = templates.appendingPathComponent("glossary.mustache")
        try "{{#groups}}{{#terms}}[{{id}}:{{#mentions}}<li><a href=\"{{url}}\">{{title}}</a></li>{{/mentions}}]{{/terms}}{{/groups}}"
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(site.build().succeeded)
        let fromData = try site.html("glossary/index.html")
        try "{{#groups}}{{#terms}}[{{id}}:{{{mentionsHTML}}}]{{/terms}}{{/groups}}".write(to: file, atomically: true, encoding: .utf8)
        #expect(site.build().succeeded)
        let fromHTML = try site.html("glossary/index.html")
        #expect(fromData == fromHTML)
        #expect(fromData.components(separatedBy: "<li>").count > 3, "\(fromData)")
    }

    @Test func anUnknownLayoutIsAnError() throws {
        let site = try FixtureSite("good")
        defer { site.remove() }
        let page = site.root.appendingPathComponent("content/only-en.md")
        try "---\ntitle: X\nlayout: wide\n---\nBody\n".write(to: page, atomically: true, encoding: .utf8)
        let d = try #require(site.build().diagnostics.first)
        #expect((d.file, d.code) == ("content/only-en.md", "missing-template"))
    }

    @Test func initWritesEveryEmbeddedTemplate() {
        let files = Theme.defaultFiles
        #expect(files["templates/base.mustache"]?.contains("{{$main}}") == true)
        #expect(files["templates/assets/site.css"]?.contains(":lang(zh)") == true)
        #expect(files.count == DefaultTemplates.all.count + 2)
    }
}
