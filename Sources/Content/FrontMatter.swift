import Foundation
import Yams

/// The YAML header of a page (DESIGN.md §4).
public struct FrontMatter: Sendable, Hashable {
    public var title: String
    public var description: String?
    /// YYYY-MM-DD (or YYYY-MM, YYYY) as written.
    public var date: String?
    public var draft = false
    public var layout: String?
    /// A shorter title for navigation (Hugo's `linkTitle`).
    public var linkTitle: String?
    public var weight = 0
    public var terms: [String] = []
    /// Where each of `terms` is written.
    public var termPositions: [SourcePosition] = []
    /// Site-absolute paths that redirect to this page.
    public var aliases: [String] = []

    public init(title: String) { self.title = title }

    public static let keys: [String] = ["title", "linkTitle", "description", "date", "draft", "layout", "weight", "terms", "aliases"]

    /// Splits `text` into front matter and body. The front matter is the YAML between a first
    /// line `---` and the next line `---` (or `...`).
    static func split(_ text: String) -> (yaml: Substring?, body: Substring, bodyLineOffset: Int, unclosed: Bool) {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") || text == "---" else {
            return (nil, text[...], 0, false)
        }
        var lineNumber = 1
        var index = text.index(after: text.firstIndex(of: "\n") ?? text.startIndex)
        let yamlStart = index
        while index < text.endIndex {
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            lineNumber += 1
            let line = text[index..<lineEnd].trimmingSuffix { $0 == " " || $0 == "\r" || $0 == "\t" }
            if line == "---" || line == "..." {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return (text[yamlStart..<index], text[bodyStart...], lineNumber, false)
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        return (nil, text[...], 0, true)
    }

    /// Reads the front matter of `file`, adding its problems to `diagnostics`.
    /// Returns nil when the page cannot be built.
    static func parse(_ yaml: Substring?, file: String, diagnostics: inout [Diagnostic], fast: Bool = true) -> FrontMatter? {
        if fast, let yaml, let simple = SimpleFrontMatter.parse(yaml, file: file) { return simple }
        let start = SourcePosition(file: file)
        guard let yaml else {
            diagnostics.append(.error("missing-title", "page has no front matter with a title", at: start,
                                      suggestion: "start the file with:\n---\ntitle: …\n---"))
            return nil
        }
        let document: YAMLDocument
        switch YAMLDocument.parse(String(yaml), file: file, lineOffset: 1) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let root = document.root, root.mapping != nil else {
            let code = document.root == nil ? "missing-title" : "invalid-front-matter"
            diagnostics.append(.error(code, document.root == nil ? "front matter has no title" : "front matter must be a mapping of keys to values",
                                      at: document.root == nil ? start : document.position(of: document.root)))
            return nil
        }
        var fields = FieldReader(document: document, diagnostics: diagnostics)
        for (key, keyNode, _) in root.pairs where !keys.contains(key) {
            let near = keys.min { editDistance($0, key) < editDistance($1, key) }!
            fields.warn("unknown-key", "unknown front-matter key '\(key)'", at: keyNode,
                        suggestion: editDistance(near, key) <= 2 ? "did you mean '\(near)'?" : "known keys: \(keys.joined(separator: ", "))")
        }
        let titleNode = root.value("title")
        let title = fields.string(root, "title")
        if title == nil || title!.trimmingCharacters(in: .whitespaces).isEmpty {
            fields.diagnostics.append(.error("missing-title", "page has no title",
                                             at: titleNode == nil ? start : document.position(of: titleNode),
                                             suggestion: "add a line 'title: …' to the front matter"))
        }
        var matter = FrontMatter(title: title ?? "")
        matter.description = fields.string(root, "description")
        matter.date = fields.string(root, "date")
        matter.draft = fields.bool(root, "draft") ?? false
        matter.layout = fields.string(root, "layout")
        matter.linkTitle = fields.string(root, "linkTitle")
        matter.weight = fields.int(root, "weight") ?? 0
        matter.terms = fields.strings(root, "terms") ?? []
        let termNodes = root.value("terms").map { $0.sequence.map(Array.init) ?? [$0] } ?? []
        matter.termPositions = termNodes.map { document.position(of: $0) }
        matter.aliases = fields.strings(root, "aliases") ?? []
        if let date = matter.date, PartialDate(date) == nil {
            fields.error("invalid-date", "date '\(date)' is not YYYY, YYYY-MM or YYYY-MM-DD", at: root.value("date"))
        }
        diagnostics = fields.diagnostics
        return matter.title.trimmingCharacters(in: .whitespaces).isEmpty ? nil : matter
    }
}

/// Levenshtein distance, for "did you mean" suggestions on short keys.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var row = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
        var previous = row[0]
        row[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
            let current = row[j]
            row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
            previous = current
        }
    }
    return a.isEmpty ? b.count : row[b.count]
}

extension Substring {
    func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
