import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Preview

/// The preview server's answers, through Hummingbird's router test client: content types,
/// clean URLs, the site's 404 page, ETags, HEAD, the subpath, and every refusal.
@Suite struct RouterTests {
    /// A built site in a temporary folder, served under `basePath`.
    struct Served {
        let dir: URL
        let state: PreviewState

        init(basePath: String = "/") throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("preview-\(UUID().uuidString)")
            let files: [String: String] = [
                "index.html": "<!DOCTYPE html><html><body><p>home</p></body></html>",
                "about/index.html": "<!DOCTYPE html><html><body><p>about</p></body></html>",
                "zh/index.html": "<!DOCTYPE html><html><body><p>首页</p></body></html>",
                "404.html": "<!DOCTYPE html><html><body><p>not here</p></body></html>",
                "zh/404.html": "<!DOCTYPE html><html><body><p>找不到</p></body></html>",
                "assets/site.css": "body{}", "assets/site.js": "1", "glossary.json": "{}", "feed.xml": "<feed/>",
                "a.svg": "<svg/>", "a.png": "png", "a.jpg": "jpg", "a.woff2": "font", "a.csv": "a,b", "a.pdf": "%PDF",
                ".secret": "no", "files/.env": "no", "directives/x.csv": "\u{FEFF}id",
            ]
            for (path, text) in files {
                let url = dir.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
            state = PreviewState(output: dir, basePath: basePath)
            state.finishBuild(failure: nil)
        }

        func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
            let responder = SiteResponder(state: state, allowedHosts: SiteResponder.allowedHosts(host: "127.0.0.1", port: 8080))
            try await Application(responder: responder).test(.router, body)
        }

