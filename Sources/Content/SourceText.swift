import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading source files as UTF-8, with the position of the first bad byte when they are not.
public enum SourceText {
    /// Decodes `data` as UTF-8 (a leading byte-order mark is dropped), or returns a
    /// diagnostic at the first byte that is not valid UTF-8.
    public static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(invalidUTF8(bytes, file: file))
    }

    /// Reads and decodes the file at `path` with a few system calls (pages are read by the
    /// thousand; Foundation's URL and Data cost more than the reading).
    public static func read(path: String, file: String) -> Result<String, Diagnostic> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(unreadable(file, errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(unreadable(file, errno)) }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(unreadable(file, errno))
            }
            if got == 0 { break }
            count += got
        }
        var start = 0
        if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        if let text = String(validating: bytes[start..<count], as: UTF8.self) { return .success(text) }
        return .failure(invalidUTF8(Data(bytes[start..<count]), file: file))
    }

    private static func unreadable(_ file: String, _ code: Int32) -> Diagnostic {
        .error("unreadable", "cannot read file: \(String(cString: strerror(code)))", at: SourcePosition(file: file))
    }

    /// Reads and decodes the file at `url`.
    public static func read(_ url: URL, file: String) -> Result<String, Diagnostic> {
        do {
            return decode(try Data(contentsOf: url), file: file)
        } catch {
            return .failure(.error("unreadable", "cannot read file: \(error.localizedDescription)",
                                   at: SourcePosition(file: file)))
        }
    }

    private static func invalidUTF8(_ bytes: Data.SubSequence, file: String) -> Diagnostic {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1, offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error(let length):
                let bad = bytes.dropFirst(offset).prefix(length).map { String(format: "0x%02X", $0) }
                return .error("invalid-utf8", "file is not valid UTF-8: byte \(bad.joined(separator: " ")) at offset \(offset)",
                              at: SourcePosition(file: file, line: line, column: column),
                              suggestion: "save the file as UTF-8")
            case .emptyInput:
                return .error("invalid-utf8", "file is not valid UTF-8", at: SourcePosition(file: file))
            }
        }
    }
}
