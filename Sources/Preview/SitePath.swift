/// What a request path means for the served site, decided before the file system is touched:
/// paths that climb out of the site (`..`, also percent-encoded), name dotfiles, hold encoded
/// slashes or NUL bytes, or lie outside the base URL's subpath never reach a file.
enum SitePath: Equatable {
    /// A path inside the site, relative to its root (`zh/about/`, `assets/site.css`, `""`).
    case inside(String)
    /// Send the browser to this path instead (the subpath's root, a directory's slash).
    case redirect(String)
    case badRequest(String)
    case forbidden(String)
    case notFound

    /// - Parameters:
    ///   - raw: the request's path as sent, percent-encoded, without the query.
    ///   - basePath: the subpath the site is served under, `/` or `/explainer/`.
    static func resolve(_ raw: String, basePath: String) -> SitePath {
        guard raw.hasPrefix("/") else { return .badRequest("the path must start with /") }
        guard raw.hasPrefix(basePath) else {
            if raw == "/" || raw + "/" == basePath { return .redirect(basePath) }
            return .notFound
        }
        let rest = raw.dropFirst(basePath.count)
        var segments: [String] = []
        for part in rest.split(separator: "/", omittingEmptySubsequences: false) {
            guard let decoded = String(part).removingPercentEncoding else {
                return .badRequest("the path has a bad percent-encoding")
            }
            if decoded == ".." || decoded == "." { return .badRequest("the path may not contain '.' or '..' segments") }
            if decoded.contains("/") || decoded.contains("\\") || decoded.contains("\0") {
                return .badRequest("the path may not contain encoded slashes or NUL bytes")
            }
            if decoded.hasPrefix(".") { return .forbidden("dotfiles are not served") }
            segments.append(decoded)
        }
        // `a//b` means `a/b`; a trailing empty segment keeps the directory's slash.
        let trailingSlash = rest.isEmpty || rest.hasSuffix("/")
        let path = segments.filter { !$0.isEmpty }.joined(separator: "/")
        return .inside(path.isEmpty ? "" : path + (trailingSlash ? "/" : ""))
    }
}

/// Content types by file extension, with a charset for text.
enum ContentType {
    static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8", "xml": "application/xml; charset=utf-8",
        "svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "ico": "image/x-icon",
        "woff2": "font/woff2", "woff": "font/woff", "ttf": "font/ttf", "otf": "font/otf",
        "csv": "text/csv; charset=utf-8", "pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8", "map": "application/json; charset=utf-8",
        "webmanifest": "application/manifest+json", "wasm": "application/wasm", "zip": "application/zip",
    ]

    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? "application/octet-stream"
    }
}
