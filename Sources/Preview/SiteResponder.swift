import Content
import Foundation
import HTTPTypes
import Hummingbird
import Markdown

/// Serves the last good build: clean URLs, the site's 404 page, content types, ETags, HEAD,
/// the base URL's subpath, and in pages a live-reload script (and an overlay with the
/// diagnostics of a failed rebuild). Refuses foreign `Host` headers, other methods, dotfiles
/// and paths that leave the site. Every answer is a response; nothing a client sends throws.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    /// `Host` header values this server answers to: `127.0.0.1:8080`, `localhost:8080`, …;
    /// nil accepts any (serving on every interface).
    let allowedHosts: Set<String>?
    /// Inject the live-reload script into HTML.
    var liveReload = true

    static let prefix = "/__policysite/"
    /// HTTP/1 servers move `Host` into the request's authority; a test client may leave it a header.
    static let hostField = HTTPField.Name("Host")!

    /// The Host values a browser sends for a server bound to `host:port`.
    static func allowedHosts(host: String, port: Int) -> Set<String>? {
        if host == "0.0.0.0" || host == "::" { return nil }
        let loopback = host == "127.0.0.1" || host == "::1" || host == "localhost"
        var names = [host.contains(":") ? "[\(host)]" : host]
        if loopback { names += ["localhost", "127.0.0.1", "[::1]"] }
        return Set(names.flatMap { [$0 + ":\(port)"] + (port == 80 ? [$0] : []) })
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let host = request.headers[Self.hostField] ?? request.head.authority
        if let allowedHosts {
            guard let host, allowedHosts.contains(host.lowercased()) else {
                return text(.forbidden, "policysite serve answers only to \(allowedHosts.sorted().joined(separator: ", ")); Host was \(host ?? "missing")\n")
            }
        }
        guard request.method == .get || request.method == .head else {
            var response = text(.methodNotAllowed, "only GET and HEAD\n")
            response.headers[.allow] = "GET, HEAD"
            return response
        }
        let head = request.method == .head
        let raw = request.uri.path
        if raw.hasPrefix(Self.prefix) { return special(String(raw.dropFirst(Self.prefix.count)), request: request) }
        guard state.ready else {
            if let failure = state.failure {
                let page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Build failed</title>\n</head>\n<body>\n</body>\n</html>\n"
                let body = LiveReload.inject(into: Data(page.utf8), generation: state.generation, failure: failure)
                var headers = HTTPFields()
                headers[.contentType] = "text/html; charset=utf-8"
                headers[.cacheControl] = "no-cache"
                return Response(status: .internalServerError, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
            }
            var response = text(.serviceUnavailable, "the first build is not finished yet\n")
            response.headers[.retryAfter] = "1"
            return response
        }
        switch SitePath.resolve(raw, basePath: state.basePath) {
        case .badRequest(let why): return text(.badRequest, why + "\n")
        case .forbidden(let why): return text(.forbidden, why + "\n")
        case .redirect(let target): return redirect(target, query: request.uri.query)
        case .notFound: return notFound(path: "", request: request, head: head)
        case .inside(let path): return file(path, raw: raw, request: request, head: head)
        }
    }

    private func file(_ path: String, raw: String, request: Request, head: Bool) -> Response {
        var url = state.output.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            return notFound(path: path, request: request, head: head)
        }
        if isDirectory.boolValue {
            guard path.isEmpty || path.hasSuffix("/") else { return redirect(raw + "/", query: request.uri.query) }
            url = url.appendingPathComponent("index.html")
        }
        // Belt and braces: whatever the path says, the file must lie inside the output folder.
        let root = state.output.resolvingSymlinksInPath().path + "/"
        guard url.resolvingSymlinksInPath().path.hasPrefix(root) else { return text(.forbidden, "outside the site\n") }
        guard let served = serve(url, status: .ok, request: request, head: head) else { return notFound(path: path, request: request, head: head) }
        return served
    }

    /// The file's bytes with its type and ETag, or a 304 when the client's copy is current.
    private func serve(_ url: URL, status: HTTPResponse.Status, request: Request, head: Bool) -> Response? {
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, var data = FileManager.default.contents(atPath: url.path) else {
            return nil
        }
        let type = ContentType.of(url.lastPathComponent)
        var tag = "\(info.st_ino)-\(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
        var headers = HTTPFields()
        if type.hasPrefix("text/html"), liveReload {
            let generation = state.generation, failure = state.failure
            data = LiveReload.inject(into: data, generation: generation, failure: failure)
            tag += "-g\(generation)"
            headers[.cacheControl] = "no-cache"
        }
        let etag = "\"\(tag)\""
        headers[.eTag] = etag
        headers[.contentType] = type
        headers[.xContentTypeOptions] = "nosniff"
        if status == .ok, let match = request.headers[.ifNoneMatch],
           match == "*" || match.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag }) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(data.count)
        return Response(status: status, headers: headers, body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The site's own 404 page (the Chinese one under `/zh/`), with status 404.
    private func notFound(path: String, request: Request, head: Bool) -> Response {
        let candidates = (path.hasPrefix("zh/") ? ["zh/404.html"] : []) + ["404.html"]
        for candidate in candidates {
            let url = state.output.appendingPathComponent(candidate)
            if let response = serve(url, status: .notFound, request: request, head: head) { return response }
        }
        return text(.notFound, "not found\n")
    }

    private func special(_ name: String, request: Request) -> Response {
        switch name {
        case "events":
            let since = request.uri.queryParameters.get("since", as: Int.self)
            let stream = state.subscribe(since: since).map { ByteBuffer(string: $0) }
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-cache"
            return Response(status: .ok, headers: headers, body: ResponseBody(asyncSequence: stream))
        default:
            return text(.notFound, "not found\n")
        }
    }

    private func redirect(_ target: String, query: String?) -> Response {
        var response = text(.movedPermanently, "moved to \(target)\n")
        response.headers[.location] = target + (query.map { "?" + $0 } ?? "")
        return response
    }

    private func text(_ status: HTTPResponse.Status, _ body: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.contentLength] = String(body.utf8.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

