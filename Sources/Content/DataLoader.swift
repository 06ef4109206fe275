import Foundation
import Yams

/// Reads `data/directives/*.yml`, `data/comparisons/*.yml` and `data/timeline.yml`, with a
/// positioned diagnostic for each missing field, missing translation, bad date, duplicate id
/// and unknown comparison subject. Glossary ids and source pages are checked in resolve.
public enum DataLoader {
    public static func load(contentDir: URL, languages: [Language], diagnostics: inout [Diagnostic]) -> SiteData {
        var data = SiteData()
        let dataDir = contentDir.appendingPathComponent("data")
        for file in yamlFiles(in: dataDir.appendingPathComponent("directives")) {
            let path = "content/data/directives/\(file)"
            if let reader = read(dataDir.appendingPathComponent("directives/\(file)"), path, languages, &diagnostics) {
                var fields = reader
                if let directive = directive(id: String(file.dropLast(4)), &fields) { data.directives.append(directive) }
                diagnostics = fields.diagnostics
            }
        }
        for file in yamlFiles(in: dataDir.appendingPathComponent("comparisons")) {
            let path = "content/data/comparisons/\(file)"
            if let reader = read(dataDir.appendingPathComponent("comparisons/\(file)"), path, languages, &diagnostics) {
                var fields = reader
                if let comparison = comparison(id: String(file.dropLast(4)), &fields) { data.comparisons.append(comparison) }
                diagnostics = fields.diagnostics
            }
        }
        let timeline = dataDir.appendingPathComponent("timeline.yml")
        if FileManager.default.fileExists(atPath: timeline.path),
           let reader = read(timeline, "content/data/timeline.yml", languages, &diagnostics) {
            var fields = reader
            data.timeline = events(&fields)
            diagnostics = fields.diagnostics
        }
        let tags = dataDir.appendingPathComponent("tags.yml")
        if FileManager.default.fileExists(atPath: tags.path),
           let reader = read(tags, "content/data/tags.yml", languages, &diagnostics) {
            var fields = reader
            data.tagLabels = tagLabels(&fields)
            diagnostics = fields.diagnostics
            for event in data.timeline {
                for tag in event.tagReferences where data.tagLabels[tag.id] == nil {
                    diagnostics.append(.warning("unknown-tag", "tag '\(tag.id)' has no label in content/data/tags.yml",
                                                at: tag.position, suggestion: "add '\(tag.id): {en: …, zh: …}' to tags.yml"))
                }
            }
        }
        return data
    }

