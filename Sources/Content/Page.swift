/// One Markdown source in one language.
public struct Page: Sendable {
    /// Source path relative to the site root: `content/policies/cewc-2025.zh.md`.
    public let file: String
    public let language: Language
    /// Shared by a page and its translations: `policies/cewc-2025`; `""` for the home page.
    public let key: String
    public var frontMatter: FrontMatter
    public let body: String
    /// Lines before the body in the file, added to Markdown line numbers.
    public let bodyLineOffset: Int
    /// Set on a stand-in for a missing translation: the page is `fallbackFrom`'s text.
    public var fallbackFrom: Language?
    /// Stable hashes of the whole source file and of its front matter, for the build cache.
    public var sourceHash: UInt64 = 0
    public var frontMatterHash: UInt64 = 0

    public init(file: String, language: Language, key: String, frontMatter: FrontMatter, body: String,
                bodyLineOffset: Int, fallbackFrom: Language? = nil) {
        self.file = file
        self.language = language
        self.key = key
        self.frontMatter = frontMatter
        self.body = body
        self.bodyLineOffset = bodyLineOffset
        self.fallbackFrom = fallbackFrom
    }

    /// This page with `source`'s text (an edited version of the file whose front matter is the same).
    public func withBody(of source: Page) -> Page {
        var page = Page(file: file, language: language, key: key, frontMatter: frontMatter, body: source.body,
                        bodyLineOffset: source.bodyLineOffset, fallbackFrom: fallbackFrom)
        page.sourceHash = source.sourceHash
        page.frontMatterHash = frontMatterHash
        return page
    }

    /// Output path relative to the site root, ending in `/`, or `""` for the default
    /// language's home: `zh/policies/cewc-2025/`.
    public var path: String { Self.path(key: key, language: language) }

    public static func path(key: String, language: Language) -> String {
        let local = key.isEmpty ? "" : key + "/"
        return language.prefix.isEmpty ? local : language.prefix + "/" + local
    }

    public var isHome: Bool { key.isEmpty }

    /// The page's language for its text: a fallback page is written in another language.
    public var textLanguage: Language { fallbackFrom ?? language }

    /// Translation key and language of a source path inside `content/`, e.g.
    /// `policies/index.zh.md` → (`policies`, zh).
    public static func identify(_ relativePath: String, languages: [Language]) -> (key: String, language: Language)? {
        guard relativePath.hasSuffix(".md") else { return nil }
        var stem = String(relativePath.dropLast(3))
        var language = languages.first { $0.isDefault } ?? .english
        for candidate in languages where !candidate.isDefault && stem.hasSuffix("." + candidate.code) {
            stem = String(stem.dropLast(candidate.code.count + 1))
            language = candidate
        }
        if stem == "index" { stem = "" } else if stem.hasSuffix("/index") { stem = String(stem.dropLast(6)) }
        return (stem, language)
    }
}
