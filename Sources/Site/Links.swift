import Content
import Foundation
import Markdown

/// Rewrites the links of one page's Markdown to output URLs and records what it finds:
/// missing pages at once, anchors to check once every page's headings are known.
final class PageLinks: @unchecked Sendable {
    struct AnchorReference {
        let targetFile: String
        let anchor: String
        let position: SourcePosition
    }

    let page: Page
    let site: ResolvedSite
    /// Set when the page is rendered into the report.
    let report: ReportLinks?
    private let known: Set<String>
    private let lock = NSLock()
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var anchors: [AnchorReference] = []
    /// Glossary ids this page links, in order of first mention.
    private(set) var terms: [String] = []

    init(page: Page, site: ResolvedSite, known: Set<String>, report: ReportLinks? = nil) {
        self.page = page
        self.site = site
        self.report = report
        self.known = known
    }

    func resolve(_ link: LinkSite) -> LinkAction {
        let destination = link.destination
        let position = SourcePosition(file: page.file, line: link.line, column: link.column)
        if destination.hasPrefix("term:") { return term(String(destination.dropFirst(5)), link: link, position: position) }
        if destination.isEmpty || destination.hasPrefix("//") || Self.hasScheme(destination) { return .keep }
        let (path, fragment) = Self.split(destination)
        if path.isEmpty {
            guard let fragment else { return .keep }
            record(AnchorReference(targetFile: page.file, anchor: fragment, position: position))
            return report.map { .rewrite("#" + $0.prefix + fragment) } ?? .keep
        }
        if path.hasPrefix("/") { return siteAbsolute(path, fragment, destination, position) }
        return relative(path, fragment, destination, position)
    }

    /// `[label](term:pboc)`: a link to the glossary entry, with hanzi and pinyin the first time.
    private func term(_ id: String, link: LinkSite, position: SourcePosition) -> LinkAction {
        guard let term = site.glossary.byID[id] else {
            fail("unknown-term", "there is no glossary term '\(id)'", position,
                 suggestion: site.glossary.byID.keys.map { ($0, editDistance($0, id)) }.filter { $0.1 <= 2 }
                    .min { ($0.1, $0.0) < ($1.1, $1.0) }.map { "did you mean term:\($0.0)?" })
            return .keep
        }
        let first = lock.withLock {
            let isFirst = !terms.contains(id)
            if isFirst { terms.append(id) }
            return isFirst
        }
        let glossaryPath = Page.path(key: "glossary", language: page.language)
        let parts = TermHTML.wrap(term, language: page.language, url: url(glossaryPath, id), labelIsEmpty: link.label.isEmpty,
                                  label: link.label, first: first, ruby: site.rubies[id])
        return .wrap(before: parts.before, after: parts.after)
    }

    /// `/glossary/` or `/static-file.pdf`: checked, and given the base URL's subpath.
    private func siteAbsolute(_ path: String, _ fragment: String?, _ destination: String, _ position: SourcePosition) -> LinkAction {
        let local = PercentCoding.decode(String(path.drop { $0 == "/" }))
        let candidates = [local, local.hasSuffix("/") || local.isEmpty ? local : local + "/"]
        guard let found = candidates.first(where: known.contains) else {
            fail("broken-link", "link to \(destination): no such page or file in the site", position)
            return .keep
        }
        if let fragment, let target = site.index.filesByPath[found] {
            record(AnchorReference(targetFile: target, anchor: fragment, position: position))
        }
        return .rewrite(url(found, fragment))
    }

    /// `other.md#anchor` or `../static/chart.png`, relative to the source file.
    private func relative(_ path: String, _ fragment: String?, _ destination: String, _ position: SourcePosition) -> LinkAction {
        let decoded = PercentCoding.decode(path)
        let directory = page.file.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(page.file[..<$0]) } ?? ""
        guard let target = Self.normalize(directory + "/" + decoded) else {
            fail("broken-link", "link to \(destination) leaves the site's content/ folder", position)
            return .keep
        }
        if target.hasSuffix(".md") {
            if site.unreadablePages.contains(target),
               let (key, language) = Page.identify(String(target.dropFirst("content/".count)), languages: site.config.languages) {
                return .rewrite(url(Page.path(key: key, language: language), fragment))
            }
            guard let targetPath = site.pathsByFile[target] else {
                fail("broken-link", "link to \(destination): there is no page \(target)", position,
                     suggestion: Self.nearest(target, in: site.pagesByFile.keys).map { "did you mean \($0)?" })
                return .keep
            }
            if let fragment { record(AnchorReference(targetFile: target, anchor: fragment, position: position)) }
            return .rewrite(url(targetPath, fragment))
        }
        if target.hasPrefix("content/static/") {
            let file = String(target.dropFirst("content/static/".count))
            guard known.contains(file) else {
                fail("broken-link", "link to \(destination): there is no file \(target)", position)
                return .keep
            }
            return .rewrite(url(file, fragment))
        }
        return .keep
    }

    func url(_ path: String, _ fragment: String?) -> String {
        if let report {
            return report.anchor(path, fragment) ?? site.urls.url(path, from: report.path, fragment: fragment)
        }
        return site.urls.url(path, from: page.path, fragment: fragment)
    }

    func fail(_ code: String, _ message: String, _ position: SourcePosition, suggestion: String? = nil) {
        lock.withLock { diagnostics.append(.error(code, message, at: position, suggestion: suggestion, phase: .resolve)) }
    }

    private func record(_ reference: AnchorReference) {
        lock.withLock { anchors.append(reference) }
    }

    /// `scheme:` at the start, as RFC 3986 spells a scheme: a letter, then letters, digits, `+ . -`.
    static func hasScheme(_ s: String) -> Bool {
        var first = true
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): break
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "-"):
                if first { return false }
            case UInt8(ascii: ":"): return !first
            default: return false
            }
            first = false
        }
        return false
    }

    /// Path and percent-decoded fragment; a query stays with the path.
    static func split(_ destination: String) -> (path: String, fragment: String?) {
        guard let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
        let fragment = String(destination[destination.index(after: hash)...])
        return (String(destination[..<hash]), PercentCoding.decode(fragment))
    }

    /// Resolves `.` and `..`; nil when the path climbs above its first component's parent.
    static func normalize(_ path: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        var segments: [Int] = []  // where each kept segment starts in `out`
        var failed = false
        var path = path
        path.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "/") { end += 1 }
                let length = end - start
                if length == 0 || (length == 1 && bytes[start] == UInt8(ascii: ".")) {
                    // empty or `.`: nothing
                } else if length == 2 && bytes[start] == UInt8(ascii: ".") && bytes[start + 1] == UInt8(ascii: ".") {
                    guard let last = segments.popLast() else { failed = true; return }
                    out.removeSubrange(max(0, last - 1)...)
                } else {
                    segments.append(out.isEmpty ? 0 : out.count + 1)
                    if !out.isEmpty { out.append(UInt8(ascii: "/")) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                }
                start = end + 1
            }
        }
        guard !failed else { return nil }
        let joined = String(decoding: out, as: UTF8.self)
        return joined.hasPrefix("content/") ? joined : nil
    }

    static func nearest(_ target: String, in files: some Sequence<String>) -> String? {
        let name = (target as NSString).lastPathComponent
        return files.filter { ($0 as NSString).lastPathComponent.hasPrefix(String(name.prefix(3))) }.sorted().first
    }
}
