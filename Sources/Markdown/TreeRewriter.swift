import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif

/// Walks a parsed cmark-gfm tree once and rewrites it: heading ids and anchors, soft breaks
/// between CJK characters, link destinations and fenced component blocks. Our HTML goes in
/// through custom nodes, so the renderer's raw-HTML filter still applies to the source.
struct TreeRewriter {
    typealias Node = OpaquePointer

    let source: SourceLines
    let settings: RenderSettings
    private(set) var headings: [Heading] = []
    private(set) var readingTime = ReadingTime()

    init(source: String, settings: RenderSettings) {
        self.source = SourceLines(source)
        self.settings = settings
    }

    mutating func rewrite(_ document: Node) {
        var softBreaks: [Node] = [], links: [Node] = [], headingNodes: [Node] = [], blocks: [Node] = []
        // The text is counted for the reading time as the walk meets it, straight from
        // cmark's bytes; a block's end or a line break separates words.
        var counter = ReadingTime.Counter()
        func count(_ node: Node) {
            guard let text = cmark_node_get_literal(node) else { return }
            text.withMemoryRebound(to: UInt8.self, capacity: 1) { counter.add(UnsafeBufferPointer(start: $0, count: strlen(text))) }
        }
        let iter = cmark_iter_new(document)
        defer { cmark_iter_free(iter) }
        while case let event = cmark_iter_next(iter), event != CMARK_EVENT_DONE {
            let node = cmark_iter_get_node(iter)!
            let type = cmark_node_get_type(node)
            guard event == CMARK_EVENT_ENTER else {
                if isBlock(type) { counter.separate() }
                continue
            }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: count(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                counter.separate()
                if type == CMARK_NODE_SOFTBREAK { softBreaks.append(node) }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_CODE_BLOCK:
                count(node)
                blocks.append(node)
            default: break
            }
        }
        readingTime = counter.time
        let headingTexts = headingNodes.map(Self.plainText)

        if settings.options.contains(.cjkLineBreaks) { softBreaks.forEach(dropIfBetweenCJK) }
        links.forEach(rewriteLink)
        blocks.forEach(replaceFencedBlock)
        var slugs = SlugSet()
        for (node, text) in zip(headingNodes, headingTexts) {
            let level = min(6, Int(cmark_node_get_heading_level(node)) + settings.headingShift)
            let line = Int(cmark_node_get_start_line(node)) + settings.lineOffset
            guard settings.options.contains(.headingAnchors) else {
                cmark_node_set_heading_level(node, Int32(level))
                headings.append(Heading(level: level, id: "", text: text, line: line))
                continue
            }
            let id = settings.idPrefix + slugs.unique(for: text)
            headings.append(Heading(level: level, id: id, text: text, line: line))
            let anchor = "<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(HTML.escape(settings.anchorLabel))\">#</a>"
            // A custom block renders line breaks around its own HTML, so the heading's tags go
            // in an inline inside an empty block.
            replace(node, kind: CMARK_NODE_CUSTOM_INLINE, enter: "<h\(level) id=\"\(id)\">", exit: "\(anchor)</h\(level)>")

        }
    }

    private func dropIfBetweenCJK(_ node: Node) {
        guard let before = Self.edgeScalar(cmark_node_previous(node), last: true),
              let after = Self.edgeScalar(cmark_node_next(node), last: false),
              CJK.joinsWithoutSpace(before, after) else { return }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    private func rewriteLink(_ node: Node) {
        let line = Int(cmark_node_get_start_line(node))
        let site = LinkSite(
            destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
            label: Self.plainText(node),
            isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
            line: line + settings.lineOffset,
            column: source.scalarColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
        switch settings.link(site) {
        case .keep: break
        case .rewrite(let url): cmark_node_set_url(node, url)
        case .wrap(let before, let after): replace(node, kind: CMARK_NODE_CUSTOM_INLINE, enter: before, exit: after)
        }
    }

    private func replaceFencedBlock(_ node: Node) {
        var length: Int32 = 0, offset: Int32 = 0, char: Int8 = 0
        guard cmark_node_get_fenced(node, &length, &offset, &char) != 0 else { return }
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        guard !info.isEmpty else { return }
        let line = Int(cmark_node_get_start_line(node))
        let block = FencedBlock(
            info: info, body: literal(node), line: line + settings.lineOffset,
            column: source.scalarColumn(line: line, byteColumn: Int(cmark_node_get_start_column(node))))
        guard let html = settings.fencedBlock(block) else { return }
        replace(node, kind: CMARK_NODE_CUSTOM_BLOCK, enter: html, exit: "")
    }

    /// Puts a custom node in place of `node`, moving its children under it. A block node
    /// given `CMARK_NODE_CUSTOM_INLINE` is wrapped in an empty custom block.
    private func replace(_ node: Node, kind: cmark_node_type, enter: String, exit: String) {
        let custom = cmark_node_new(kind)!
        cmark_node_set_on_enter(custom, enter)
        cmark_node_set_on_exit(custom, exit)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(custom, child)
        }
        var replacement = custom
        if kind == CMARK_NODE_CUSTOM_INLINE && isBlock(cmark_node_get_type(node)) {
            replacement = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)!
            cmark_node_append_child(replacement, custom)
        }
        guard cmark_node_replace(node, replacement) != 0 else {
            // The parent refuses the custom node: put the children back and keep the original.
            while let child = cmark_node_first_child(custom) {
                cmark_node_unlink(child)
                cmark_node_append_child(node, child)
            }
            cmark_node_free(replacement)
            return
        }
        cmark_node_free(node)
    }

    private func literal(_ node: Node) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func isBlock(_ type: cmark_node_type) -> Bool {
        type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
    }

    static func plainText(_ node: Node) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                text += cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: text += plainText(current)
            }
            child = cmark_node_next(current)
        }
        return text
    }

    /// The first or last character of text inside `node`, looking through emphasis and links.
    static func edgeScalar(_ node: Node?, last: Bool) -> Unicode.Scalar? {
        guard let node else { return nil }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            let scalars = (cmark_node_get_literal(node).map { String(cString: $0) } ?? "").unicodeScalars
            return last ? scalars.last : scalars.first
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_HTML_INLINE: return nil
        default:
            return edgeScalar(last ? cmark_node_last_child(node) : cmark_node_first_child(node), last: last)
        }
    }
}
