import Content
import Markdown
import Templates
import Yams

/// Fenced blocks that render components from data: ```` ```directive-table ```` (`id:`, `items:`),
/// ```` ```comparison ```` (`id:`), ```` ```timeline ```` (`tags:`, `from:`, `to:`) and
/// ```` ```glossary ```` (`category:`, `terms:`). Their body is YAML options; a bad option or
/// an unknown id is an error where it is written.
extension PageLinks {
    func fencedBlock(_ block: FencedBlock) -> String? {
        switch block.info.split(separator: " ").first {
        case "glossary": return glossaryBlock(block)
        case "directive-table": return directiveBlock(block)
        case "comparison": return comparisonBlock(block)
        case "timeline": return timelineBlock(block)
        default: return nil
        }
    }

    var data: DataHTML {
        DataHTML(site: site, language: page.language, link: { [self] in url($0, $1) })
    }

    /// The block's options as a YAML mapping (nil when the body is empty); nil after reporting
    /// a syntax error or an options body that is not a mapping. Unknown options are errors.
    func blockOptions(_ block: FencedBlock, name: String, allowed: Set<String>) -> (YAMLDocument, Node?)? {
        let document: YAMLDocument
        switch YAMLDocument.parse(block.body, file: page.file, lineOffset: block.line) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic):
            fail(diagnostic.code, "\(name) block: \(diagnostic.message)", SourcePosition(file: page.file, line: diagnostic.line, column: diagnostic.column))
            return nil
        }
        guard let root = document.root else { return (document, nil) }
        guard root.mapping != nil else {
            fail("invalid-block", "\(name) block options must be a mapping such as '\(allowed.sorted().first ?? "id"): …'", document.position(of: root))
            return nil
        }
        for (key, keyNode, _) in root.pairs where !allowed.contains(key) {
            fail("invalid-block", "unknown \(name) block option '\(key)'", document.position(of: keyNode),
                 suggestion: "options: \(allowed.sorted().joined(separator: ", "))")
        }
        return (document, root)
    }

    /// The `id:` option: required, and must name a data file; reports and returns nil otherwise.
    private func requiredID<T>(_ block: FencedBlock, _ name: String, _ document: YAMLDocument, _ root: Node?,
                               in list: [T], id: (T) -> String, folder: String) -> T? {
        guard let node = root?.value("id") else {
            fail("invalid-block", "\(name) block needs an 'id:' option naming a file in content/data/\(folder)/",
                 SourcePosition(file: page.file, line: block.line, column: block.column))
            return nil
        }
        let wanted = node.text ?? ""
        guard let found = list.first(where: { id($0) == wanted }) else {
            let known = list.map(id)
            fail("unknown-id", "there is no content/data/\(folder)/\(wanted).yml", document.position(of: node),
                 suggestion: known.map { ($0, editDistance($0, wanted)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }.map { "did you mean '\($0.0)'?" }
                    ?? "content/data/\(folder)/ is empty")
            return nil
        }
        return found
    }

    func directiveBlock(_ block: FencedBlock) -> String {
        guard let (document, root) = blockOptions(block, name: "directive-table", allowed: ["id", "items"]),
              let directive = requiredID(block, "directive-table", document, root, in: site.data.directives, id: \.id, folder: "directives")
        else { return "" }
        var only: Set<String>?
        if let itemsNode = root?.value("items") {
            only = []
            for node in itemsNode.sequence.map(Array.init) ?? [itemsNode] {
                let id = node.text ?? ""
                if directive.items.contains(where: { $0.id == id }) { only?.insert(id) } else {
                    fail("unknown-id", "directive '\(directive.id)' has no item '\(id)'", document.position(of: node),
                         suggestion: "items: \(directive.items.map(\.id).joined(separator: ", "))")
                }
            }
        }
        if let report { return report.reference(to: "directive-\(directive.id)", text: directive.title.text(page.language)) }
        return data.directiveTable(directive, only: only, footer: true)
    }

    func comparisonBlock(_ block: FencedBlock) -> String {
        guard let (document, root) = blockOptions(block, name: "comparison", allowed: ["id"]),
              let comparison = requiredID(block, "comparison", document, root, in: site.data.comparisons, id: \.id, folder: "comparisons")
        else { return "" }
        if let report { return report.reference(to: "compare-\(comparison.id)", text: comparison.title.text(page.language)) }
        return data.comparison(comparison, footer: true)
    }

    func timelineBlock(_ block: FencedBlock) -> String {
        guard let (document, root) = blockOptions(block, name: "timeline", allowed: ["tags", "from", "to"]) else { return "" }
        var events = site.data.timeline
        if site.data.timeline.isEmpty {
            fail("invalid-block", "timeline block, but content/data/timeline.yml has no events",
                 SourcePosition(file: page.file, line: block.line, column: block.column))
        }
        if let tagsNode = root?.value("tags") {
            let known = Set(site.data.tags)
            var wanted: Set<String> = []
            for node in tagsNode.sequence.map(Array.init) ?? [tagsNode] {
                let tag = node.text ?? ""
                if known.contains(tag) { wanted.insert(tag) } else {
                    fail("unknown-tag", "no timeline event has the tag '\(tag)'", document.position(of: node),
                         suggestion: "tags: \(site.data.tags.joined(separator: ", "))")
                }
            }
            events = events.filter { !wanted.isDisjoint(with: $0.tags) }
        }
        for key in ["from", "to"] {
            guard let node = root?.value(key) else { continue }
            guard let date = node.text.flatMap(PartialDate.init) else {
                fail("invalid-date", "'\(key)' \(node.text ?? "") is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", document.position(of: node))
                continue
            }
            // A bound keeps every event that overlaps it at the bound's precision.
            let bound = TimelineAxis.span(date)
            events = events.filter { event in
                key == "from" ? TimelineAxis.span(event.end ?? event.date).1 >= bound.0 : TimelineAxis.span(event.date).0 < bound.1
            }
        }
        if let report { return report.reference(to: "timeline", text: UIStrings.strings(for: page.language.code)["timelineTitle"] ?? "") }
        var html = data
        html.headingLevel = 3
        return html.timeline(events, ids: true, axis: true)
    }
}

/// How links behave when a page is part of the report: pages in the report and the glossary
/// become anchors inside it, and components become references to their own sections.
struct ReportLinks: Sendable {
    /// The report's own path, `report/` or `zh/report/`.
    let path: String
    /// Page path → section id, for every page in the report.
    let sections: [String: String]
    let glossaryPath: String
    /// Prefix of the ids of the page being rendered: `page-about-`.
    let prefix: String

    /// A site path and fragment as an anchor in the report, or nil when it is not in it.
    func anchor(_ sitePath: String, _ fragment: String?) -> String? {
        if sitePath == glossaryPath { return "#" + (fragment.map { "term-\($0)" } ?? "glossary") }
        guard let section = sections[sitePath] else { return nil }
        return "#" + section + (fragment.map { "-\($0)" } ?? "")
    }

    func reference(to section: String, text: String) -> String {
        "<p class=\"report-ref\"><a href=\"#\(section)\">\(HTML.escape(text))</a></p>"
    }
}
