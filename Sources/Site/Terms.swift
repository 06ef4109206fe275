import Content
import Markdown
import Pinyin
import Templates

/// How glossary terms appear in pages: the name, then on first mention the hanzi with
/// pinyin in `<ruby>` (DESIGN.md §4).
enum TermHTML {
    /// The HTML around a `[label](term:id)` link's label.
    static func wrap(_ term: GlossaryTerm, language: Language, url: String, labelIsEmpty: Bool, label: String,
                     first: Bool, ruby known: String? = nil) -> (before: String, after: String) {
        let open = "<a class=\"term\" href=\"\(HTML.escape(url))\">"
        let ruby = { known ?? Ruby.html(hanzi: term.zh, pinyin: term.pinyin) }  // only for a first mention
        if language.code == "zh" {
            if labelIsEmpty { return (open + (first ? ruby() : "<span lang=\"zh-Hans\">\(HTML.escape(term.zh))</span>"), "</a>") }
            let gloss = first && label != term.zh ? "<span class=\"term-hanzi\">（\(ruby())）</span>" : ""
            return (open, "</a>" + gloss)
        }
        let name = labelIsEmpty ? HTML.escape(term.en) : ""
        return (open + name, "</a>" + (first ? "<span class=\"term-hanzi\"> \(ruby())</span>" : ""))
    }

    /// The definition in `language`, rendered as Markdown.
    static func definition(_ term: GlossaryTerm, language: Language) -> String {
        let text = term.definition[language.code] ?? term.definition.text(language)
        var settings = RenderSettings()
        settings.options.remove(.headingAnchors)
        return Markdown.render(text, settings: settings).html
    }

    /// Terms in reading order: English by name, Chinese by toneless pinyin, then tones.
    static func sorted(_ terms: [GlossaryTerm], language: Language) -> [GlossaryTerm] {
        if language.code == "zh" {
            return terms.map { (key: sortKey($0.pinyin), term: $0) }.sorted { ($0.key, $0.term.zh) < ($1.key, $1.term.zh) }.map(\.term)
        }
        // By index letter first, so terms starting with a digit (5G) file together under #.
        // Keys made once per term, not once per comparison.
        let keyed = terms.map { term -> (letter: String, name: String, term: GlossaryTerm) in
            let letter = letter(term, language: language)
            return (letter == "#" ? "" : letter, term.en.lowercased(), term)
        }
        return keyed.sorted { ($0.letter, $0.name, $0.term.id) < ($1.letter, $1.name, $1.term.id) }.map(\.term)
    }

    /// `Zhōngguó` → `zhongguo 12`, so toneless spelling decides first and tones break ties.
    static func sortKey(_ pinyin: String) -> String {
        let syllables = PinyinText.parse(pinyin)
        return syllables.map(\.letters).joined(separator: " ") + "|" + syllables.map { String($0.tone) }.joined()
    }

    /// The index letter a term files under.
    static func letter(_ term: GlossaryTerm, language: Language) -> String {
        let source = language.code == "zh" ? (PinyinText.parse(term.pinyin).first?.letters ?? "#") : term.en
        guard let first = source.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return "#" }
        return String(first).uppercased()
    }
}
