import CCmarkGFM

/// cmark-gfm's table extension lets a cell hold only the inline types it knows, so a custom
/// inline (a term link, say) put into a cell would be refused and its text lost. This
/// installs the extension's own rule with custom inlines added.
enum TableCells {
    /// Node types the table and strikethrough extensions register at run time.
    struct Types {
        let row: cmark_node_type
        let cell: cmark_node_type
        let strikethrough: cmark_node_type
    }

    /// Read off a parsed sample, since the extensions export no names for them.
    nonisolated(unsafe) static var types: Types?

    static func install() {
        guard let table = cmark_find_syntax_extension("table"),
              let strike = cmark_find_syntax_extension("strikethrough"),
              let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return }
        defer { cmark_parser_free(parser) }
        cmark_parser_attach_syntax_extension(parser, table)
        cmark_parser_attach_syntax_extension(parser, strike)
        let sample = "|a|\n|-|\n|~~b~~|\n"
        cmark_parser_feed(parser, sample, sample.utf8.count)
        guard let document = cmark_parser_finish(parser) else { return }
        defer { cmark_node_free(document) }
        let tableNode = cmark_node_first_child(document)
        let row = cmark_node_first_child(tableNode)
        let cell = cmark_node_first_child(cmark_node_next(row))
        let strikeNode = cmark_node_first_child(cell)
        guard let row, let cell, let strikeNode else { return }
        types = Types(row: cmark_node_get_type(row), cell: cmark_node_get_type(cell),
                      strikethrough: cmark_node_get_type(strikeNode))
        cmark_syntax_extension_set_can_contain_func(table, canContain)
    }

    /// The table extension's rule (a table holds rows, a row cells, a cell these inlines),
    /// plus custom inlines in cells.
    static let canContain: cmark_can_contain_func = { _, node, child in
        guard let node, let types = TableCells.types else { return 0 }
        let type = cmark_node_get_type(node)
        if type == types.row { return child == types.cell ? 1 : 0 }
        if type == types.cell {
            let allowed = [CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK,
                           CMARK_NODE_IMAGE, CMARK_NODE_HTML_INLINE, CMARK_NODE_FOOTNOTE_REFERENCE,
                           CMARK_NODE_CUSTOM_INLINE, types.strikethrough]
            return allowed.contains(child) ? 1 : 0
        }
        // The table node itself.
        return child == types.row ? 1 : 0
    }
}
