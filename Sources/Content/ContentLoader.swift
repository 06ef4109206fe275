import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Everything read from a site's `content/`: the load phase's result.
public struct SiteContent: Sendable {
    public let root: URL
    public var config: SiteConfig
    /// Sorted by key, then language.
    public var pages: [Page]
    /// Paths inside `content/static/`, sorted.
    public var staticFiles: [String]
    /// Pages that exist but could not be read; links to them are not reported again.
    public var unreadablePages: Set<String> = []
    public var glossary: Glossary = .empty
    /// Directives, timeline and comparisons.
    public var data = SiteData()
    /// Every file under `content/`, relative to it, sorted.
    public var inputFiles: [String] = []
}

/// The load phase: walk `content/`, read site.yml and every page in parallel.
public enum ContentLoader {
    /// Loads the site under `root`. Returns nil content only when nothing can be built
    /// (no readable site.yml); every problem found is in the diagnostics.
    /// With `memo` (the preview server keeps one), a page file whose size, modification time
    /// and inode are those of the last load is not read again.
    public static func load(root: URL, includeDrafts: Bool = false, memo: LoadMemo? = nil) -> (SiteContent?, [Diagnostic]) {
        let contentDir = root.appendingPathComponent("content")
        var diagnostics: [Diagnostic] = []
        guard FileManager.default.fileExists(atPath: contentDir.path) else {
            return (nil, [.error("missing-content", "no content/ directory under \(root.path)", at: SourcePosition(file: "content"))])
        }
        var config: SiteConfig?
        switch SourceText.read(contentDir.appendingPathComponent("site.yml"), file: SiteConfig.file) {
        case .success(let text): config = SiteConfig.parse(text, diagnostics: &diagnostics)
        case .failure(var diagnostic):
            if diagnostic.code == "unreadable" { diagnostic.message = "missing or unreadable site.yml" }
            diagnostics.append(diagnostic)
        }
        let languages = config?.languages ?? [.english, .chinese]
        let data = DataLoader.load(contentDir: contentDir, languages: languages, diagnostics: &diagnostics)
        let files = walk(contentDir)
        var pageFiles: [String] = [], staticFiles: [String] = []
        for file in files {
            if file.hasPrefix("static/") {
                staticFiles.append(String(file.dropFirst("static/".count)))
            } else if file.hasPrefix("data/") || file == "site.yml" {
                continue
            } else if file.hasSuffix(".md") {
                pageFiles.append(file)
            } else {
                diagnostics.append(.warning("ignored-file", "not a page (.md) and not under static/; it is not published",
                                            at: SourcePosition(file: "content/" + file)))
            }
        }
        let loaded = readPages(pageFiles, in: contentDir, languages: languages, memo: memo)
        var glossary = Glossary.empty
        let glossaryURL = root.appendingPathComponent(Glossary.file)
        if FileManager.default.fileExists(atPath: glossaryURL.path) {
            switch SourceText.read(glossaryURL, file: Glossary.file) {
            case .success(let text): glossary = Glossary.parse(text, diagnostics: &diagnostics)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        var pages: [Page] = [], unreadable: Set<String> = []
        for (file, (page, found)) in zip(pageFiles, loaded) {
            diagnostics += found
            if let page {
                if includeDrafts || !page.frontMatter.draft { pages.append(page) }
            } else {
                unreadable.insert("content/" + file)
            }
        }
        pages.sort { ($0.key, $0.language) < ($1.key, $1.language) }
        guard let config else { return (nil, diagnostics) }
        return (SiteContent(root: root, config: config, pages: pages, staticFiles: staticFiles.sorted(),
                            unreadablePages: unreadable, glossary: glossary, data: data, inputFiles: files), diagnostics)
    }

    /// Reads and parses pages on every core.
    static func readPages(_ files: [String], in contentDir: URL, languages: [Language], memo: LoadMemo? = nil) -> [(Page?, [Diagnostic])] {
        let results = ResultSlots<(Page?, [Diagnostic])>(count: files.count)
        memo?.begin(languages: languages)
        let dir = contentDir.path
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            guard let memo else {
                results[i] = readPage(files[i], inPath: dir, languages: languages)
                return
            }
            let identity = LoadMemo.identity(dir + "/" + files[i])
            if let identity, let known = memo.result(files[i], identity: identity) {
                results[i] = known
            } else {
                let result = readPage(files[i], inPath: dir, languages: languages)
                if let identity { memo.store(files[i], identity: identity, result: result) }
                results[i] = result
            }
        }
        return results.values.map { $0 ?? (nil, []) }
    }

    /// One page file, `relative` to `contentDir`: the page, or nil with diagnostics.
    public static func readPage(_ relative: String, in contentDir: URL, languages: [Language]) -> (Page?, [Diagnostic]) {
        readPage(relative, inPath: contentDir.path, languages: languages)
    }

    static func readPage(_ relative: String, inPath contentDir: String, languages: [Language]) -> (Page?, [Diagnostic]) {
        let file = "content/" + relative
        guard let (key, language) = Page.identify(relative, languages: languages) else { return (nil, []) }
        let text: String
        switch SourceText.read(path: contentDir + "/" + relative, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        var diagnostics: [Diagnostic] = []
        let parts = FrontMatter.split(text)
        if parts.unclosed {
            return (nil, [.error("front-matter-unclosed", "front matter starts with '---' but has no closing '---' line",
                                 at: SourcePosition(file: file))])
        }
        guard let matter = FrontMatter.parse(parts.yaml, file: file, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        var page = Page(file: file, language: language, key: key, frontMatter: matter, body: String(parts.body),
                        bodyLineOffset: parts.bodyLineOffset)
        page.sourceHash = StableHasher.hash(text)
        page.frontMatterHash = StableHasher.hash(String(parts.yaml ?? ""))
        return (page, diagnostics)
    }

    /// Every regular file under `dir`, relative, sorted; hidden files and folders skipped.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Symbolic links to files count as files; linked folders are not entered.
    public static func walk(_ dir: URL) -> [String] {
        var files: [String] = []
        func visit(_ path: String, _ relative: String) {
            guard let handle = opendir(path) else { return }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                // Read the name in place: a record can be shorter than d_name's 256 bytes, so copying
                // the field can read past the end of the buffer.
                let name = String(cString: UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
                guard !name.hasPrefix(".") else { continue }
                let full = path + "/" + name, inside = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_LNK) || type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard stat(full, &info) == 0 else { continue }
                    let format = info.st_mode & S_IFMT
                    type = format == S_IFREG ? Int32(DT_REG) : format == S_IFDIR && entry.pointee.d_type == DT_UNKNOWN ? Int32(DT_DIR) : -1
                }
                if type == Int32(DT_DIR) { visit(full, inside) } else if type == Int32(DT_REG) { files.append(inside) }
            }
        }
        visit(dir.standardizedFileURL.path, "")
        return files.sorted()
    }
}

/// Fixed slots written from concurrent iterations, each slot by one iteration only.
public final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    public init(count: Int) { storage = Array(repeating: nil, count: count) }
    public subscript(i: Int) -> T? {
        get { lock.withLock { storage[i] } }
        set { lock.withLock { storage[i] = newValue } }
    }
    public var values: [T?] { lock.withLock { storage } }
    public func append(_ value: T) { lock.withLock { storage.append(value) } }
}