        func remove() { try? FileManager.default.removeItem(at: dir) }
    }

    static let host: HTTPFields = [SiteResponder.hostField: "127.0.0.1:8080"]

    func get(_ client: any TestClientProtocol, _ uri: String, method: HTTPRequest.Method = .get,
             headers: HTTPFields = host) async throws -> TestResponse {
        try await client.execute(uri: uri, method: method, headers: headers)
    }

    @Test func servesEachTypeWithItsContentType() async throws {
        let served = try Served()
        defer { served.remove() }
        try await served.test { client in
            let expected = [
                "/": "text/html; charset=utf-8", "/assets/site.css": "text/css; charset=utf-8",
                "/assets/site.js": "text/javascript; charset=utf-8", "/glossary.json": "application/json; charset=utf-8",
                "/feed.xml": "application/xml; charset=utf-8", "/a.svg": "image/svg+xml", "/a.png": "image/png",
                "/a.jpg": "image/jpeg", "/a.woff2": "font/woff2", "/a.csv": "text/csv; charset=utf-8", "/a.pdf": "application/pdf",
            ]
            for (uri, type) in expected {
                let response = try await get(client, uri)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == type, "\(uri)")
            }
        }
    }

    @Test func directoriesServeIndexAndMissingPagesTheSite404() async throws {
        let served = try Served()
        defer { served.remove() }
        try await served.test { client in
            let about = try await get(client, "/about/")
            #expect(String(buffer: about.body).contains("<p>about</p>"))
            let bare = try await get(client, "/about?x=1")
            #expect(bare.status == .movedPermanently && bare.headers[.location] == "/about/?x=1")
            let missing = try await get(client, "/nowhere/")
            #expect(missing.status == .notFound && String(buffer: missing.body).contains("not here"))
            let missingZh = try await get(client, "/zh/nowhere/")
            #expect(missingZh.status == .notFound && String(buffer: missingZh.body).contains("找不到"))
            #expect(String(buffer: about.body).contains("new EventSource(\"/__policysite/events?since=1\")"), "pages get the live-reload script")
            let css = try await get(client, "/assets/site.css")
            #expect(String(buffer: css.body) == "body{}", "only HTML is touched")
        }
    }

    @Test func etagsAnswerNotModifiedAndHeadHasNoBody() async throws {
        let served = try Served()
        defer { served.remove() }
        try await served.test { client in
            let first = try await get(client, "/assets/site.css")
            let tag = try #require(first.headers[.eTag])
            var conditional = Self.host
            conditional[.ifNoneMatch] = tag
            let again = try await get(client, "/assets/site.css", headers: conditional)
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            conditional[.ifNoneMatch] = "\"other\""
            #expect(try await get(client, "/assets/site.css", headers: conditional).status == .ok)
            let head = try await get(client, "/assets/site.css", method: .head)
            #expect(head.status == .ok && head.body.readableBytes == 0 && head.headers[.eTag] == tag)
            #expect(head.headers[.contentLength] == "6")
        }
    }

    @Test func refusesTraversalDotfilesOtherMethodsAndForeignHosts() async throws {
        let served = try Served()
        defer { served.remove() }
        try await served.test { client in
            for uri in ["/../etc/passwd", "/assets/../../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2E%2E/etc/passwd",
                        "/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/a%2fb", "/%00", "/%zz"] {
                let response = try await get(client, uri)
                #expect(response.status == .badRequest, "\(uri) → \(response.status)")
            }
            for uri in ["/.secret", "/files/.env", "/%2esecret", "/.git/config"] {
                #expect(try await get(client, uri).status == .forbidden, "\(uri)")
            }
            for method in [HTTPRequest.Method.post, .put, .delete, .options, .patch] {
                let response = try await get(client, "/", method: method)
                #expect(response.status == .methodNotAllowed && response.headers[.allow] == "GET, HEAD", "\(method)")
            }
            for host in ["evil.example:8080", "127.0.0.1:9999", "localhost.evil.example:8080"] {
                #expect(try await get(client, "/", headers: [SiteResponder.hostField: host]).status == .forbidden, "\(host)")
            }
            for host in ["localhost:8080", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST:8080"] {
                #expect(try await get(client, "/", headers: [SiteResponder.hostField: host]).status == .ok, "\(host)")
            }
            #expect(try await get(client, "/").status == .ok, "the server still answers after all that")
        }
    }

    @Test func honoursTheBaseURLsSubpath() async throws {
        let served = try Served(basePath: "/explainer/")
        defer { served.remove() }
        try await served.test { client in
            #expect(String(buffer: try await get(client, "/explainer/about/").body).contains("about"))
            let root = try await get(client, "/")
            #expect(root.status == .movedPermanently && root.headers[.location] == "/explainer/")
            #expect(try await get(client, "/explainer").headers[.location] == "/explainer/")
            #expect(try await get(client, "/about/").status == .notFound)
        }
    }

    @Test func aFailedRebuildShowsAnOverlayOverTheLastGoodPage() async throws {
        let served = try Served()
        defer { served.remove() }
        served.state.finishBuild(failure: [.error("yaml-syntax", "YAML: bad <value>", at: .init(file: "content/about.md", line: 2, column: 8))])
        try await served.test { client in
            let page = String(buffer: try await get(client, "/about/").body)
            #expect(page.contains("<p>about</p>"), "the last good build")
            #expect(page.contains("id=\"policysite-overlay\"") && page.contains("content/about.md:2:8") && page.contains("YAML: bad &lt;value&gt;"))
        }
    }
}


/// The path rules on their own, including forms a client library might not send.
@Suite struct SitePathTests {
    @Test(arguments: [
        ("/", "/", SitePath.inside("")), ("/about/", "/", .inside("about/")), ("/a//b", "/", .inside("a/b")),
        ("/zh/%E5%85%B3%E4%BA%8E/", "/", .inside("zh/关于/")), ("/x/", "/base/", .notFound), ("/base", "/base/", .redirect("/base/")),
        ("/..", "/", .badRequest("the path may not contain '.' or '..' segments")),
        ("/a/./b", "/", .badRequest("the path may not contain '.' or '..' segments")),
        ("/%2e%2E", "/", .badRequest("the path may not contain '.' or '..' segments")),
        ("/a%5cb", "/", .badRequest("the path may not contain encoded slashes or NUL bytes")),
        ("/.well-known/x", "/", .forbidden("dotfiles are not served")), ("relative", "/", .badRequest("the path must start with /")),
    ])
    func resolves(_ raw: String, _ base: String, _ expected: SitePath) {
        #expect(SitePath.resolve(raw, basePath: base) == expected)
    }
}
