import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One changed file, relative to the site root (`content/about.md`), and what kind of source it is.
struct Change: Hashable, Sendable {
    enum Kind: String, Sendable, Comparable {
        case config, template, data, page, `static`, other
        static func < (a: Kind, b: Kind) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }
        static let allCases: [Kind] = [.config, .template, .data, .page, .static, .other]
    }
    let path: String
    var kind: Kind { Self.classify(path) }

    static func classify(_ path: String) -> Kind {
        if path == "content/site.yml" { return .config }
        if path.hasPrefix("templates/") || path == "templates" { return .template }
        if path.hasPrefix("content/data/") { return .data }
        if path.hasPrefix("content/static/") { return .static }
        if path.hasPrefix("content/") && path.hasSuffix(".md") { return .page }
        return .other
    }

    /// Editor droppings that never affect a build: swap files, backups, vim's write test.
    static func isNoise(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" || name.hasSuffix(".swp") || name.hasSuffix(".swx")
    }
}

/// Watches `content/`, `templates/` and the site root with inotify. Folders that appear are
/// watched too; files appearing, vanishing, being written or renamed all count. Changes
/// are debounced: a batch is delivered once no event has come for `quiet` seconds, so an
/// editor's save burst (write a temporary file, rename it, touch attributes) is one batch.
final class Watcher: @unchecked Sendable {
    private let root: URL
    private let fd: Int32
    private var watches: [Int32: String] = [:]  // watch descriptor → folder relative to root ("" = root)
    private let quiet: Double
    private let stopped = Atomic()

    init(root: URL, quiet: Double = 0.02) throws {
        self.root = root.standardizedFileURL
        self.quiet = quiet
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        add("")
        for folder in ["content", "templates"] { addTree(folder) }
    }

    deinit { close(fd) }

    static let mask = UInt32(IN_CREATE | IN_DELETE | IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF)

    private func add(_ relative: String) {
        let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
        // The root is watched only for content/ and templates/ appearing or going.
        let mask = relative.isEmpty ? UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO) : Self.mask
        let wd = inotify_add_watch(fd, path, mask | UInt32(IN_ONLYDIR))
        if wd >= 0 { watches[wd] = relative }
    }

    private func addTree(_ relative: String) {
        var isDirectory: ObjCBool = false
        let path = root.appendingPathComponent(relative).path
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        add(relative)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where !name.hasPrefix(".") {
            addTree(relative + "/" + name)
        }
    }

    func stop() { stopped.set() }

    /// Files written to but not closed yet: a batch waits for them (up to `openWait` seconds),
    /// so a build does not read a file an editor has only begun to write.
    private var writing: Set<String> = []
    static let openWait = 0.5

    /// Blocks until a debounced batch of changes is ready: `quiet` seconds passed since the
    /// last event and no file is still being written. Nil once stopped.
    func next() -> Set<Change>? {
        var batch: Set<Change> = []
        var lastEvent: UInt64?
        while !stopped.isSet {
            var timeout: Int32 = 50  // milliseconds; also how soon stop() is noticed
            if let last = lastEvent {
                let waited = Double(DispatchTime.now().uptimeNanoseconds - last) / 1e9
                let wait = writing.isEmpty ? quiet : Self.openWait
                if waited >= wait {
                    writing = []
                    if !batch.isEmpty { return batch }
                    lastEvent = nil
                    continue
                }
                timeout = Int32(max(1, min(50, ((wait - waited) * 1000).rounded(.up))))
            }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, timeout) > 0 {
                batch.formUnion(readEvents())
                lastEvent = DispatchTime.now().uptimeNanoseconds
            }
        }
        return nil
    }

    private func readEvents() -> Set<Change> {
        var changes: Set<Change> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { bytes -> (Int32, UInt32, Int) in
                    let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (event.wd, event.mask, Int(event.len))
                }
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = buffer[nameStart..<min(count, nameStart + length)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset = nameStart + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: the batch names all of content/, which no rebuild takes as a page edit.
                    changes.insert(Change(path: "content"))
                    continue
                }
                if mask & UInt32(IN_IGNORED) != 0 { watches[wd] = nil; continue }
                guard let folder = watches[wd], !Change.isNoise(name) else { continue }
                let relative = folder.isEmpty ? name : (name.isEmpty ? folder : folder + "/" + name)
                if folder.isEmpty && name != "content" && name != "templates" { continue }
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(relative) }
                if mask & UInt32(IN_ISDIR) == 0 {
                    if mask & UInt32(IN_CREATE | IN_MODIFY) != 0 { writing.insert(relative) }
                    if mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) != 0 { writing.remove(relative) }
                }
                changes.insert(Change(path: relative))
            }
        }
        return changes
    }
}

/// A flag set once, read from any thread.
final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