/// Pages as the last load read them, by file, with the file's size, modification time (ns)
/// and inode then: a file that still has all three is not read again. Modification times are
/// as coarse as the kernel's clock tick, so a file modified less than a second before it was
/// read is not kept (two writes within one tick leave the same time; git calls this "racy").
public final class LoadMemo: @unchecked Sendable {
    struct Identity: Equatable {
        let size: Int64, modified: Int64, inode: UInt64
    }
    private var entries: [String: (identity: Identity, result: (Page?, [Diagnostic]))] = [:]
    private var languages: [Language] = []
    private let lock = NSLock()
    /// Pages taken from the memo rather than read, in all loads so far.
    public private(set) var hits = 0

    public init() {}

    /// Forgets everything when the site's languages changed (they decide pages' keys).
    func begin(languages: [Language]) {
        lock.withLock {
            if languages != self.languages { entries = [:] }
            self.languages = languages
        }
    }

    func result(_ file: String, identity: Identity) -> (Page?, [Diagnostic])? {
        lock.withLock {
            guard let entry = entries[file], entry.identity == identity else { return nil }
            hits += 1
            return entry.result
        }
    }

    func store(_ file: String, identity: Identity, result: (Page?, [Diagnostic])) {
        let now = Int64(Date().timeIntervalSince1970 * 1_000_000_000)
        lock.withLock { entries[file] = identity.modified < now - 1_000_000_000 ? (identity, result) : nil }
    }

    static func identity(_ path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
                        inode: UInt64(info.st_ino))
    }
}
