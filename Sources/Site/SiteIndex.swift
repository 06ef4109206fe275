import Content

/// Lookups every page's render needs, made once per build rather than once per page:
/// pages by key and language, the menu and the home page's list in each language.
struct SiteIndex: Sendable {
    private var byKey: [String: Page]
    /// Real pages (not fallbacks) by output path.
    private var byPath: [String: Page]
    /// Pages with a `weight`, lightest first, by language code.
    private(set) var menu: [String: [Page]]
    /// Every page but the home page, weighted ones first, then by title, by language code.
    private(set) var listed: [String: [Page]]
    /// Paths of the generated pages (`zh/glossary/`).
    let generatedPages: Set<String>

    init(pages: [Page], generatedPages: [String]) {
        byKey = Dictionary(pages.map { (Self.slot($0.key, $0.language), $0) }, uniquingKeysWith: { a, _ in a })
        byPath = Dictionary(pages.filter { $0.fallbackFrom == nil }.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
        var menu: [String: [Page]] = [:], listed: [String: [Page]] = [:]
        for page in pages where !page.isHome {
            listed[page.language.code, default: []].append(page)
            if page.frontMatter.weight > 0 { menu[page.language.code, default: []].append(page) }
        }
        self.menu = menu.mapValues {
            $0.sorted { ($0.frontMatter.weight, $0.frontMatter.title) < ($1.frontMatter.weight, $1.frontMatter.title) }
        }
        self.listed = listed.mapValues {
            $0.sorted {
                ($0.frontMatter.weight == 0 ? Int.max : $0.frontMatter.weight, $0.frontMatter.title)
                    < ($1.frontMatter.weight == 0 ? Int.max : $1.frontMatter.weight, $1.frontMatter.title)
            }
        }
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

    /// Puts new copies of pages in place of the old ones (same key, language and front matter).
    mutating func replace(_ pages: [Page]) {
        for page in pages {
            let slot = Self.slot(page.key, page.language), code = page.language.code
            if byKey[slot] != nil { byKey[slot] = page }
            if page.fallbackFrom == nil, byPath[page.path] != nil { byPath[page.path] = page }
            if let i = listedAt[slot] { listed[code]![i] = page }
            if let i = menuAt[slot] { menu[code]![i] = page }
        }
    }

    func realPage(path: String) -> Page? { byPath[path] }

    private static func slot(_ key: String, _ language: Language) -> String { language.code + "\u{0}" + key }
}
