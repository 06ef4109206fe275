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
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
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
