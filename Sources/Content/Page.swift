/// One Markdown source in one language.
///
/// A page's fields live in one shared object, copied only when a copy is changed: pages are
/// passed, sorted and indexed by the ten thousand, and a struct of a dozen strings costs a
/// dozen reference counts each time it is copied.
public struct Page: Sendable {
    @usableFromInline final class Storage: @unchecked Sendable {
        @usableFromInline let file: String
        @usableFromInline let language: Language
        @usableFromInline let key: String
        @usableFromInline var frontMatter: FrontMatter
        @usableFromInline let body: String
        @usableFromInline let bodyLineOffset: Int
        @usableFromInline var fallbackFrom: Language?
        @usableFromInline var sourceHash: UInt64 = 0
        @usableFromInline var frontMatterHash: UInt64 = 0
        @usableFromInline let path: String

        init(file: String, language: Language, key: String, frontMatter: FrontMatter, body: String, bodyLineOffset: Int,
             fallbackFrom: Language?) {
            self.file = file
            self.language = language
            self.key = key
            self.frontMatter = frontMatter
            self.body = body
            self.bodyLineOffset = bodyLineOffset
            self.fallbackFrom = fallbackFrom
            path = Page.path(key: key, language: language)
        }

        func copy() -> Storage {
            let copy = Storage(file: file, language: language, key: key, frontMatter: frontMatter, body: body,
                               bodyLineOffset: bodyLineOffset, fallbackFrom: fallbackFrom)
            copy.sourceHash = sourceHash
            copy.frontMatterHash = frontMatterHash
            return copy
        }
    }

    @usableFromInline var storage: Storage

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// Source path relative to the site root: `content/policies/cewc-2025.zh.md`.
    @inlinable public var file: String { storage.file }
    @inlinable public var language: Language { storage.language }
    /// Shared by a page and its translations: `policies/cewc-2025`; `""` for the home page.
    @inlinable public var key: String { storage.key }
    public var frontMatter: FrontMatter {
        @inlinable get { storage.frontMatter }
        set { unique(); storage.frontMatter = newValue }
    }
    @inlinable public var body: String { storage.body }
    /// Lines before the body in the file, added to Markdown line numbers.
    @inlinable public var bodyLineOffset: Int { storage.bodyLineOffset }
    /// Set on a stand-in for a missing translation: the page is `fallbackFrom`'s text.
    public var fallbackFrom: Language? {
        @inlinable get { storage.fallbackFrom }
        set { unique(); storage.fallbackFrom = newValue }
    }
    /// Stable hashes of the whole source file and of its front matter, for the build cache.
    public var sourceHash: UInt64 {
        @inlinable get { storage.sourceHash }
        set { unique(); storage.sourceHash = newValue }
    }
    public var frontMatterHash: UInt64 {
        @inlinable get { storage.frontMatterHash }
        set { unique(); storage.frontMatterHash = newValue }
    }

    public init(file: String, language: Language, key: String, frontMatter: FrontMatter, body: String,
                bodyLineOffset: Int, fallbackFrom: Language? = nil) {
        storage = Storage(file: file, language: language, key: key, frontMatter: frontMatter, body: body,
                          bodyLineOffset: bodyLineOffset, fallbackFrom: fallbackFrom)
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
    @inlinable public var path: String { storage.path }

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
