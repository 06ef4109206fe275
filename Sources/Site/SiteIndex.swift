import Content

/// Lookups every page's render needs, made once per build rather than once per page:
/// pages by key and language, the menu and the home page's list in each language.
struct SiteIndex: Sendable {
    private var byKey: [String: Page]
    /// Source files of the real pages (not fallbacks) by output path.
    let filesByPath: [String: String]
    /// Pages with a `weight`, lightest first, by language code.
    private(set) var menu: [String: [Page]]
    /// Every page but the home page, weighted ones first, then by title, by language code.
    private(set) var listed: [String: [Page]]
    /// Paths of the generated pages (`zh/glossary/`).
    let generatedPages: Set<String>

    init(pages: [Page], generatedPages: [String]) {
        byKey = Dictionary(pages.map { (Self.slot($0.key, $0.language), $0) }, uniquingKeysWith: { a, _ in a })
        filesByPath = Dictionary(pages.filter { $0.fallbackFrom == nil }.map { ($0.path, $0.file) }, uniquingKeysWith: { a, _ in a })
        var menu: [String: [Page]] = [:], listed: [String: [Page]] = [:]
        for page in pages where !page.isHome {
            listed[page.language.code, default: []].append(page)
            if page.frontMatter.weight > 0 { menu[page.language.code, default: []].append(page) }
        }
        self.menu = menu.mapValues { Self.sorted($0) { $0.frontMatter.weight } }
        self.listed = listed.mapValues { Self.sorted($0) { $0.frontMatter.weight == 0 ? Int.max : $0.frontMatter.weight } }
        self.generatedPages = Set(generatedPages)
        func positions(_ lists: [String: [Page]]) -> [String: Int] {
            var at: [String: Int] = [:]
            for list in lists.values { for (i, page) in list.enumerated() { at[Self.slot(page.key, page.language)] = i } }
            return at
        }
        listedAt = positions(self.listed)
        menuAt = positions(self.menu)
    }

    /// Where each page is in `listed` and `menu` of its language, by slot.
    private let listedAt: [String: Int]
    private let menuAt: [String: Int]

    func page(key: String, language: Language) -> Page? { byKey[Self.slot(key, language)] }

    /// Pages by weight, then title: the sort moves small (weight, title, position) tuples, not pages.
    private static func sorted(_ pages: [Page], weight: (Page) -> Int) -> [Page] {
        pages.enumerated().map { (weight($0.element), $0.element.frontMatter.title, $0.offset) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map { pages[$0.2] }
    }

    /// Puts new copies of pages in place of the old ones (same key, language and front matter).
    mutating func replace(_ pages: [Page]) {
        for page in pages {
            let slot = Self.slot(page.key, page.language), code = page.language.code
            if byKey[slot] != nil { byKey[slot] = page }
            if let i = listedAt[slot] { listed[code]![i] = page }
            if let i = menuAt[slot] { menu[code]![i] = page }
        }
    }

    private static func slot(_ key: String, _ language: Language) -> String { language.code + "\u{0}" + key }
}
