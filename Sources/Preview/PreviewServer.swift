import Content
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Site

/// What `policysite serve` is asked to do.
public struct ServeOptions: Sendable {
    public var root: URL
    public var host = "127.0.0.1"
    /// 0 picks a free port.
    public var port = 8080
    /// Replaces site.yml's `baseURL` for its subpath; the host and port are always the server's.
    public var baseURL: String?
    public var includeDrafts = false
    /// Seconds without file events before a batch of changes rebuilds (files still open for
    /// writing are waited for besides). An editor's save is a burst within a millisecond or two.
    public var quiet = 0.02

    public init(root: URL) { self.root = root }
}

/// `policysite serve`: builds the site into a private folder, serves it with Hummingbird,
/// rebuilds when sources change and tells open pages to reload. Stops on Ctrl-C.
public enum PreviewServer {
    public struct StartError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs until SIGINT or SIGTERM. `log` gets one line per event worth a line.
    public static func run(_ options: ServeOptions, log: @escaping @Sendable (String) -> Void) async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("policysite-serve-\(UUID().uuidString)/site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let basePath = Self.basePath(options)
        let state = PreviewState(output: output, basePath: basePath)
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let rebuilds = RebuildService(options: options, state: state, ports: ports, log: log)

        var logger = Logger(label: "policysite-serve")
        logger.logLevel = .critical
        let hosts = SiteResponder.allowedHosts(host: options.host, port: options.port)
        let responder = LazyHostResponder(state: state, host: options.host, fixedHosts: options.port == 0 ? nil : hosts)
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                responder.bound(port: port)
                portSink.yield(port)
                portSink.finish()
            },
            logger: logger)
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: app), .init(service: rebuilds)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        do {
            try await group.run()
        } catch {
            let text = "\(error)"
            if text.contains("Address already in use") || text.contains("EADDRINUSE") || text.contains("errno: 98") {
                throw StartError(description: "\(options.host):\(options.port) is in use; stop what listens there or pass --port 0 to pick a free port")
            }
            throw StartError(description: "could not serve on \(options.host):\(options.port): \(text)")
        }
    }

    /// The subpath of `--base-url`, or of site.yml's `baseURL`: `/` or `/explainer/`.
    static func basePath(_ options: ServeOptions) -> String {
        var text = options.baseURL
        if text == nil {
            let file = options.root.appendingPathComponent("content/site.yml")
            var ignored: [Diagnostic] = []
            text = (try? String(contentsOf: file, encoding: .utf8)).flatMap { SiteConfig.parse($0, diagnostics: &ignored) }?.baseURL
        }
        let path = text.flatMap { URL(string: SiteConfig.normalizedBaseURL($0))?.path } ?? "/"
        let trimmed = path.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "/" : "/\(trimmed)/"
    }
}

/// The responder, told the port once the server is bound (`--port 0` learns it only then).
final class LazyHostResponder: HTTPResponder, @unchecked Sendable {
    typealias Context = BasicRequestContext
    private let lock = NSLock()
    private var inner: SiteResponder

    init(state: PreviewState, host: String, fixedHosts: Set<String>?) {
        // Until bound, a port-0 server accepts only what it will accept anyway: nothing foreign.
        inner = SiteResponder(state: state, allowedHosts: fixedHosts ?? [], liveReload: true)
        self.host = host
    }
    private let host: String

    func bound(port: Int) {
        lock.withLock { inner = SiteResponder(state: inner.state, allowedHosts: SiteResponder.allowedHosts(host: host, port: port)) }
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        try await lock.withLock { inner }.respond(to: request, context: context)
    }
}

/// Builds once the port is known, then rebuilds after every batch of changes, printing a
/// line for each; ends every live-reload stream when the server stops.
struct RebuildService: Service {
    let options: ServeOptions
    let state: PreviewState
    let ports: AsyncStream<Int>
    let log: @Sendable (String) -> Void

    func run() async throws {
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { return }
        let base = "http://\(options.host.contains(":") ? "[\(options.host)]" : options.host):\(port)\(state.basePath)"
        let build = {
            var build = BuildOptions(root: options.root, output: state.output, baseURL: base, includeDrafts: options.includeDrafts)
            build.inPlace = true
            return build
        }()
        // Watching starts before the first build, so an edit made while it runs (or just after
        // "Serving" is printed) is not lost: it queues a rebuild.
        let watcher = try Watcher(root: options.root, quiet: options.quiet)
        // Kept in memory between rebuilds: only what an edit changed is rendered again, and
        // an edit to page texts alone renders those pages without a full build.
        let live = LiveSite()
        let first = await Task.detached { live.build(build) }.value
        report(first, changes: nil)
        log("Serving \(options.root.path) at \(base) (Ctrl-C stops)")

        let pinger = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                state.ping()
            }
        }
        await withGracefulShutdownHandler {
            while let found = await Task.detached(operation: { watcher.next() }).value {
                // Temporary files that came and went (sed's, an editor's) are not sources.
                let batch = found.filter { $0.kind != .other || FileManager.default.fileExists(atPath: options.root.appendingPathComponent($0.path).path) }
                if batch.isEmpty { continue }
                let changed = Set(batch.map(\.path))
                let result = await Task.detached { live.build(build, changed: changed) }.value
                report(result, changes: batch)
            }
        } onGracefulShutdown: {
            watcher.stop()
            state.finishAll()
        }
        pinger.cancel()
        state.finishAll()
        log("Stopped.")
    }

    private func report(_ result: BuildReport, changes: Set<Change>?) {
        let stamp = Self.clock()
        var what = "first build"
        if let changes {
            let sorted = changes.sorted { ($0.kind, $0.path) < ($1.kind, $1.path) }
            let shown = sorted.prefix(3).map { "\($0.kind.rawValue) \($0.path)" }.joined(separator: ", ")
            what = shown + (sorted.count > 3 ? " and \(sorted.count - 3) more" : "")
        }
        if result.succeeded {
            state.finishBuild(failure: nil)
            let pages = result.pageCounts.map { "\($0.language) \($0.pages)" }.joined(separator: ", ")
            let warnings = result.diagnostics.warningCount
            let how = result.pagesOnly ? "edited text only; " : ""
            log("\(stamp) \(what): rebuilt in \(result.milliseconds) ms (\(how)\(pages) pages\(result.reused > 0 ? "; \(result.rendered) rendered, \(result.reused) unchanged" : "")\(warnings > 0 ? ", \(warnings) warnings" : ""))")
        } else {
            state.finishBuild(failure: result.diagnostics)
            log("\(stamp) \(what): rebuild failed with \(result.diagnostics.errorCount) error(s) in \(result.milliseconds) ms; still serving the last good build")
            for diagnostic in result.diagnostics where diagnostic.severity == .error {
                log("  \(diagnostic.file):\(diagnostic.line):\(diagnostic.column): \(diagnostic.message) [\(diagnostic.code)]")
            }
        }
    }

    static func clock() -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: Date())
    }
}
