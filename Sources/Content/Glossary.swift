import Pinyin
import Yams

/// A glossary term (`content/data/glossary.yml`, DESIGN.md §4).
public struct GlossaryTerm: Sendable {
    public struct Reading: Sendable {
        public let hanzi: String
        public let pinyin: String
        /// Where the pinyin value starts, for its diagnostics.
        public let pinyinPosition: SourcePosition
    }

    public let id: String
    public let en: String
    public let name: Reading
    public let shortEn: String?
    public let short: Reading?
    public let definition: Localized
    public let category: String
    public let related: [(id: String, position: SourcePosition)]
    public let position: SourcePosition

    public var zh: String { name.hanzi }
    public var pinyin: String { name.pinyin }
}

/// Every term of the site's glossary, in file order.
public struct Glossary: Sendable {
    public static let file = "content/data/glossary.yml"
    public static let categories = ["institution", "instrument", "program", "concept", "place", "event"]
    static let keys = ["id", "en", "zh", "pinyin", "short", "definition", "category", "related"]

    public let terms: [GlossaryTerm]
    public let byID: [String: GlossaryTerm]

    public init(terms: [GlossaryTerm]) {
        self.terms = terms
        byID = Dictionary(terms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public static let empty = Glossary(terms: [])

    /// Parses the glossary, adding its structural problems to `diagnostics`. Pinyin and
    /// cross references are checked by `check(diagnostics:)`.
    public static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> Glossary {
        let document: YAMLDocument
        switch YAMLDocument.parse(text, file: file) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return .empty
        }
        guard let root = document.root else { return .empty }
        var fields = FieldReader(document: document, diagnostics: diagnostics)
        guard let items = root.sequence else {
            fields.error("invalid-glossary", "the glossary must be a list of terms", at: root)
            diagnostics = fields.diagnostics
            return .empty
        }
        var terms: [GlossaryTerm] = []
        var seen: [String: SourcePosition] = [:]
        for item in items {
            guard item.mapping != nil else {
                fields.error("invalid-glossary", "each glossary entry must be a mapping with id, en, zh, pinyin, …", at: item)
                continue
            }
            guard let term = parseTerm(item, fields: &fields) else { continue }
            if let first = seen[term.id] {
                fields.error("duplicate-id", "term id '\(term.id)' is used twice (first at line \(first.line))", at: item.value("id"))
                continue
            }
            seen[term.id] = term.position
            terms.append(term)
        }
        diagnostics = fields.diagnostics
        return Glossary(terms: terms)
    }

    static func parseTerm(_ item: Node, fields: inout FieldReader) -> GlossaryTerm? {
        for (key, keyNode, _) in item.pairs where !keys.contains(key) {
            fields.warn("unknown-key", "unknown glossary key '\(key)'", at: keyNode,
                        suggestion: "known keys: \(keys.joined(separator: ", "))")
        }
        let id = fields.string(item, "id", required: true)
        let en = fields.string(item, "en", required: true)
        let zh = fields.string(item, "zh", required: true)
        let pinyin = fields.string(item, "pinyin", required: true)
        var definition = fields.localized(item, "definition", required: true) ?? Localized([:])
        if definition.shared != nil { definition = Localized(["en": definition.text(.english)]) }
        for code in ["en", "zh"] where definition[code] == nil && item.value("definition") != nil {
            fields.warn("missing-translation", "definition has no '\(code)' text", at: item.value("definition"))
        }
        let category = fields.string(item, "category", required: true)
        if let category, !categories.contains(category) {
            fields.error("invalid-category", "unknown category '\(category)'", at: item.value("category"),
                         suggestion: "one of: \(categories.joined(separator: ", "))")
        }
        let relatedNodes = item.value("related")?.sequence ?? []
        _ = fields.strings(item, "related")
        var short: GlossaryTerm.Reading?, shortEn: String?
        if let node = item.value("short") {
            shortEn = fields.string(node, "en")
            if let hanzi = fields.string(node, "zh"), let reading = fields.string(node, "pinyin", required: true) {
                short = GlossaryTerm.Reading(hanzi: hanzi, pinyin: reading, pinyinPosition: valuePosition(node.value("pinyin"), fields))
            }
        }
        if let id, id.contains(where: { !($0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-")) }) {
            fields.error("invalid-id", "term id '\(id)' must be lowercase ASCII letters, digits and '-'", at: item.value("id"))
        }
        guard let id, let en, let zh, let pinyin, let category else { return nil }
        return GlossaryTerm(
            id: id, en: en,
            name: .init(hanzi: zh, pinyin: pinyin, pinyinPosition: valuePosition(item.value("pinyin"), fields)),
            shortEn: shortEn, short: short, definition: definition, category: category,
            related: relatedNodes.compactMap { node in node.text.map { ($0, fields.document.position(of: node)) } },
            position: fields.document.position(of: item))
    }

    /// Where a scalar's text starts: one column after the mark for a quoted value.
    static func valuePosition(_ node: Node?, _ fields: FieldReader) -> SourcePosition {
        var position = fields.document.position(of: node)
        if let style = node?.scalar?.style, style == .singleQuoted || style == .doubleQuoted { position.column += 1 }
        return position
    }

    /// Parses the readings table now, so that its one-off cost is not counted in a check.
    public static func loadReadings() { _ = Readings.of("一") }

    /// Pinyin against hanzi, and related ids that exist.
    public func check() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for term in terms {
            for reading in [term.name, term.short].compactMap({ $0 }) {
                for problem in PinyinChecker.check(pinyin: reading.pinyin, hanzi: reading.hanzi) {
                    var at = reading.pinyinPosition
                    at.column += problem.column - 1
                    found.append(.error(problem.code, problem.message, at: at,
                                        suggestion: problem.suggestion.map { "did you mean \"\($0)\"?" }, phase: .resolve))
                }
            }
            for (id, position) in term.related where byID[id] == nil {
                found.append(.error("unknown-term", "related term '\(id)' is not in the glossary", at: position, phase: .resolve))
            }
        }
        return found
    }
}
