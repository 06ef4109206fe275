import Content

/// What each page source's Markdown told the rest of the build (its ids, the anchors it links
/// to, the glossary terms it mentions, its diagnostics) and what follows from all of them
/// together: which pages mention each term, and which anchors are broken. A full render makes
/// it; the preview server replaces one source's record at a time after an edit.
struct SourceRecords: Sendable {
    /// One source whose Markdown is rendered: a real page, or (with relative URLs) a fallback.
    struct Entry: Sendable {
        /// Renderer.documentID: the file, or for a fallback rendered on its own, its path.
        let id: String
        /// A fallback's problems are its original's; only real pages report them and mention terms.
        let real: Bool
        let key: String
        let frontMatterTerms: [String]
    }

    /// In site order.
    let entries: [Entry]
    private(set) var sources: [String: BuildCache.Source]
    /// Heading and footnote ids by document id.
    private(set) var ids: [String: Set<String>] = [:]
    /// Glossary id → keys of the pages that mention it (in the text or the front matter).
    private(set) var mentions: [String: Set<String>] = [:]
    /// Target file → ids of the real sources that link to an anchor in it.
    private var referrers: [String: Set<String>] = [:]
    /// Entry positions by page key, and by id.
    private let byKey: [String: [Int]]
    private let position: [String: Int]
    /// Positions of the real entries that have diagnostics (few), so collecting them is cheap.
    private var withDiagnostics: Set<Int> = []

    init(entries: [Entry], sources: [String: BuildCache.Source]) {
        self.entries = entries.filter { sources[$0.id] != nil }
        self.sources = sources
        var byKey: [String: [Int]] = [:], position: [String: Int] = [:]
        for (i, entry) in self.entries.enumerated() {
            let source = sources[entry.id]!
            position[entry.id] = i
            ids[entry.id] = Set(source.ids)
            guard entry.real else { continue }
            if !source.diagnostics.isEmpty { withDiagnostics.insert(i) }
            byKey[entry.key, default: []].append(i)
            for term in source.terms + entry.frontMatterTerms { mentions[term, default: []].insert(entry.key) }
            for anchor in source.anchors { referrers[anchor.targetFile, default: []].insert(entry.id) }
        }
        self.byKey = byKey
        self.position = position
    }

    /// Every real source's own diagnostics, in site order.
    var diagnostics: [Diagnostic] {
        withDiagnostics.sorted().flatMap { sources[entries[$0].id]!.diagnostics }
    }

    /// Broken anchors: of every real source, or (after `replace`) those that can have changed —
    /// every anchor of the `changed` sources and every anchor into the `changed` files.
    func brokenAnchors(changed: Set<String>? = nil) -> [Diagnostic] {
        var checks: [(id: String, into: Set<String>?)] = []
        if let changed {
            var from: Set<String> = []
            for file in changed { from.formUnion(referrers[file] ?? []) }
            let ordered = from.union(changed).compactMap { position[$0] }.sorted().map { entries[$0].id }
            checks = ordered.map { ($0, changed.contains($0) ? nil : changed) }
        } else {
            checks = entries.filter(\.real).map { ($0.id, nil) }
        }
        var diagnostics: [Diagnostic] = []
        for (id, into) in checks {
            guard let index = position[id], entries[index].real else { continue }
            for anchor in sources[id]!.anchors where into?.contains(anchor.targetFile) ?? true {
                guard let ids = ids[anchor.targetFile], !ids.contains(anchor.anchor) else { continue }
                let near = ids.filter { $0.hasPrefix(String(anchor.anchor.prefix(3))) }.sorted().first
                diagnostics.append(.error("broken-anchor", "\(anchor.targetFile) has no heading or anchor '#\(anchor.anchor)'",
                                          at: SourcePosition(file: anchor.file, line: anchor.line, column: anchor.column),
                                          suggestion: near.map { "did you mean '#\($0)'?" }, phase: .resolve))
            }
        }
        return diagnostics
    }

    /// Puts a source's new record in place of its old one. Returns whether the pages that
    /// mention some term changed (the glossary lists them).
    mutating func replace(_ id: String, with source: BuildCache.Source) -> Bool {
        guard let index = position[id], let old = sources[id] else { return false }
        sources[id] = source
        ids[id] = Set(source.ids)
        let entry = entries[index]
        guard entry.real else { return false }
        if source.diagnostics.isEmpty { withDiagnostics.remove(index) } else { withDiagnostics.insert(index) }
        for anchor in old.anchors { referrers[anchor.targetFile]?.remove(id) }
        for anchor in source.anchors { referrers[anchor.targetFile, default: []].insert(id) }
        guard Set(old.terms) != Set(source.terms) else { return false }
        // A term stays listed for the key while any of the key's pages mentions it.
        var changed = false
        for term in Set(old.terms).symmetricDifference(source.terms) {
            let mentioned = (byKey[entry.key] ?? []).contains { i in
                let other = entries[i]
                return sources[other.id]!.terms.contains(term) || other.frontMatterTerms.contains(term)
            }
            let was = mentions[term]?.contains(entry.key) ?? false
            guard mentioned != was else { continue }
            changed = true
            if mentioned {
                mentions[term, default: []].insert(entry.key)
            } else {
                mentions[term]?.remove(entry.key)
                if mentions[term]?.isEmpty == true { mentions[term] = nil }
            }
        }
        return changed
    }
}
