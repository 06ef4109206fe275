import Content
import Markdown
import Pinyin
import Templates
import Yams

/// ```` ```glossary ```` blocks: a list of glossary terms in a page, chosen by `category:`
/// and/or `terms:` (YAML options in the block's body).
extension PageLinks {
    static let glossaryOptions: Set<String> = ["category", "terms"]

    func glossaryBlock(_ block: FencedBlock) -> String {
        guard let (document, root) = blockOptions(block, name: "glossary", allowed: Self.glossaryOptions) else { return "" }
        let blockStart = SourcePosition(file: page.file, line: block.line, column: block.column)
        var chosen = site.glossary.terms
        if let root {
            if let categoryNode = root.value("category") {
                let category = categoryNode.text ?? ""
                if !Glossary.categories.contains(category) {
                    fail("invalid-category", "unknown category '\(category)'", document.position(of: categoryNode),
                         suggestion: "one of: \(Glossary.categories.joined(separator: ", "))")
                }
                chosen = chosen.filter { $0.category == category }
            }
            if let termsNode = root.value("terms") {
                let nodes = termsNode.sequence.map(Array.init) ?? [termsNode]
                var picked: [GlossaryTerm] = []
                for node in nodes {
                    guard let id = node.text, let term = site.glossary.byID[id] else {
                        fail("unknown-term", "there is no glossary term '\(node.text ?? "")'", document.position(of: node))
                        continue
                    }
                    picked.append(term)
                }
                let ids = Set(picked.map(\.id))
                chosen = chosen.filter { ids.contains($0.id) }
            }
        }
        if site.glossary.terms.isEmpty { fail("unknown-term", "glossary block, but the site has no glossary", blockStart) }
        if let report { return report.reference(to: "glossary", text: UIStrings.strings(for: page.language.code)["glossaryTitle"] ?? "") }
        let language = page.language
        let glossaryPath = Page.path(key: "glossary", language: language)
        var html = "<dl class=\"glossary-list\">\n"
        for term in TermHTML.sorted(chosen, language: language) {
            let name = language.code == "zh" ? Ruby.html(hanzi: term.zh, pinyin: term.pinyin)
                : "\(HTML.escape(term.en)) \(Ruby.html(hanzi: term.zh, pinyin: term.pinyin))"
            html += "<dt><a class=\"term\" href=\"\(HTML.escape(url(glossaryPath, term.id)))\">\(name)</a></dt>\n"
            html += "<dd>\(TermHTML.definition(term, language: language))</dd>\n"
        }
        return html + "</dl>"
    }
}
