/// A language the site is published in.
public struct Language: Sendable, Hashable, Comparable {
    /// The code used in file names and URLs: `en`, `zh`.
    public let code: String
    /// The BCP 47 tag for `lang` and `hreflang`: `en`, `zh-Hans`.
    public let tag: String
    /// Where its pages live: `/` for the default language, `/zh/` for Chinese.
    public let isDefault: Bool

    public init(code: String, tag: String? = nil, isDefault: Bool) {
        self.code = code
        self.tag = tag ?? Self.knownTags[code] ?? code
        self.isDefault = isDefault
    }

    /// The URL path prefix of its pages, without slashes: `""` or `"zh"`.
    public var prefix: String { isDefault ? "" : code }

    public static let knownTags = ["zh": "zh-Hans", "en": "en"]
    public static let english = Language(code: "en", isDefault: true)
    public static let chinese = Language(code: "zh", isDefault: false)

    /// The default language first, then by code.
    public static func < (a: Language, b: Language) -> Bool {
        (a.isDefault ? 0 : 1, a.code) < (b.isDefault ? 0 : 1, b.code)
    }
}

/// A field given in several languages: either one string for all, or `{en: …, zh: …}`.
public struct Localized: Sendable, Hashable {
    public var values: [String: String]
    /// Set only when one string stands for every language.
    public private(set) var shared: String?
    public init(_ values: [String: String]) { self.values = values }
    public init(shared text: String) {
        values = [:]
        shared = text
    }

    /// The text in `language`, falling back to the default language, then to any.
    public func text(_ language: Language, fallback: String = "en") -> String {
        shared ?? values[language.code] ?? values[fallback] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }

    public subscript(code: String) -> String? { values[code] }
}
