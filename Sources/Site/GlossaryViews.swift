import Content
import Foundation
import Markdown
import Pinyin
import Templates

/// The glossary pages (`/glossary/`, `/zh/glossary/`) and `glossary.json`.
extension Views {
    /// - Parameter mentions: glossary id → keys of the pages that mention it.
    func glossary(_ language: Language, mentions: [String: Set<String>]) -> [String: Any] {
        let path = Page.path(key: "glossary", language: language)
        var view = common(language, key: "glossary", from: path)
        let ui = UIStrings.strings(for: language.code)
        let url = { (target: String) in site.urls.url(target, from: path) }
        let title = ui["glossaryTitle"] ?? "Glossary"
        view["page"] = ["title": title, "fullTitle": "\(title) · \(site.config.title.text(language))", "permalink": permalink(path)]
        view["alternates"] = site.config.languages.map { ["tag": $0.tag, "permalink": permalink(Page.path(key: "glossary", language: $0))] }
            + [["tag": "x-default", "permalink": permalink(Page.path(key: "glossary", language: site.config.defaultLanguage))]]
        view["json"] = url("glossary.json")

        let terms = TermHTML.sorted(site.glossary.terms, language: language)
        let name = { (term: GlossaryTerm) -> String in
            language.code == "zh" ? "<span lang=\"zh-Hans\">\(HTML.escape(term.zh))</span>" : HTML.escape(term.en)
        }
        var groups: [[String: Any]] = []
        var letters: [[String: Any]] = []
        for term in terms {
            let letter = TermHTML.letter(term, language: language)
            if letters.last?["letter"] as? String != letter {
                let id = "letter-\(letter == "#" ? "other" : letter.lowercased())"
                letters.append(["letter": letter, "id": id])
                groups.append(["letter": letter, "id": id, "terms": [[String: Any]]()])
            }
            var entries = groups[groups.count - 1]["terms"] as! [[String: Any]]
            entries.append(entry(term, language: language, ui: ui, name: name, mentions: mentions[term.id] ?? [], from: path))
            groups[groups.count - 1]["terms"] = entries
        }
        view["letters"] = letters
        view["groups"] = groups
        view["categories"] = Glossary.categories.compactMap { category -> [String: Any]? in
            let members = terms.filter { $0.category == category }
            guard !members.isEmpty else { return nil }
            return ["id": "category-\(category)", "label": ui["category.\(category)"] ?? category, "count": members.count,
                    "terms": members.map { ["id": $0.id, "name": name($0)] }]
        }
        return view
    }

    private func entry(_ term: GlossaryTerm, language: Language, ui: [String: String], name: (GlossaryTerm) -> String,
                       mentions: Set<String>, from path: String) -> [String: Any] {
        let ruby = Ruby.html(hanzi: term.zh, pinyin: term.pinyin)
        let english = "<span lang=\"en\">\(HTML.escape(term.en))</span>"
        var entry: [String: Any] = [
            "id": term.id,
            "primary": language.code == "zh" ? ruby : HTML.escape(term.en),
            "secondary": language.code == "zh" ? english : ruby,
            "definition": TermHTML.definition(term, language: language),
            "categoryLabel": ui["category.\(term.category)"] ?? term.category,
        ]
        var short: [String] = []
        if let en = term.shortEn { short.append(language.code == "zh" ? "<span lang=\"en\">\(HTML.escape(en))</span>" : HTML.escape(en)) }
        if let reading = term.short { short.append(Ruby.html(hanzi: reading.hanzi, pinyin: reading.pinyin)) }
        if !short.isEmpty { entry["short"] = "(" + short.joined(separator: ", ") + ")" }
        let related = term.related.compactMap { site.glossary.byID[$0.id] }.map { ["id": $0.id, "name": name($0)] }
        entry["related"] = related
        entry["hasRelated"] = !related.isEmpty
        let pages = mentions.compactMap { site.page(key: $0, language: language) }
            .sorted { ($0.frontMatter.title, $0.key) < ($1.frontMatter.title, $1.key) }
            .map { ["title": $0.frontMatter.title, "url": site.urls.url($0.path, from: path)] }
        entry["mentions"] = pages
        entry["hasMentions"] = !pages.isEmpty
        // The same list as HTML, made here: on a large site it is most of the page, and
        // Mustache takes ten times longer to make it (custom templates may use either).
        entry["mentionsHTML"] = pages.map { "<li><a href=\"\(HTML.escape($0["url"]!))\">\(HTML.escape($0["title"]!))</a></li>" }.joined()
        return entry
    }

    /// `glossary.json`: every term in both languages, with its page URLs.
    func glossaryJSON() -> Data {
        struct Term: Encodable {
            let id: String, en: String, zh: String, pinyin: String, category: String
            let short: [String: String]?
            let definition: [String: String]
            let related: [String]
            let url: [String: String]
        }
        let terms = site.glossary.terms.sorted { $0.id < $1.id }.map { term in
            var short: [String: String]?
            if term.shortEn != nil || term.short != nil {
                short = [:]
                short?["en"] = term.shortEn
                short?["zh"] = term.short?.hanzi
                short?["pinyin"] = term.short?.pinyin
            }
            return Term(id: term.id, en: term.en, zh: term.zh, pinyin: term.pinyin, category: term.category, short: short,
                        definition: term.definition.values, related: term.related.map(\.id),
                        url: Dictionary(uniqueKeysWithValues: site.config.languages.map {
                            ($0.code, permalink(Page.path(key: "glossary", language: $0)) + "#" + term.id)
                        }))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try! encoder.encode(["terms": terms])
    }
}
