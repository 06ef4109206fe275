/// A fast reader for the front matter nearly every page has: one `key: value` a line, known
/// keys, plain values, `[a, b]` lists. It gives exactly what the YAML path gives, or nil for
/// anything else (quotes, comments, nesting, unknown keys, anything that would be a
/// diagnostic), which then goes through Yams. On a large site it saves most of the load time.
enum SimpleFrontMatter {
    typealias Bytes = ArraySlice<UInt8>

    static func parse(_ yaml: Substring, file: String) -> FrontMatter? {
        // Over UTF-8 bytes: every byte looked at is ASCII, which never occurs inside a multi-byte
        // character. Where a byte and a Character reading could differ (a combining mark after
        // a quote, say), this declines, and YAML decides.
        let bytes = Array(yaml.utf8)
        guard !bytes.contains(UInt8(ascii: "\r")), !marksJoinPunctuation(bytes) else { return nil }  // leave those to YAML
        var seen: Set<String> = []
        var values: [String: (text: String, line: Int, column: Int)] = [:]
        var quoted: Set<String> = []
        var lists: [String: [(text: String, line: Int, column: Int)]] = [:]
        var lineNumber = 1  // the front matter's first line is line 2 of the file
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == space }) { continue }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let key = String(decoding: line[..<colon], as: UTF8.self)
            guard FrontMatter.keys.contains(key), !seen.contains(key) else { return nil }
            seen.insert(key)
            let afterColon = line[(colon + 1)...]
            guard afterColon.first == space else { return nil }
            let valueStart = afterColon.firstIndex { $0 != space } ?? afterColon.endIndex
            let value = afterColon[valueStart...]
            let column = scalars(line[..<valueStart]) + 1
            if value.first == UInt8(ascii: "[") {
                guard key == "terms" || key == "aliases", let items = list(value, line: lineNumber, column: column) else { return nil }
                lists[key] = items
            } else if let text = plain(value) {
                values[key] = (text, lineNumber, column)
            } else if let text = quotedText(value) {
                values[key] = (text, lineNumber, column)
                quoted.insert(key)
            } else {
                return nil
            }
        }
        guard let title = values["title"]?.text else { return nil }
        var matter = FrontMatter(title: title)
        matter.description = values["description"]?.text
        matter.linkTitle = values["linkTitle"]?.text
        matter.layout = values["layout"]?.text
        if let date = values["date"]?.text {
            guard PartialDate(date) != nil else { return nil }
            matter.date = date
        }
        // Quoted, these are text to YAML, which the YAML path reports.
        guard quoted.isDisjoint(with: ["draft", "weight", "terms", "aliases"]) else { return nil }
        if let draft = values["draft"]?.text {
            guard draft == "true" || draft == "false" else { return nil }
            matter.draft = draft == "true"
        }
        if let weight = values["weight"]?.text {
            guard weight.allSatisfy({ $0.isASCII && $0.isNumber }), weight.count < 10, weight == "0" || weight.first != "0",
                  let number = Int(weight) else { return nil }
            matter.weight = number
        }
        for key in ["terms", "aliases"] {
            let items = lists[key] ?? values[key].map { [$0] } ?? []
            if key == "terms" {
                matter.terms = items.map(\.text)
                matter.termPositions = items.map { SourcePosition(file: file, line: $0.line, column: $0.column) }
            } else {
                matter.aliases = items.map(\.text)
            }
        }
        return matter
    }

    private static let space = UInt8(ascii: " ")

    /// Whether a mark that joins the character before it into one (a combining accent, a
    /// joiner) follows an ASCII space or punctuation byte: read as characters, `,́` is not a
    /// comma. Such text is left to YAML.
    static func marksJoinPunctuation(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 1 < bytes.count {
            let byte = bytes[i], next = bytes[i + 1]
            i += 1
            guard byte < 0x80, next >= 0x80, !(byte >= 0x30 && byte <= 0x39), !((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) else { continue }
            var end = i + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            guard let scalar = String(decoding: bytes[i..<end], as: UTF8.self).unicodeScalars.first else { continue }
            let properties = scalar.properties
            if properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D { return true }
        }
        return false
    }

    /// Scalars in valid UTF-8: the bytes that are not continuation bytes (10xxxxxx).
    static func scalars(_ bytes: Bytes) -> Int { bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }

    static func trimmed(_ bytes: Bytes) -> Bytes {
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[end - 1] == space { end -= 1 }
        return bytes[..<end]
    }

    /// Whether the two ASCII bytes `a b` occur in `bytes`.
    static func has(_ bytes: Bytes, _ a: UInt8, _ b: UInt8) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if previous == a, byte == b { return true }
            previous = byte
        }
        return false
    }

    private static let indicators = Set("-?:,[]{}#&*!|>'\"%@`".utf8)
    private static let nonText: Set<[UInt8]> = Set(["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"].map { Array($0.utf8) })

    /// A one-line plain scalar that YAML reads as this same text, or nil.
    static func plain(_ value: Bytes) -> String? {
        let text = trimmed(value)
        guard let first = text.first, !indicators.contains(first) else { return nil }
        guard !has(text, UInt8(ascii: ":"), space), !has(text, space, UInt8(ascii: "#")), text.last != UInt8(ascii: ":"),
              !text.contains(UInt8(ascii: "\t")) else { return nil }
        // YAML's null and booleans in every spelling (ASCII words: only ASCII text can be one),
        // which the YAML path would not give as text.
        if text.count <= 5 {
            let lowered = text.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }
            let exact = text.elementsEqual("true".utf8) || text.elementsEqual("false".utf8)
            guard !nonText.contains(lowered) || exact else { return nil }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// `"text"` or `'text'` on one line, without escapes or the quote inside, or nil.
    static func quotedText(_ value: Bytes) -> String? {
        let text = trimmed(value)
        guard let quote = text.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"), text.count >= 2,
              text.last == quote else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == quote || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") }),
              !inner.allSatisfy({ $0 == space }) else { return nil }
        return String(decoding: inner, as: UTF8.self)
    }

    /// `[a, b]` with plain items on one line, each with its column.
    static func list(_ value: Bytes, line: Int, column: Int) -> [(text: String, line: Int, column: Int)]? {
        let text = trimmed(value)
        guard text.last == UInt8(ascii: "]") else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") })
        else { return nil }
        if inner.allSatisfy({ $0 == space }) { return [] }
        var items: [(String, Int, Int)] = []
        var offset = column + 1  // after the [
        for part in inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == space }.count
            guard let item = plain(part.dropFirst(leading)) else { return nil }
            items.append((item, line, offset + leading))
            offset += scalars(part) + 1
        }
        return items
    }
}
