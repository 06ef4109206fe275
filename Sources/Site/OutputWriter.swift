import Content
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write phase: everything goes into a fresh directory beside the output, which then
/// takes the output's place, so a failed or interrupted build never leaves a half-written
/// site. A file whose bytes did not change is hard-linked from the previous build and so
/// keeps its modification time.
enum OutputWriter {
    struct WriteError: Error, CustomStringConvertible {
        let description: String
    }

    static func write(_ files: [OutputFile], to output: URL) throws {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let stamp = "\(getpid())-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let fresh = parent.appendingPathComponent(".\(name).new-\(stamp)")
        let old = parent.appendingPathComponent(".\(name).old-\(stamp)")
        try fm.createDirectory(at: fresh, withIntermediateDirectories: true)
        do {
            // Folders first, a level at a time (each level's on every core); then the files.
            let freshPath = fresh.path
            var levels: [[Substring]] = []
            var made: Set<Substring> = [""]
            func add(_ dir: Substring) {
                guard made.insert(dir).inserted else { return }
                let parent = dir.utf8.lastIndex(of: UInt8(ascii: "/")).map { dir[..<$0] } ?? ""
                add(parent)
                let depth = dir.utf8.count { $0 == UInt8(ascii: "/") }
                while levels.count <= depth { levels.append([]) }
                levels[depth].append(dir)
            }
            for file in files { add(file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { file.path[..<$0] } ?? "") }
            for level in levels {
                let failed = ResultSlots<Error>(count: level.count)
                DispatchQueue.concurrentPerform(iterations: level.count) { i in
                    guard mkdir(freshPath + "/" + level[i], 0o755) == 0 || errno == EEXIST else {
                        failed[i] = WriteError(description: "cannot make \(level[i]): \(String(cString: strerror(errno)))")
                        return
                    }
                }
                if let failure = failed.values.lazy.compactMap({ $0 }).first { throw failure }
            }
            let failures = ResultSlots<Error>(count: files.count)
            // With no previous output there is nothing to link to: no stat a file.
            let previous = fm.fileExists(atPath: output.path)
            let outputPath = output.path
            DispatchQueue.concurrentPerform(iterations: files.count) { i in
                do { try writeOne(files[i], fresh: freshPath, output: outputPath, previous: previous) } catch { failures[i] = error }
            }
            if let failure = failures.values.lazy.compactMap({ $0 }).first { throw failure }
            try swap(fresh: fresh, output: output, old: old)
        } catch {
            try? fm.removeItem(at: fresh)
            throw WriteError(description: "cannot write \(output.path): \(error.localizedDescription)")
        }
    }

    /// Writes the files that changed into `output` itself, each through a temporary file renamed
    /// over the old one, and removes the files no longer in the build. Files from the previous
    /// build (`.previous`) are left as they are.
    static func update(_ files: [OutputFile], in output: URL) throws {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: output, withIntermediateDirectories: true)
            try replace(files.filter { if case .previous = $0.source { return false } else { return true } }, in: output)
            let wanted = Set(files.map(\.path))
            for stale in ContentLoader.walk(output) where !wanted.contains(stale) {
                var url = output.appendingPathComponent(stale)
                try fm.removeItem(at: url)
                // Then the folders it leaves empty (rmdir refuses the others).
                url.deleteLastPathComponent()
                while url.path.count > output.path.count, rmdir(url.path) == 0 { url.deleteLastPathComponent() }
            }
        } catch {
            throw WriteError(description: "cannot write \(output.path): \(error.localizedDescription)")
        }
    }

    /// Writes `files` into `output` itself, each through a temporary file renamed over the old one.
    static func replace(_ files: [OutputFile], in output: URL) throws {
        var made: Set<String> = []
        for file in files {
            let dir = output.appendingPathComponent(file.path).deletingLastPathComponent().path
            if made.insert(dir).inserted { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        }
        let failures = ResultSlots<Error>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let target = output.path + "/" + files[i].path
            let slash = target.lastIndex(of: "/")!
            let temporary = String(target[...slash]) + "." + String(target[target.index(after: slash)...]) + ".new-\(getpid())"
            do {
                switch files[i].source {
                case .bytes(let data): try create(temporary, data)
                case .copy(let source): try create(temporary, try Data(contentsOf: source))
                case .previous: return
                }
                guard rename(temporary, target) == 0 else { throw WriteError(description: "cannot replace \(target)") }
            } catch {
                unlink(temporary)
                failures[i] = error
            }
        }
        if let failure = failures.values.lazy.compactMap({ $0 }).first { throw failure }
    }

    private static func writeOne(_ file: OutputFile, fresh: String, output: String, previous hasPrevious: Bool) throws {
        let target = fresh + "/" + file.path
        let previous = output + "/" + file.path
        switch file.source {
        case .bytes(let data):
            if !hasPrevious || !linkIfSame(data, previous: previous, target: target) { try create(target, data) }
        case .copy(let source):
            let data = try Data(contentsOf: source)
            if !hasPrevious || !linkIfSame(data, previous: previous, target: target) { try create(target, data) }
        case .previous:
            guard link(previous, target) == 0 else {
                throw WriteError(description: "\(previous) went away during the build; build again")
            }
        }
    }

    /// A new file holding `data` (a few system calls, no Foundation).
    private static func create(_ path: String, _ data: Data) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(description: "cannot create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    private static func swap(fresh: URL, output: URL, old: URL) throws {
        let fm = FileManager.default
        let hadOutput = fm.fileExists(atPath: output.path)
        if hadOutput { try fm.moveItem(at: output, to: old) }
        do {
            try fm.moveItem(at: fresh, to: output)
        } catch {
            if hadOutput { try? fm.moveItem(at: old, to: output) }
            throw error
        }
        if hadOutput { try? fm.removeItem(at: old) }
    }

    /// Hard-links the previous build's file into place when it holds exactly `data`.
    private static func linkIfSame(_ data: Data, previous: String, target: String) -> Bool {
        var info = stat()
        guard stat(previous, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == data.count,
              let existing = FileManager.default.contents(atPath: previous), existing == data else { return false }
        return link(previous, target) == 0
    }
}
