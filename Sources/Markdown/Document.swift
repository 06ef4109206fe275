/// A heading of a rendered page, for tables of contents and anchor checks.
public struct Heading: Sendable, Equatable {
    public let level: Int
    public let id: String
    public let text: String
    public let line: Int
}

/// A link or image destination as written in the source, with where it stands.
public struct LinkSite: Sendable {
    public let destination: String
    /// The link's text, without markup; empty for `[](…)`.
    public let label: String
    public let isImage: Bool
    /// 1-based line in the file (the renderer's `lineOffset` added).
    public let line: Int
    /// 1-based column, counted in Unicode scalars.
    public let column: Int
}

/// What to do with a link.
public enum LinkAction: Sendable {
    case keep
    case rewrite(String)
    /// Replace the link element with raw HTML around its rendered label.
    case wrap(before: String, after: String)
}

/// A fenced code block as written, for components that render from data.
public struct FencedBlock: Sendable {
    public let info: String
    public let body: String
    public let line: Int
    public let column: Int
}

/// How one document is rendered: options, a label for anchor links, and hooks for our
/// own constructs. Hooks run on the rendering thread and must not share mutable state.
public struct RenderSettings: Sendable {
    public var options: MarkdownOptions
    /// The `aria-label` of heading anchor links, in the page's language.
    public var anchorLabel: String
    /// Added to every line number reported, for Markdown that follows front matter.
    public var lineOffset: Int
    public var link: @Sendable (LinkSite) -> LinkAction
    /// Returns HTML to stand for the block, or nil to render it as code.
    public var fencedBlock: @Sendable (FencedBlock) -> String?
    /// Put before every heading and footnote id, for documents combined into one page.
    public var idPrefix = ""
    /// Added to every heading level (at most 6), for documents nested under another heading.
    public var headingShift = 0

    public init(
        options: MarkdownOptions = .site,
        anchorLabel: String = "Link to this section",
        lineOffset: Int = 0,
        link: @escaping @Sendable (LinkSite) -> LinkAction = { _ in .keep },
        fencedBlock: @escaping @Sendable (FencedBlock) -> String? = { _ in nil }
    ) {
        self.options = options
        self.anchorLabel = anchorLabel
        self.lineOffset = lineOffset
        self.link = link
        self.fencedBlock = fencedBlock
    }
}

/// A rendered Markdown document.
public struct RenderedDocument: Sendable {
    public let html: String
    /// Every heading in order, with its id; the table of contents.
    public let headings: [Heading]
    public let readingTime: ReadingTime
    /// Ids in the HTML that links may point at: headings and footnotes.
    public var anchors: Set<String> { Set(headings.map(\.id)) }
}
