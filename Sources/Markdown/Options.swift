/// What the Markdown renderer turns on. `.site` is what policysite pages use.
public struct MarkdownOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let tables = MarkdownOptions(rawValue: 1 << 0)
    public static let strikethrough = MarkdownOptions(rawValue: 1 << 1)
    public static let autolinks = MarkdownOptions(rawValue: 1 << 2)
    /// GFM's disallowed-raw-HTML filter; it only matters when `unsafeHTML` is on.
    public static let tagFilter = MarkdownOptions(rawValue: 1 << 3)
    public static let taskLists = MarkdownOptions(rawValue: 1 << 4)
    public static let footnotes = MarkdownOptions(rawValue: 1 << 5)
    public static let smartPunctuation = MarkdownOptions(rawValue: 1 << 6)
    /// Keep raw HTML from the source; without it raw HTML is replaced by a comment.
    public static let unsafeHTML = MarkdownOptions(rawValue: 1 << 7)
    /// Give headings ids and a hover anchor link.
    public static let headingAnchors = MarkdownOptions(rawValue: 1 << 8)
    /// Render a soft line break between two CJK characters as nothing.
    public static let cjkLineBreaks = MarkdownOptions(rawValue: 1 << 9)

    /// The GitHub Flavored Markdown extensions.
    public static let gfm: MarkdownOptions = [.tables, .strikethrough, .autolinks, .tagFilter, .taskLists, .footnotes]
    /// Everything a policysite page uses, raw HTML aside.
    public static let site: MarkdownOptions = gfm.union([.smartPunctuation, .headingAnchors, .cjkLineBreaks])
}
