import Foundation
import Testing
@testable import Templates

/// Renders `template` with `view`, `partials` registered by name.
func render(_ template: String, _ view: [String: Any] = [:], partials: [String: String] = [:]) throws -> String? {
    var library = TemplateLibrary()
    library.register(try CompiledTemplate(template), named: "__main__")
    for (name, text) in partials { library.register(try CompiledTemplate(text), named: name) }
    return (try? library.render(TemplateValue(view), template: "__main__")).map { String(decoding: $0, as: UTF8.self) }
}

func syntaxError(_ template: String) -> TemplateSyntaxError? {
    do {
        _ = try CompiledTemplate(template)
        return nil
    } catch {
        return error
    }
}

@Suite struct MustacheTests {
    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        let view = ["x": "<a href=\"u?a=1&b=2\">it's</a>"]
        #expect(try render("{{x}}", view) == "&lt;a href=&quot;u?a=1&amp;b=2&quot;&gt;it&#39;s&lt;/a&gt;")
        #expect(try render("{{{x}}}|{{& x }}", view) == "\(view["x"]!)|\(view["x"]!)")
        #expect(try render("[{{missing}}]{{n}} {{t}} {{f}} 中{{zh}}", ["n": 42, "t": true, "f": false, "zh": "文&"]) == "[]42 true false 中文&amp;")
    }

    @Test func namesResolveThroughTheContextStack() throws {
        let view: [String: Any] = ["a": ["b": ["c": "deep"]], "name": "outer", "list": [["name": "inner"], ["other": 1]]]
        #expect(try render("{{a.b.c}}|{{#a}}{{b.c}}{{/a}}", view) == "deep|deep")
        #expect(try render("{{#list}}{{name}},{{/list}}", view) == "inner,outer,")
        // A broken chain does not fall back to an outer context.
        #expect(try render("{{#a}}[{{b.name}}]{{/a}}", view) == "[]")
        #expect(try render("{{#items}}{{.}};{{/items}}", ["items": ["x", "<y>"]]) == "x;&lt;y&gt;;")
    }

    @Test func sectionsRenderForValuesAndInvertedOnesForTheirAbsence() throws {
        let view: [String: Any] = ["yes": true, "no": false, "empty": [Any](), "text": "", "object": ["k": "v"]]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#empty}}E{{/empty}}{{#text}}T{{/text}}{{#object}}{{k}}{{/object}}{{#none}}X{{/none}}", view) == "YTv")
        #expect(try render("{{^yes}}Y{{/yes}}{{^no}}N{{/no}}{{^empty}}E{{/empty}}{{^text}}T{{/text}}{{^none}}X{{/none}}", view) == "NEX")
    }

    @Test func standaloneLinesDisappearAndInlineTagsStay() throws {
        let template = "<ul>\n  {{#items}}\n  <li>{{.}}</li>\n  {{/items}}\n  {{! a comment }}\n</ul>\n{{#items}}[{{.}}]{{/items}}\n"
        #expect(try render(template, ["items": ["a", "b"]]) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n[a][b]\n")
        #expect(try render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\nc", ["t": true]) == "a\r\nb\r\nc")
        #expect(try render("  {{#t}}x{{/t}}\n", ["t": true]) == "  x\n")
        #expect(try render("x\n  {{! standalone at the end }}", [:]) == "x\n")
    }

    @Test func partialsAreIndentedLineByLine() throws {
        let partials = ["item": "<li>\n{{{text}}}\n</li>\n"]
        #expect(try render("<ul>\n  {{> item}}\n</ul>\n", ["text": "a\nb"], partials: partials)
                == "<ul>\n  <li>\n  a\nb\n  </li>\n</ul>\n")
        #expect(try render("[{{>item}}]", ["text": "t"], partials: partials) == "[<li>\nt\n</li>\n]")
        #expect(try render("[{{>nothing}}]", [:]) == "[]")
    }

    @Test func layoutsInheritBlocksOutermostFirst() throws {
        let partials = [
            "base": "<title>{{$title}}Default{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n",
            "article": "{{<base}}{{$main}}<article>{{$body}}none{{/body}}</article>{{/main}}{{/base}}",
        ]
        #expect(try render("{{<article}}{{$title}}T{{/title}}{{$body}}{{text}}{{/body}}ignored{{/article}}", ["text": "x"], partials: partials)
                == "<title>T</title>\n<main>\n<article>x</article>\n</main>\n")
        #expect(try render("{{<base}}{{/base}}", [:], partials: partials) == "<title>Default</title>\n<main>\n\n</main>\n")
        #expect(try render("{{$title}}own{{/title}}", [:]) == "own")
    }

    @Test func delimitersCanBeChanged() throws {
        #expect(try render("{{=<% %>=}}<% x %>{{x}}<%={{ }}=%>{{x}}", ["x": "1"]) == "1{{x}}1")
    }

    @Test func aTemplateThatIncludesItselfForEverRendersNothing() throws {
        #expect(try render("{{>loop}}", [:], partials: ["loop": "a{{>loop}}"]) == nil)
        var library = TemplateLibrary()
        library.register(try CompiledTemplate("{{>inner}}"), named: "outer")
        library.register(try CompiledTemplate("{{#a}}{{>inner}}{{/a}}"), named: "inner")
        #expect(throws: TemplateRenderFailure.tooDeep(in: "inner")) { try library.render(TemplateValue(["a": true]), template: "outer") }
        #expect(throws: TemplateRenderFailure.missing("none")) { try library.render(TemplateValue([:] as [String: Any]), template: "none") }
        #expect(try library.render(TemplateValue(["a": false]), template: "outer") == [])
        #expect(try render("{{<l}}{{$b}}<{{$b}}x{{/b}}>{{/b}}{{/l}}", [:], partials: ["l": "{{$b}}{{/b}}"]) == nil)
        #expect(try render("{{>tree}}", ["kids": [["kids": [["kids": [Any]()]]]]], partials: ["tree": "({{#kids}}{{>tree}}{{/kids}})"]) == "((()))")
    }

    @Test func syntaxErrorsSayWhatAndWhere() {
        let cases: [(String, Int, Int, String)] = [
            ("<p>\n{{#open}}\n</p>", 2, 1, "'open' is opened here but never closed"),
            ("{{#a}}{{/b}}", 1, 7, "'a' is closed by 'b'"),
            ("x {{/a}}", 1, 3, "'a' is closed but was never opened"),
            ("中文 {{name", 1, 4, "tag is not closed: '}}' expected"),
            ("\n  {{{raw}}", 2, 3, "tag is not closed: '}}}' expected"),
            ("{{uppercased(name)}}", 1, 1, "transforms such as f(x) are not supported"),
            ("{{a..b}}", 1, 1, "'a..b' is not a name"),
            ("{{ }}", 1, 1, "a tag needs a name"),
            ("{{=<% %>}}", 1, 1, "tag is not closed: '=}}' expected"),
            ("{{= a =}}", 1, 1, "a delimiter change is written"),
        ]
        for (template, line, column, message) in cases {
            let error = syntaxError(template)
            #expect(error?.line == line && error?.column == column, "\(template): \(String(describing: error))")
            #expect(error?.message.contains(message) == true, "\(template): \(String(describing: error))")
        }
    }

    @Test func referencesToOtherTemplatesKeepTheirPositions() throws {
        let template = try CompiledTemplate("<footer>\n  {{> credits}}\n{{<base}}{{/base}}</footer>")
        #expect(template.references.map(\.name) == ["credits", "base"])
        #expect(template.references.map { template.position(of: $0.offset) }.map { [$0.line, $0.column] } == [[2, 3], [3, 1]])
    }
}
