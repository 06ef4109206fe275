import Content
import Foundation
import Pinyin

/// A site after the resolve phase: translations linked, fallbacks made, every output path
/// claimed by exactly one source.
struct ResolvedSite: Sendable {
    let root: URL
    let config: SiteConfig
    /// Real pages and fallback stand-ins, sorted by key then language.
    private(set) var pages: [Page]
    let staticFiles: [String]
    /// Real pages by source path (`content/about.zh.md`).
    private(set) var pagesByFile: [String: Page]
    /// Output paths of the real pages by source path: what links ask for (without copying pages).
    let pathsByFile: [String: String]
    /// Languages each key really exists in.
    let languagesByKey: [String: [Language]]
    /// Pages whose errors are already reported; links to them are taken as they are.
    let unreadablePages: Set<String>
    let glossary: Glossary
    /// Each term's hanzi with pinyin as `<ruby>`, by id: made once, shown on many pages.
    let rubies: [String: String]
    let data: SiteData
    private(set) var index: SiteIndex
    /// How links are written (base path parsed once: it is asked for on every link).
    let urls: URLStyle

    init(root: URL, config: SiteConfig, pages: [Page], staticFiles: [String], pagesByFile: [String: Page],
         languagesByKey: [String: [Language]], unreadablePages: Set<String>, glossary: Glossary, data: SiteData) {
        self.root = root
        self.config = config
        self.pages = pages
        self.staticFiles = staticFiles
        self.pagesByFile = pagesByFile
        pathsByFile = pagesByFile.mapValues(\.path)
        self.languagesByKey = languagesByKey
        self.unreadablePages = unreadablePages
        self.glossary = glossary
        rubies = Dictionary(glossary.terms.map { ($0.id, Ruby.html(hanzi: $0.zh, pinyin: $0.pinyin)) }, uniquingKeysWith: { a, _ in a })
        self.data = data
        let generated = Resolver.generatedKeys(config: config, glossary: glossary, data: data).flatMap { key in
            config.languages.map { Page.path(key: key, language: $0) }
        }
        index = SiteIndex(pages: pages, generatedPages: generated)
        urls = URLStyle(basePath: config.basePath, relative: config.relativeURLs)
    }

    /// Keys of the pages made from data, in every language: `glossary`, `directives/<id>`, …
    var generatedKeys: [String] { Resolver.generatedKeys(config: config, glossary: glossary, data: data) }

    /// Paths of the generated pages (`zh/glossary/`), for links and the language switcher.
    var generatedPages: Set<String> { index.generatedPages }

    func page(key: String, language: Language) -> Page? { index.page(key: key, language: language) }

    /// The same site with new texts for some pages: `edited` are real pages, by file, whose
    /// front matter is unchanged; `positions` are where in `pages` their file's pages are
    /// (the page and its fallbacks). Everything else stays as it was resolved.
    mutating func replaceBodies(_ edited: [String: Page], positions: [Int]) {
        for i in positions {
            guard let page = edited[pages[i].file] else { continue }
            pages[i] = pages[i].withBody(of: page)
        }
        for (file, page) in edited where pagesByFile[file] != nil { pagesByFile[file] = pagesByFile[file]!.withBody(of: page) }
        index.replace(positions.map { pages[$0] })
    }

    /// The path of every file the site has, relative to its root, for checking site-absolute links.
    func knownPaths() -> Set<String> {
        var paths = Set(pages.map(\.path))
        paths.formUnion(staticFiles)
        paths.formUnion(Resolver.generatedFiles)
        paths.formUnion(generatedPages)
        paths.formUnion(Resolver.dataFiles(config: config, glossary: glossary, data: data))
        return paths
    }
}

/// The resolve phase's structural work: translations, fallbacks and URL claims.
enum Resolver {
    /// Files the pipeline writes beside the pages.
    static let generatedFiles = ["sitemap.xml", "robots.txt", "404.html"]

    static func generatedKeys(config: SiteConfig, glossary: Glossary, data: SiteData) -> [String] {
        var keys = data.directives.map { "directives/\($0.id)" } + data.comparisons.map { "compare/\($0.id)" }
        if !glossary.terms.isEmpty { keys.append("glossary") }
        if !data.timeline.isEmpty { keys.append("timeline") }
        return keys + (config.report ? ["report"] : [])
    }

    /// Downloads and feeds made from data.
    static func dataFiles(config: SiteConfig, glossary: Glossary, data: SiteData) -> [String] {
        var files = data.directives.flatMap { ["directives/\($0.id).csv", "directives/\($0.id).json"] }
        if !glossary.terms.isEmpty { files.append("glossary.json") }
        if !data.timeline.isEmpty {
            files.append("timeline.json")
            files += config.languages.map { Page.path(key: "", language: $0) + "feed.xml" }
        }
        return files
    }

