import Foundation

/// Internal URLs, in one of two styles: root-relative with the base URL's subpath
/// (`/explainer/zh/about/`, the default), or relative to the page they appear on
/// (`../about/index.html`, with `relativeURLs: true`), which also works when the site is
/// opened straight from disk.
struct URLStyle: Sendable {
    let basePath: String
    let relative: Bool

    /// The URL of site path `path` (`zh/about/`, `assets/site.css`, `""` for the home page)
    /// as written on the page at `from`; `from` nil means a page served at any depth (404).
    func url(_ path: String, from: String?, fragment: String? = nil) -> String {
        let encoded = PercentCoding.encodePath(path)
        var url: String
        if relative, let from {
            let here = from.split(separator: "/")
            let isDirectory = encoded.isEmpty || encoded.hasSuffix("/")
            let parts = encoded.split(separator: "/")
            let directories = isDirectory ? parts[...] : parts.dropLast()
            let shared = zip(here, directories).prefix { $0 == $1 }.count
            let rest = parts.dropFirst(shared).joined(separator: "/")
            let file = isDirectory ? (rest.isEmpty ? "index.html" : rest + "/index.html") : rest
            url = String(repeating: "../", count: here.count - shared) + file
        } else {
            url = basePath + encoded
        }
        if let fragment { url += "#" + fragment }
        return url
    }
}

/// Percent-encoding with a fast path: nearly every path and link in a site needs no change,
/// and Foundation's functions are slow enough to show in a profile of a large build.
enum PercentCoding {
    /// `path` percent-encoded for a URL path (Foundation's `.urlPathAllowed`).
    static func encodePath(_ path: String) -> String {
        guard path.utf8.allSatisfy(isPathAllowed) else {
            return path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        }
        return path
    }

    /// `%`-escapes decoded; the text unchanged when it has none or they are malformed.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }

    private static func isPathAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/".utf8.contains(byte)
        }
    }
}
