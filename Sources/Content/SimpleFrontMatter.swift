/// A fast reader for the front matter nearly every page has: one `key: value` a line, known
/// keys, plain values, `[a, b]` lists. It gives exactly what the YAML path gives, or nil for
/// anything else (quotes, comments, nesting, unknown keys, anything that would be a
/// diagnostic), which then goes through Yams. On a large site it saves most of the load time.
enum SimpleFrontMatter {
    /// Whether the two-byte ASCII `pair` occurs in `text` (without Foundation's slow `contains`).
    static func has(_ text: Substring, _ pair: StaticString) -> Bool {
        let first = pair.utf8Start[0], second = pair.utf8Start[1]
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == first, byte == second { return true }
            previous = byte
        }
        return false
    }

    static func parse(_ yaml: Substring, file: String) -> FrontMatter? {
        guard !yaml.utf8.contains(UInt8(ascii: "\r")) else { return nil }  // "\r\n" is one Character; leave CRLF files to YAML
        var seen: Set<String> = []
        var values: [String: (text: String, line: Int, column: Int)] = [:]
        var quoted: Set<String> = []
        var lists: [String: [(text: String, line: Int, column: Int)]] = [:]
        var lineNumber = 1  // the front matter's first line is line 2 of the file
        for rawLine in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine
            if line.allSatisfy({ $0 == " " }) { continue }
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let key = String(line[..<colon])
            guard FrontMatter.keys.contains(key), !seen.contains(key) else { return nil }
            seen.insert(key)
            let afterColon = line[line.index(after: colon)...]
            guard afterColon.first == " " else { return nil }
            let valueStart = afterColon.firstIndex { $0 != " " } ?? afterColon.endIndex
            let value = afterColon[valueStart...]
            let column = line.unicodeScalars.distance(from: line.startIndex, to: valueStart) + 1
            if value.first == "[" {
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

    /// A one-line plain scalar that YAML reads as this same text, or nil.
    static func plain(_ value: Substring) -> String? {
        let text = value.trimmingSuffix { $0 == " " }
        guard let first = text.first, !"-?:,[]{}#&*!|>'\"%@`".contains(first) else { return nil }
        guard !has(text, ": "), !has(text, " #"), text.last != ":", !text.utf8.contains(UInt8(ascii: "\t")) else { return nil }
        // YAML's null and booleans in every spelling, which the YAML path would not give as text.
        let lowered = text.lowercased()
        guard !["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lowered) || text == "true" || text == "false"
        else { return nil }
        return String(text)
    }

    /// `"text"` or `'text'` on one line, without escapes or the quote inside, or nil.
    static func quotedText(_ value: Substring) -> String? {
        let text = value.trimmingSuffix { $0 == " " }
        guard let quote = text.first, quote == "\"" || quote == "'", text.count >= 2, text.last == quote else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.contains(quote), !inner.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") }),
              !inner.allSatisfy({ $0 == " " }) else { return nil }
        return String(inner)
    }

    /// `[a, b]` with plain items on one line, each with its column.
    static func list(_ value: Substring, line: Int, column: Int) -> [(text: String, line: Int, column: Int)]? {
        let text = value.trimmingSuffix { $0 == " " }
        guard text.last == "]" else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.utf8.contains(where: { "[{\"'".utf8.contains($0) }) else { return nil }
        if inner.allSatisfy({ $0 == " " }) { return [] }
        var items: [(String, Int, Int)] = []
        var offset = column + 1  // after the [
        for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
            let leading = part.prefix { $0 == " " }.count
            guard let item = plain(part.dropFirst(leading)) else { return nil }
            items.append((item, line, offset + leading))
            offset += part.unicodeScalars.count + 1
        }
        return items
    }
}
