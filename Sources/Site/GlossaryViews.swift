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
        var mentionLists = MentionLists(views: self, language: language, from: path, keepList: theme.uses("mentions"))
        for term in terms {
            let letter = TermHTML.letter(term, language: language)
            if letters.last?["letter"] as? String != letter {
                let id = "letter-\(letter == "#" ? "other" : letter.lowercased())"
                letters.append(["letter": letter, "id": id])
                groups.append(["letter": letter, "id": id, "terms": [[String: Any]]()])
            }
            var entries = groups[groups.count - 1]["terms"] as! [[String: Any]]
            entries.append(entry(term, language: language, ui: ui, name: name, mentions: mentionLists.list(mentions[term.id] ?? [])))
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
                       mentions: (list: TemplateValue, html: String, count: Int)) -> [String: Any] {
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
        entry["mentions"] = mentions.list
        entry["hasMentions"] = mentions.count > 0
        entry["mentionsHTML"] = mentions.html
        return entry
    }

    /// The pages that mention a term, by title: as HTML list items (`mentionsHTML`: on a large
    /// site this is most of the glossary, so it is made here, each page's item once) and, only if
    /// a template uses it, as a list of title and url (`mentions`).
    struct MentionLists {
        let views: Views
        let language: Language
        let from: String
        let keepList: Bool
        /// Page key → its position among the language's pages sorted by title, then key.
        var rank: [String: Int] = [:]
        /// By rank: each page's title, url and list item, made when first listed.
        var items: [(title: String, url: String, html: String)?]
        let pages: [Page]

        init(views: Views, language: Language, from: String, keepList: Bool) {
            (self.views, self.language, self.from, self.keepList) = (views, language, from, keepList)
            let all = views.site.pages.filter { $0.language == language }
            pages = all.indices.map { ($0, all[$0].frontMatter.title, all[$0].key) }
                .sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map { all[$0.0] }
            for (i, page) in pages.enumerated() { rank[page.key] = i }
            items = Array(repeating: nil, count: pages.count)
        }

        mutating func list(_ keys: Set<String>) -> (list: TemplateValue, html: String, count: Int) {
            let sorted = keys.compactMap { rank[$0] }.sorted()
            var html = "", list: [TemplateValue] = []
            for i in sorted {
                let item = items[i] ?? {
                    let page = pages[i]
                    let url = views.site.urls.url(page.path, from: from)
                    return (page.frontMatter.title, url, "<li><a href=\"\(HTML.escape(url))\">\(HTML.escape(page.frontMatter.title))</a></li>")
                }()
                items[i] = item
                html += item.html
                if keepList { list.append(["title": .text(item.title), "url": .text(item.url)]) }
            }
            return (.list(list), html, sorted.count)
        }
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
