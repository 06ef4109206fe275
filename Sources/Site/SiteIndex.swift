import Content

/// Lookups every page's render needs, made once per build rather than once per page:
/// pages by key and language, the menu and the home page's list in each language.
struct SiteIndex: Sendable {
    private let byKey: [String: Page]
    /// Real pages (not fallbacks) by output path.
    private let byPath: [String: Page]
    /// Pages with a `weight`, lightest first, by language code.
    let menu: [String: [Page]]
    /// Every page but the home page, weighted ones first, then by title, by language code.
    let listed: [String: [Page]]
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
    }

    func page(key: String, language: Language) -> Page? { byKey[Self.slot(key, language)] }

    func realPage(path: String) -> Page? { byPath[path] }

    private static func slot(_ key: String, _ language: Language) -> String { language.code + "\u{0}" + key }
}
