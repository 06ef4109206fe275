import Content
import Foundation
import Templates
#if canImport(Glibc)
import Glibc
#endif

/// What the previous build made, so that the next one renders only what changed: for each
/// output made from sources, the key of everything it was made from and the file's identity
/// on disk; for each page source, what its Markdown told the rest of the build (ids, anchor
/// references, glossary terms, diagnostics). A file whose key matches and which is still
/// the same file in the output folder is hard-linked into the new build instead of rendered.
///
/// Keys are stable hashes: a page's output key covers the site-wide key (the tool binary,
/// options, site.yml, data, glossary, templates, every page's front matter and the file
/// list) and the page's own source. So editing a page's body re-renders that page (and the
/// pages that embed every body: the report); editing anything other pages show re-renders
/// everything, as a clean build would.
public final class BuildCache: @unchecked Sendable {
    struct Output: Codable, Equatable {
        var key: UInt64
        var size: Int64
        var modified: Int64
        var inode: UInt64
    }

    struct Anchor: Codable {
        var targetFile: String
        var anchor: String
        var file: String
        var line: Int
        var column: Int
    }

    /// What rendering one page source's Markdown found.
    struct Source: Codable {
        var key: UInt64
        var ids: [String]
        var anchors: [Anchor]
        var terms: [String]
        var diagnostics: [Diagnostic]
    }

    struct Stored: Codable {
        static let format = 1
        var format = Stored.format
        var output: String = ""
        var outputs: [String: Output] = [:]
        var sources: [String: Source] = [:]
    }

    public static let fileName = "cache.json"
    private var previous = Stored()
    private var next = Stored()
    private var nextKeys: [String: UInt64] = [:]
    private var outputDirectory = URL(fileURLWithPath: "/")
    private let lock = NSLock()
    /// Outputs hard-linked from the previous build and outputs rendered, in the last build.
    public private(set) var reused = 0
    public private(set) var rendered = 0

    /// Pages as the last build read them (the preview server's cache keeps them in memory).
    public let pages = LoadMemo()

    public init() {}

    /// The cache saved in `directory`, or an empty one.
    public static func load(from directory: URL) -> BuildCache {
        let cache = BuildCache()
        if let data = try? Data(contentsOf: directory.appendingPathComponent(fileName)),
           let stored = try? JSONDecoder().decode(Stored.self, from: data), stored.format == Stored.format {
            cache.previous = stored
        }
        return cache
    }

    public func save(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try lock.withLock { try encoder.encode(previous) }
        try data.write(to: directory.appendingPathComponent(Self.fileName), options: .atomic)
        let ignore = directory.appendingPathComponent(".gitignore")
        if !FileManager.default.fileExists(atPath: ignore.path) { try Data("*\n".utf8).write(to: ignore) }
    }

    /// Starts a build into `output`. A cache made for another output folder is not used.
    func begin(output: URL) {
        lock.withLock {
            outputDirectory = output
            if previous.output != output.path { previous = Stored() }
            next = Stored(output: output.path)
            nextKeys = [:]
            reused = 0
            rendered = 0
        }
    }

    /// Whether the previous build's `path` was made from exactly `key` and is still the same
    /// file; records `key` for the next build either way.
    func reusable(_ path: String, key: UInt64) -> Bool {
        lock.withLock {
            nextKeys[path] = key
            guard let old = previous.outputs[path], old.key == key,
                  let now = Self.identity(of: outputDirectory.appendingPathComponent(path)),
                  now.size == old.size, now.modified == old.modified, now.inode == old.inode else {
                rendered += 1
                return false
            }
            reused += 1
            return true
        }
    }

    func source(_ id: String, key: UInt64) -> Source? {
        lock.withLock { previous.sources[id].flatMap { $0.key == key ? $0 : nil } }
    }

    func record(source: Source, for id: String) {
        lock.withLock { next.sources[id] = source }
    }

    /// After the write succeeded: the written files' identities become the next build's
    /// reference. After a failure nothing changes, so the next build compares with the
    /// output folder as it still is.
    func commit() {
        lock.withLock {
            for (path, key) in nextKeys {
                guard let identity = Self.identity(of: outputDirectory.appendingPathComponent(path)) else { continue }
                next.outputs[path] = Output(key: key, size: identity.size, modified: identity.modified, inode: identity.inode)
            }
            previous = next
        }
    }

    /// After the preview server wrote a few files outside a full build: their keys and
    /// identities, and the sources rendered again, become the reference for the next build.
    func refresh(outputs: [(path: String, key: UInt64)], sources: [(id: String, source: Source)]) {
        lock.withLock {
            for (path, key) in outputs {
                guard let identity = Self.identity(of: outputDirectory.appendingPathComponent(path)) else { continue }
                previous.outputs[path] = Output(key: key, size: identity.size, modified: identity.modified, inode: identity.inode)
            }
            for (id, source) in sources { previous.sources[id] = source }
        }
    }

    static func identity(of url: URL) -> Output? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return Output(key: 0, size: Int64(info.st_size),
                      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                      inode: UInt64(info.st_ino))
    }

    /// The site-wide part of every key: what any page may show besides its own source.
    static func siteKey(_ content: SiteContent, theme: Theme, options: BuildOptions) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(Stored.format)
        if let tool = identity(of: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()) {
            hasher.combine(UInt64(bitPattern: tool.size))
            hasher.combine(UInt64(bitPattern: tool.modified))
        }
        hasher.combine(options.baseURL ?? "")
        hasher.combine(options.includeDrafts ? 1 : 0)
        hasher.combine(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] ?? "")
        hasher.combine(theme.fingerprint)
        let contentDir = content.root.appendingPathComponent("content")
        for file in content.inputFiles {
            hasher.combine(file)
            guard !file.hasSuffix(".md"), !file.hasPrefix("static/") else { continue }
            if let data = try? Data(contentsOf: contentDir.appendingPathComponent(file)) {
                data.withUnsafeBytes { hasher.combine($0) }
            }
        }
        for page in content.pages {
            hasher.combine(page.file)
            hasher.combine(page.frontMatterHash)
        }
        for file in content.unreadablePages.sorted() { hasher.combine(file) }
        return hasher.value
    }
}

/// The keys of one build's outputs.
struct OutputKeys: Sendable {
    let site: UInt64

    func key(_ parts: String..., hashes: [UInt64] = []) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(site)
        for part in parts { hasher.combine(part) }
        for hash in hashes { hasher.combine(hash) }
        return hasher.value
    }

    /// Report path → the hashes of every page source in its language, in site order
    /// (fallbacks carry their original's).
    static func bodies(_ site: ResolvedSite) -> [String: [UInt64]] {
        var bodies: [String: [UInt64]] = [:]
        for page in site.pages { bodies[Page.path(key: "report", language: page.language) + "index.html", default: []].append(page.sourceHash) }
        return bodies
    }

    /// What the glossary pages' keys cover: which pages mention each term.
    static func mentioned(_ mentions: [String: Set<String>]) -> [UInt64] {
        mentions.sorted { $0.key < $1.key }.flatMap { [$0.key] + $0.value.sorted() }.map(StableHasher.hash)
    }

    func page(_ page: Page) -> UInt64 {
        key("page", page.path, page.fallbackFrom?.code ?? "", hashes: [page.sourceHash])
    }
}
