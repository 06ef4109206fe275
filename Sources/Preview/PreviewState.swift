import Content
import Foundation

/// What the preview server knows between rebuilds: where the last good build is, how many
/// builds there have been, the diagnostics of a failed one, and who listens for reloads.
/// Shared by request handlers and the rebuild loop, so every access takes the lock.
final class PreviewState: @unchecked Sendable {
    private let lock = NSLock()
    private var _generation = 0
    private var _failure: [Diagnostic]?
    private var _ready = false
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private var finished = false

    let output: URL
    let basePath: String

    init(output: URL, basePath: String) {
        self.output = output
        self.basePath = basePath
    }

    /// Builds that succeeded or failed so far; pages carry it so a reload is never missed.
    var generation: Int { lock.withLock { _generation } }
    /// The diagnostics of the newest build when it failed; nil when it succeeded.
    var failure: [Diagnostic]? { lock.withLock { _failure } }
    /// False until the first build is in place.
    var ready: Bool { lock.withLock { _ready } }

    /// Records a build and tells every open page: `reload` when it succeeded, `failed` when
    /// not (the page reloads to show the diagnostics over the last good build).
    func finishBuild(failure: [Diagnostic]?) {
        let (event, targets) = lock.withLock { () -> (String, [AsyncStream<String>.Continuation]) in
            _generation += 1
            _failure = failure
            if failure == nil { _ready = true }
            let name = failure == nil ? "reload" : "failed"
            return ("event: \(name)\ndata: \(_generation)\n\n", Array(listeners.values))
        }
        for target in targets { target.yield(event) }
    }

    /// A stream of server-sent events for one page. A page built before the newest build
    /// (`since` older than the generation) is told to reload at once.
    func subscribe(since: Int?) -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            self.lock.withLock { _ = self.listeners.removeValue(forKey: id) }
        }
        let (current, failed, closed) = lock.withLock { () -> (Int, Bool, Bool) in
            if !finished { listeners[id] = continuation }
            return (_generation, _failure != nil, finished)
        }
        continuation.yield("retry: 1000\n\n")
        if let since, since != current { continuation.yield("event: \(failed ? "failed" : "reload")\ndata: \(current)\n\n") }
        if closed { continuation.finish() }
        return stream
    }

    /// A comment line to every listener, so proxies and browsers keep the stream open.
    func ping() {
        let targets = lock.withLock { Array(listeners.values) }
        for target in targets { target.yield(": ping\n\n") }
    }

    /// Ends every stream, so the server can stop without waiting for open pages.
    func finishAll() {
        let targets = lock.withLock { () -> [AsyncStream<String>.Continuation] in
            finished = true
            defer { listeners.removeAll() }
            return Array(listeners.values)
        }
        for target in targets { target.finish() }
    }

    var listenerCount: Int { lock.withLock { listeners.count } }
}
