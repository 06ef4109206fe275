/// Maps cmark-gfm's byte columns to columns counted in Unicode scalars, as editors count.
struct SourceLines {
    private let utf8: [UInt8]
    private var lineStarts: [Int] = [0]

    init(_ text: String) {
        utf8 = Array(text.utf8)
        for (i, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") { lineStarts.append(i + 1) }
    }

    func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, utf8.count)
        // Count the bytes that start a scalar (anything but 10xxxxxx continuation bytes).
        return utf8[start..<end].reduce(1) { $0 + (($1 & 0xC0) == 0x80 ? 0 : 1) }
    }
}