    static func resolve(_ content: SiteContent, diagnostics: inout [Diagnostic]) -> ResolvedSite {
        var claims: [String: String] = [:]  // output path → the file that claimed it
        func claim(_ path: String, by file: String, at position: SourcePosition) -> Bool {
            if let owner = claims[path] {
                let url = "/" + (path.hasSuffix("index.html") ? String(path.dropLast(10)) : path)
                diagnostics.append(.error("duplicate-url", "'\(file)' and '\(owner)' both produce \(url)",
                                          at: position, suggestion: "rename or remove one of them", phase: .resolve))
                return false
            }
            claims[path] = file
            return true
        }

        // Generated files claim first, so a source that collides with one is the one reported.
        var generated = generatedFiles + content.config.languages.filter({ !$0.isDefault }).map({ "\($0.prefix)/404.html" })
        generated += dataFiles(config: content.config, glossary: content.glossary, data: content.data)
        for key in generatedKeys(config: content.config, glossary: content.glossary, data: content.data) {
            generated += content.config.languages.map { Page.path(key: key, language: $0) + "index.html" }
        }
        for file in generated {
            _ = claim(file, by: "(generated)", at: SourcePosition(file: "(generated)"))
        }

        var pages: [Page] = []
        for page in content.pages.sorted(by: { $0.file < $1.file })
        where claim(page.path + "index.html", by: page.file, at: SourcePosition(file: page.file)) {
            pages.append(page)
        }
        for page in pages {
            for alias in page.frontMatter.aliases {
                let path = normalizedAlias(alias)
                _ = claim(path + "index.html", by: page.file, at: SourcePosition(file: page.file))
            }
        }
        for file in content.staticFiles {
            _ = claim(file, by: "content/static/" + file, at: SourcePosition(file: "content/static/" + file))
        }
        for page in pages {
            for (id, position) in zip(page.frontMatter.terms, page.frontMatter.termPositions) where content.glossary.byID[id] == nil {
                diagnostics.append(.error("unknown-term", "front matter names term '\(id)', which is not in the glossary",
                                          at: position, phase: .resolve))
            }
        }

        for reference in content.data.glossaryReferences where content.glossary.byID[reference.id] == nil {
            diagnostics.append(.error("unknown-term", "there is no glossary term '\(reference.id)'", at: reference.position,
                                      phase: .resolve))
        }
        let keys = Set(pages.map(\.key))
        for reference in content.data.sourceReferences where !keys.contains(reference.id) && !content.unreadablePages.contains(where: { $0.hasPrefix("content/\(reference.id).") }) {
            diagnostics.append(.error("missing-source", "source page '\(reference.id)' does not exist", at: reference.position,
                                      suggestion: "write the page's path inside content/ without .md, e.g. policies/cewc-2025",
                                      phase: .resolve))
        }

        var languagesByKey: [String: [Language]] = [:]
        for page in pages { languagesByKey[page.key, default: []].append(page.language) }
        if languagesByKey[""] == nil {
            // A site without index.md still gets a home page listing its pages.
            let home = Page(file: "content/index.md", language: content.config.defaultLanguage, key: "",
                            frontMatter: FrontMatter(title: content.config.title.text(content.config.defaultLanguage)),
                            body: "", bodyLineOffset: 0)
            pages.append(home)
            languagesByKey[""] = [home.language]
        }
        let pagesByFile = Dictionary(pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let byKey = Dictionary(pages.map { ($0.key + "\u{0}" + $0.language.code, $0) }, uniquingKeysWith: { a, _ in a })
        for (key, present) in languagesByKey {
            let original = byKey[key + "\u{0}" + present.min()!.code]!
            for language in content.config.languages where !present.contains(language) {
                var stand = Page(file: original.file, language: language, key: key, frontMatter: original.frontMatter,
                                 body: original.body, bodyLineOffset: original.bodyLineOffset, fallbackFrom: original.language)
                if key.isEmpty { stand.frontMatter.title = content.config.title.text(language) }
                stand.sourceHash = original.sourceHash
                stand.frontMatterHash = original.frontMatterHash
                pages.append(stand)
            }
        }
        pages.sort { ($0.key, $0.language) < ($1.key, $1.language) }
        return ResolvedSite(root: content.root, config: content.config, pages: pages, staticFiles: content.staticFiles,
                            pagesByFile: pagesByFile, languagesByKey: languagesByKey.mapValues { $0.sorted() },
                            unreadablePages: content.unreadablePages, glossary: content.glossary, data: content.data)
    }

    /// `/old/url` → `old/url/`.
    static func normalizedAlias(_ alias: String) -> String {
        let trimmed = alias.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "" : trimmed + "/"
    }
}
