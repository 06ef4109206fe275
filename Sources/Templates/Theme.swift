import Content
import Foundation

/// The templates and assets a build renders with: the embedded defaults, each replaceable
/// by a file in the site's `templates/`. Compiled once per build.
public struct Theme: Sendable {
    public let library: TemplateLibrary
    /// Where each template came from: `templates/page.mustache` or `(embedded)/page.mustache`.
    public var files: [String: String] = [:]
    /// Fingerprinted assets: output path (`assets/site.1a2b3c4d5e.css`) and bytes.
    public let assets: [Asset]
    /// Site-relative paths of the stylesheet and script, for templates.
    public let stylesheet: String
    public let script: String
    /// A stable hash of every template and asset, for the build cache.
    public var fingerprint: UInt64 = 0

    public struct Asset: Sendable {
        public let path: String
        public let contents: Data
    }

    /// Loads the theme for the site at `root`. Template syntax errors and references to
    /// missing templates are diagnostics, never empty pages.
    public static func load(root: URL) -> (Theme?, [Diagnostic]) {
        let dir = root.appendingPathComponent("templates")
        var sources = DefaultTemplates.all.reduce(into: [String: (text: String, file: String)]()) {
            $0[$1.key] = ($1.value, "(embedded)/\($1.key).mustache")
        }
        var diagnostics: [Diagnostic] = []
        for name in overrideNames(in: dir) {
            let file = "templates/\(name).mustache"
            switch SourceText.read(dir.appendingPathComponent("\(name).mustache"), file: file) {
            case .success(let text): sources[name] = (text, file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        var library = TemplateLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                let template = try CompiledTemplate(source.text)
                library.register(template, named: name)
                diagnostics += missingTemplates(in: template, file: source.file, known: Set(sources.keys))
            } catch {
                diagnostics.append(.error("template-syntax", "template '\(name)': \(error.message)",
                                          at: SourcePosition(file: source.file, line: error.line, column: error.column), phase: .load))
            }
        }
        let css = asset(dir, "site", "css", default: DefaultAssets.css)
        let js = asset(dir, "site", "js", default: DefaultAssets.js)
        guard diagnostics.errorCount == 0 else { return (nil, diagnostics) }
        var theme = Theme(library: library, assets: [css, js], stylesheet: css.path, script: js.path)
        theme.files = sources.mapValues(\.file)
        var hasher = StableHasher()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            hasher.combine(name)
            hasher.combine(source.text)
        }
        for asset in theme.assets {
            hasher.combine(asset.path)
            asset.contents.withUnsafeBytes { hasher.combine($0) }
        }
        theme.fingerprint = hasher.value
        return (theme, diagnostics)
    }

    /// Whether any template uses `name` as (part of) a variable or section name: views can
    /// leave out what is costly to make and no template shows.
    public func uses(_ name: String) -> Bool {
        library.templates.values.contains { $0.names.contains(name) }
    }

    /// Renders the template `name` with `view`, as UTF-8.
    public func render(_ name: String, _ view: [String: Any]) throws(TemplateRenderError) -> Data {
        do {
            return Data(try library.render(TemplateValue(view), template: name))
        } catch {
            switch error {
            case .missing(let missing):
                throw TemplateRenderError(code: "missing-template", message: "template '\(missing)' does not exist", file: nil)
            case .tooDeep(let loop):
                throw TemplateRenderError(code: "template-recursion",
                                          message: "template '\(loop)': partials and blocks nest more than 100 deep (does it include itself?)",
                                          file: files[loop])
            }
        }
    }

    static func overrideNames(in dir: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".mustache") && !$0.hasPrefix(".") }.map { String($0.dropLast(9)) }.sorted()
    }

    /// `{{> name}}` and `{{< name}}` naming a template that does not exist.
    static func missingTemplates(in template: CompiledTemplate, file: String, known: Set<String>) -> [Diagnostic] {
        template.references.filter { !known.contains($0.name) }.map { reference in
            let (line, column) = template.position(of: reference.offset)
            return .error("missing-template", "template '\(reference.name)' does not exist",
                          at: SourcePosition(file: file, line: line, column: column),
                          suggestion: "templates: \(known.sorted().joined(separator: ", "))")
        }
    }

    static func asset(_ dir: URL, _ name: String, _ ext: String, default text: String) -> Asset {
        let override = dir.appendingPathComponent("assets/\(name).\(ext)")
        let data = (try? Data(contentsOf: override)) ?? Data(text.utf8)
        return Asset(path: "assets/\(name).\(Fingerprint.hex(data).prefix(10)).\(ext)", contents: data)
    }
}

/// A template that could not be rendered.
public struct TemplateRenderError: Error, Sendable {
    public let code: String
    public let message: String
    /// The template's file, when it exists.
    public let file: String?
}

/// A short content hash for cache-busting file names (FNV-1a, 64 bits).
public enum Fingerprint {
    public static func hex(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

extension Theme {
    /// The embedded theme as files, paths relative to a site root, for `policysite init`.
    public static var defaultFiles: [String: String] {
        var files = DefaultTemplates.all.reduce(into: [String: String]()) { $0["templates/\($1.key).mustache"] = $1.value }
        files["templates/assets/site.css"] = DefaultAssets.css
        files["templates/assets/site.js"] = DefaultAssets.js
        return files
    }
}
