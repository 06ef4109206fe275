import Foundation
import Yams

/// `content/site.yml`: the site's title per language, base URL, languages and options.
public struct SiteConfig: Sendable {
    public var title: Localized
    public var description: Localized
    /// Absolute URL of the site's home, ending in `/`; may hold a subpath.
    public var baseURL: String
    public var languages: [Language]
    public var unsafeHTML: Bool
    /// Write internal links relative to each page, so the site also works opened from disk.
    public var relativeURLs: Bool
    /// Whether to make `/report/`, the whole site as one printable page (`report: false` for
    /// sites too large to read that way).
    public var report = true

    public static let file = "content/site.yml"
    static let keys: Set<String> = ["title", "description", "baseURL", "languages", "markdown", "relativeURLs", "report"]

    public init(title: Localized, description: Localized = Localized([:]), baseURL: String,
                languages: [Language] = [.english, .chinese], unsafeHTML: Bool = false, relativeURLs: Bool = false) {
        self.title = title
        self.description = description
        self.baseURL = Self.normalizedBaseURL(baseURL)
        self.languages = languages
        self.unsafeHTML = unsafeHTML
        self.relativeURLs = relativeURLs
    }

    /// The path part of the base URL, always starting and ending with `/`: `/` or `/explainer/`.
    public var basePath: String {
        guard let url = URL(string: baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    public var defaultLanguage: Language { languages.first { $0.isDefault } ?? languages[0] }

    public static func normalizedBaseURL(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }

    /// Parses site.yml, adding what is wrong with it to `diagnostics`.
    public static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let document: YAMLDocument
        switch YAMLDocument.parse(text, file: file) {
        case .success(let parsed): document = parsed
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        guard let root = document.root, root.mapping != nil else {
            diagnostics.append(.error("invalid-config", "site.yml must be a mapping of settings", at: document.position(of: document.root)))
            return nil
        }
        var fields = FieldReader(document: document, diagnostics: diagnostics)
        for (key, keyNode, _) in root.pairs where !keys.contains(key) {
            fields.warn("unknown-key", "unknown setting '\(key)' in site.yml", at: keyNode,
                        suggestion: "known settings: \(keys.sorted().joined(separator: ", "))")
        }
        let title = fields.localized(root, "title", required: true)
        let description = fields.localized(root, "description") ?? Localized([:])
        let baseURL = fields.string(root, "baseURL", required: true)
        var languages: [Language] = [.english, .chinese]
        if let codes = fields.strings(root, "languages"), !codes.isEmpty {
            languages = codes.enumerated().map { Language(code: $0.element, isDefault: $0.offset == 0) }
        }
        let unsafe = root.value("markdown").flatMap { fields.bool($0, "unsafeHTML") } ?? false
        let relative = fields.bool(root, "relativeURLs") ?? false
        let report = fields.bool(root, "report") ?? true
        diagnostics = fields.diagnostics
        guard let title, let baseURL else { return nil }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, languages: languages, unsafeHTML: unsafe,
                                relativeURLs: relative)
        config.report = report
        return config
    }
}