    static func yamlFiles(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".yml") && !$0.hasPrefix(".") }.sorted()
    }

    static func read(_ url: URL, _ file: String, _ languages: [Language], _ diagnostics: inout [Diagnostic]) -> FieldReader? {
        switch SourceText.read(url, file: file).flatMap({ YAMLDocument.parse($0, file: file) }) {
        case .success(let document):
            var reader = FieldReader(document: document, diagnostics: diagnostics)
            reader.languages = languages.map(\.code)
            return reader
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    static func directive(id: String, _ f: inout FieldReader) -> Directive? {
        guard let root = f.document.root, root.mapping != nil else {
            f.error("invalid-data", "a directive file must be a mapping with title, issued, issuers, summary and items", at: f.document.root)
            return nil
        }
        f.warnUnknown(root, ["title", "issued", "issuers", "summary", "source", "items"], what: "directive")
        let title = f.translatable(root, "title", required: true)
        let issued = f.date(root, "issued", required: true)
        let issuers = f.references(root, "issuers")
        let summary = f.translatable(root, "summary", required: true)
        let source = f.reference(root, "source")
        var items: [Directive.Item] = []
        var seen: Set<String> = []
        let itemNodes = root.value("items")?.sequence.map(Array.init) ?? []
        if root.value("items") == nil { f.error("missing-field", "missing required field 'items'", at: root) }
        for node in itemNodes {
            guard node.mapping != nil else { f.error("invalid-data", "each item must be a mapping", at: node); continue }
            f.warnUnknown(node, ["id", "priority", "focus", "instruments", "measures", "terms"], what: "directive item")
            guard let itemID = f.string(node, "id", required: true) else { continue }
            if !seen.insert(itemID).inserted { f.error("duplicate-id", "item id '\(itemID)' is used twice", at: node.value("id")) }
            items.append(Directive.Item(
                id: itemID, priority: f.translatable(node, "priority", required: true, path: "\(itemID).priority"),
                focus: f.translatable(node, "focus", required: true, path: "\(itemID).focus"),
                instruments: f.translatable(node, "instruments", required: false, path: "\(itemID).instruments"),
                measures: f.translatable(node, "measures", required: true, path: "\(itemID).measures"),
                terms: f.references(node, "terms"), position: f.document.position(of: node)))
        }
        return Directive(id: id, file: f.document.file, title: title, issued: issued, issuers: issuers, summary: summary,
                         source: source, items: items)
    }

    static func comparison(id: String, _ f: inout FieldReader) -> Comparison? {
        guard let root = f.document.root, root.mapping != nil else {
            f.error("invalid-data", "a comparison file must be a mapping with title, subjects and rows", at: f.document.root)
            return nil
        }
        f.warnUnknown(root, ["title", "description", "source", "subjects", "rows"], what: "comparison")
        let title = f.translatable(root, "title", required: true)
        let description = f.translatable(root, "description", required: false)
        let source = f.reference(root, "source")
        var subjects: [Comparison.Subject] = []
        for node in root.value("subjects")?.sequence.map(Array.init) ?? [] {
            guard let subjectID = f.string(node, "id", required: true) else { continue }
            if subjects.contains(where: { $0.id == subjectID }) {
                f.error("duplicate-id", "subject id '\(subjectID)' is used twice", at: node.value("id"))
                continue
            }
            subjects.append(.init(id: subjectID, label: f.translatable(node, "label", required: true, path: "\(subjectID).label")))
        }
        if subjects.isEmpty { f.error("missing-field", "a comparison needs at least one subject", at: root.value("subjects") ?? root) }
        var rows: [Comparison.Row] = []
        for (index, node) in (root.value("rows")?.sequence.map(Array.init) ?? []).enumerated() {
            let label = f.translatable(node, "label", required: true, path: "rows[\(index + 1)].label")
            var cells: [String: Localized] = [:]
            for (subject, keyNode, value) in node.value("cells")?.pairs ?? [] {
                guard subjects.contains(where: { $0.id == subject }) else {
                    f.error("unknown-subject", "cell for '\(subject)', which is not a subject of this comparison", at: keyNode,
                            suggestion: "subjects: \(subjects.map(\.id).joined(separator: ", "))")
                    continue
                }
                cells[subject] = f.translatable(value, path: "rows[\(index + 1)].cells.\(subject)")
            }
            rows.append(.init(label: label, cells: cells))
        }
        return Comparison(id: id, file: f.document.file, title: title, description: description, source: source,
                          subjects: subjects, rows: rows)
    }

    /// `data/tags.yml`: a mapping from tag id to its label, `{en: …, zh: …}`.
    static func tagLabels(_ f: inout FieldReader) -> [String: Localized] {
        guard let root = f.document.root else { return [:] }
        guard root.mapping != nil else {
            f.error("invalid-data", "tags.yml must map each tag to its label, such as 'fiscal-policy: {en: Fiscal policy, zh: 财政政策}'", at: root)
            return [:]
        }
        var labels: [String: Localized] = [:]
        for (tag, _, value) in root.pairs { labels[tag] = f.translatable(value, path: tag) }
        return labels
    }

    static func events(_ f: inout FieldReader) -> [TimelineEvent] {
        guard let items = f.document.root?.sequence else {
            if f.document.root != nil { f.error("invalid-data", "the timeline must be a list of events", at: f.document.root) }
            return []
        }
        var events: [TimelineEvent] = []
        var seen: Set<String> = []
        for node in items {
            guard node.mapping != nil else { f.error("invalid-data", "each event must be a mapping", at: node); continue }
            f.warnUnknown(node, ["id", "date", "end", "title", "body", "tags", "terms", "source"], what: "timeline event")
            guard let id = f.string(node, "id", required: true) else { continue }
            if !seen.insert(id).inserted {
                f.error("duplicate-id", "event id '\(id)' is used twice", at: node.value("id"))
                continue
            }
            guard let date = f.date(node, "date", required: true) else { continue }
            let end = f.date(node, "end", required: false)
            if let end, end < date {
                f.error("invalid-date", "end \(end) is before the date \(date)", at: node.value("end"))
            }
            events.append(TimelineEvent(
                id: id, date: date, end: end, title: f.translatable(node, "title", required: true, path: "\(id).title"),
                body: f.translatable(node, "body", required: false, path: "\(id).body"), tagReferences: f.references(node, "tags"),
                terms: f.references(node, "terms"), source: f.reference(node, "source"), position: f.document.position(of: node)))
        }
        return events
    }
}
