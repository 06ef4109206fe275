import CCmarkGFM
import Dispatch
import CmarkThreads
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Renders Markdown to HTML with cmark-gfm. No C type leaves this module.
public enum Markdown {
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        TableCells.install()
        return true
    }()

    /// Whether documents may be rendered on several threads at once: true when cmark-gfm calls
    /// our replacement for its thread-unsafe special-character bookkeeping (CmarkThreads).
    public static let isThreadSafe: Bool = {
        _ = render("~~x~~")
        return policysite_cmark_threads_active() != 0
    }()

    /// Runs `body` for 0..<count: across every core when rendering is thread-safe, else in order.
    public static func forEach(_ count: Int, _ body: @Sendable (Int) -> Void) {
        if isThreadSafe {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            for i in 0..<count { body(i) }
        }
    }

    /// Renders `source` to HTML, giving headings ids and letting `settings` rewrite links and
    /// replace fenced blocks.
    public static func render(_ source: String, settings: RenderSettings = RenderSettings()) -> RenderedDocument {
        _ = registered
        let cmarkOptions = cmarkOptions(settings.options)
        guard let parser = cmark_parser_new(cmarkOptions) else { fatalError("cmark_parser_new failed") }
        defer { cmark_parser_free(parser) }
        for name in extensionNames(settings.options) {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var text = source
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        guard let document = cmark_parser_finish(parser) else { fatalError("cmark_parser_finish failed") }
        defer { cmark_node_free(document) }

        var rewriter = TreeRewriter(source: text, settings: settings)
        rewriter.rewrite(document)

        let extensions = cmark_parser_get_syntax_extensions(parser)
        guard let raw = cmark_render_html(document, cmarkOptions, extensions) else { fatalError("cmark_render_html failed") }
        defer { free(raw) }
        var html = String(cString: raw)
        if !settings.idPrefix.isEmpty {
            // Footnote ids and their links come from cmark-gfm itself: fn-1, fnref-1.
            html = Self.prefixFootnoteIDs(html, prefix: settings.idPrefix)
        }
        return RenderedDocument(html: html, headings: rewriter.headings, readingTime: rewriter.readingTime)
    }

    /// `id="fn…` → `id="<prefix>fn…`, `href="#fn…` → `href="#<prefix>fn…`, in one pass over the bytes.
    static func prefixFootnoteIDs(_ html: String, prefix: String) -> String {
        let id = Array(#"id="fn"#.utf8), href = Array(##"href="#fn"##.utf8)
        let bytes = Array(html.utf8), extra = Array(prefix.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 256)
        var i = 0
        func matches(_ pattern: [UInt8], at i: Int) -> Bool {
            guard i + pattern.count <= bytes.count else { return false }
            for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
            return true
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "i"), matches(id, at: i) {
                out += id.dropLast(2); out += extra; out += id.suffix(2); i += id.count
            } else if bytes[i] == UInt8(ascii: "h"), matches(href, at: i) {
                out += href.dropLast(2); out += extra; out += href.suffix(2); i += href.count
            } else {
                out.append(bytes[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func cmarkOptions(_ options: MarkdownOptions) -> Int32 {
        var flags = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8
        if options.contains(.smartPunctuation) { flags |= CMARK_OPT_SMART }
        if options.contains(.unsafeHTML) { flags |= CMARK_OPT_UNSAFE }
        if options.contains(.footnotes) { flags |= CMARK_OPT_FOOTNOTES }
        return flags
    }

    private static func extensionNames(_ options: MarkdownOptions) -> [String] {
        var names: [String] = []
        if options.contains(.tables) { names.append("table") }
        if options.contains(.strikethrough) { names.append("strikethrough") }
        if options.contains(.autolinks) { names.append("autolink") }
        if options.contains(.tagFilter) { names.append("tagfilter") }
        if options.contains(.taskLists) { names.append("tasklist") }
        return names
    }
}
