/// A Mustache template compiled to a tree of nodes, parsed once and rendered many times.
public struct CompiledTemplate: Sendable {
    let nodes: [Node]
    /// Every `{{> name}}` and `{{< name}}`, with the byte offset of its tag, for checking
    /// that the templates it names exist.
    let references: [(name: String, offset: Int)]
    /// Every part of every name in variable and section tags (`page.title` gives `page`, `title`).
    public let names: Set<String>
    let source: String

    /// Parses `source`; a syntax error is thrown with its line and column.
    public init(_ source: String) throws(TemplateSyntaxError) {
        self.source = source
        var parser = TemplateParser(source)
        let tokens = try parser.tokenize()
        (nodes, references) = try TemplateParser.tree(TemplateParser.removeStandaloneLines(tokens), source: parser.bytes)
        names = Set(tokens.filter { [.variable, .unescaped, .section, .inverted].contains($0.kind) }
            .flatMap { $0.name.split(separator: ".").map(String.init) })
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset in the source.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        TemplateParser.position(of: offset, in: Array(source.utf8))
    }
}

public struct TemplateSyntaxError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let line: Int
    public let column: Int
    public var description: String { "\(line):\(column): \(message)" }
}

/// A name as written in a tag: `page.title` is ["page", "title"], `.` is [].
struct Name: Sendable {
    let parts: [String]
}

indirect enum Node: Sendable {
    case text([UInt8])
    case variable(Name, escaped: Bool)
    case section(Name, [Node], inverted: Bool)
    case partial(String, indent: [UInt8])
    /// `{{< name}}…{{/name}}`: renders template `name` with these blocks replaced.
    case parent(String, indent: [UInt8], blocks: [String: [Node]])
    /// `{{$ name}}default{{/name}}`: replaced by an inheriting template's block of that name,
    /// whose later lines get the indentation the tag has on its line.
    case block(String, [Node], indent: [UInt8])
}

struct TemplateParser {
    enum Kind: Equatable {
        case text, variable, unescaped, section, inverted, close, partial, parent, block, comment, delimiters
        /// Tags that, alone on a line, take the whole line with them.
        var canStandAlone: Bool {
            switch self {
            case .section, .inverted, .close, .partial, .parent, .block, .comment, .delimiters: return true
            case .text, .variable, .unescaped: return false
            }
        }
    }

    struct Token {
        var kind: Kind
        /// The text of a text token; the name of a tag.
        var text: ArraySlice<UInt8>
        var name: String = ""
        /// Byte offset of the token's first byte (a tag's opening delimiter).
        var offset: Int
        var indent: [UInt8] = []
        /// For a closing tag: the kind of tag it closes.
        var closes: Kind?
    }

    let bytes: [UInt8]
    var open: [UInt8] = Array("{{".utf8)
    var close: [UInt8] = Array("}}".utf8)

    init(_ source: String) { bytes = Array(source.utf8) }

    func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
        let (line, column) = Self.position(of: offset, in: bytes)
        return TemplateSyntaxError(message: message, line: line, column: column)
    }

    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = start
        let first = needle[0], last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == first, bytes[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = slice
        while let first = slice.first, isSpace(first) || first == 0x0A || first == 0x0D { slice.removeFirst() }
        while let last = slice.last, isSpace(last) || last == 0x0A || last == 0x0D { slice.removeLast() }
        return slice
    }

    /// Text and tags in order; text is split after each newline so that no text token
    /// spans two lines.
    mutating func tokenize() throws(TemplateSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        while position < bytes.count {
            let tagStart = find(open, from: position) ?? bytes.count
            var lineStart = position
            for i in position..<tagStart where bytes[i] == 0x0A {
                tokens.append(Token(kind: .text, text: bytes[lineStart...i], offset: lineStart))
                lineStart = i + 1
            }
            if lineStart < tagStart { tokens.append(Token(kind: .text, text: bytes[lineStart..<tagStart], offset: lineStart)) }
            guard tagStart < bytes.count else { break }
            let (token, end) = try tag(at: tagStart)
            tokens.append(token)
            position = end
        }
        return tokens
    }

    /// The tag whose opening delimiter is at `start`, and the offset just past it.
    mutating func tag(at start: Int) throws(TemplateSyntaxError) -> (Token, Int) {
        var i = start + open.count
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
        let sigil: UInt8? = i < bytes.count ? bytes[i] : nil
        let kind: Kind
        switch sigil {
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: "="): kind = .delimiters
        case UInt8(ascii: "&"), UInt8(ascii: "{"): kind = .unescaped
        default: kind = .variable
        }
        if kind != .variable { i += 1 }
        let terminator = sigil == UInt8(ascii: "{") ? Array("}".utf8) + close
            : kind == .delimiters ? Array("=".utf8) + close : close
        guard let end = find(terminator, from: i) else {
            let closing = String(decoding: terminator, as: UTF8.self)
            throw error("tag is not closed: '\(closing)' expected", at: start)
        }
        var token = Token(kind: kind, text: bytes[i..<end], offset: start)
        let after = end + terminator.count
        switch kind {
        case .comment: return (token, after)
        case .delimiters:
            let parts = Self.trimmed(bytes[i..<end]).split(whereSeparator: Self.isSpace)
            guard parts.count == 2, !parts.contains(where: { $0.contains(UInt8(ascii: "=")) }) else {
                throw error("a delimiter change is written {{=<% %>=}}: two delimiters without '=' or spaces", at: start)
            }
            open = Array(parts[0])
            close = Array(parts[1])
            return (token, after)
        default:
            token.name = String(decoding: Self.trimmed(bytes[i..<end]), as: UTF8.self)
            try check(name: token.name, kind: kind, at: start)
            return (token, after)
        }
    }

    func check(name: String, kind: Kind, at offset: Int) throws(TemplateSyntaxError) {
        guard !name.isEmpty else { throw error("a tag needs a name", at: offset) }
        if kind == .partial || kind == .parent || kind == .block {
            guard !name.contains(where: \.isWhitespace) else { throw error("'\(name)' is not a template or block name", at: offset) }
            return
        }
        guard name != "." else { return }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        let valid = parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "_-".unicodeScalars.contains($0) }
        }
        guard valid else {
            throw error("'\(name)' is not a name: names are letters, digits, '_' and '-', joined by '.'"
                        + (name.contains("(") ? " (transforms such as f(x) are not supported)" : ""), at: offset)
        }
    }

    /// Removes the lines that hold only one section, partial, block, comment or delimiter tag
    /// and whitespace (the Mustache spec's "standalone" lines), keeping a partial's or parent's
    /// indentation on its tag. Parent tags on the line do not count (`{{<base}}{{$main}}`,
    /// `{{/main}}{{/base}}` and `{{<base}}{{/base}}` are standalone too).
    static func removeStandaloneLines(_ tokens: [Token]) -> [Token] {
        var tokens = tokens
        var open: [Kind] = []
        for i in tokens.indices {
            switch tokens[i].kind {
            case .section, .inverted, .parent, .block: open.append(tokens[i].kind)
            case .close: tokens[i].closes = open.popLast()
            default: break
            }
        }
        var result: [Token] = []
        result.reserveCapacity(tokens.count)
        var line: [Token] = []
        func flush() {
            let tags = line.filter { $0.kind != .text }
            let blank = line.allSatisfy { $0.kind != .text || $0.text.allSatisfy { isSpace($0) || $0 == 0x0A || $0 == 0x0D } }
            // Opening and closing a parent does not count: `{{<base}}{{$main}}` is one block tag.
            let others = tags.filter { ($0.closes ?? $0.kind) != .parent }
            let standalone = blank && !tags.isEmpty && others.count <= 1 && others.allSatisfy(\.kind.canStandAlone)
            if !standalone, let first = line.firstIndex(where: { $0.kind != .text }), line[first].kind == .block,
               line[..<first].allSatisfy({ $0.text.allSatisfy(isSpace) }) {
                line[first].indent = line[..<first].flatMap(\.text)
            }
            if standalone {
                var indent: [UInt8] = [], seenTag = false
                for token in line {
                    if token.kind == .text {
                        if !seenTag { indent += token.text }
                        continue
                    }
                    var tag = token
                    if !seenTag, tag.kind == .partial || tag.kind == .parent { tag.indent = indent }
                    seenTag = true
                    result.append(tag)
                }
            } else {
                result += line
            }
            line.removeAll(keepingCapacity: true)
        }
        for token in tokens {
            line.append(token)
            if token.kind == .text, token.text.last == 0x0A { flush() }
        }
        flush()
        return result
    }

    /// Nests sections, blocks and parents; checks that every section is closed by its own name.
    static func tree(_ tokens: [Token], source: [UInt8]) throws(TemplateSyntaxError) -> ([Node], [(name: String, offset: Int)]) {
        struct Open {
            let token: Token
            var nodes: [Node] = []
        }
        func fail(_ message: String, at offset: Int) -> TemplateSyntaxError {
            let (line, column) = position(of: offset, in: source)
            return TemplateSyntaxError(message: message, line: line, column: column)
        }
        var stack: [Open] = [Open(token: Token(kind: .text, text: [], offset: 0))]
        var references: [(name: String, offset: Int)] = []
        for token in tokens {
            switch token.kind {
            case .text:
                if case .text(let previous)? = stack[stack.count - 1].nodes.last {
                    stack[stack.count - 1].nodes[stack[stack.count - 1].nodes.count - 1] = .text(previous + token.text)
                } else {
                    stack[stack.count - 1].nodes.append(.text(Array(token.text)))
                }
            case .variable, .unescaped:
                stack[stack.count - 1].nodes.append(.variable(name(token.name), escaped: token.kind == .variable))
            case .partial:
                references.append((token.name, token.offset))
                stack[stack.count - 1].nodes.append(.partial(token.name, indent: token.indent))
            case .section, .inverted, .block, .parent:
                if token.kind == .parent { references.append((token.name, token.offset)) }
                stack.append(Open(token: token))
            case .close:
                guard stack.count > 1 else { throw fail("'\(token.name)' is closed but was never opened", at: token.offset) }
                let open = stack.removeLast()
                guard open.token.name == token.name else {
                    throw fail("'\(open.token.name)' is closed by '\(token.name)'", at: token.offset)
                }
                let node: Node
                switch open.token.kind {
                case .block: node = .block(open.token.name, open.nodes, indent: open.token.indent)
                case .parent:
                    var blocks: [String: [Node]] = [:]
                    for case .block(let name, let nodes, _) in open.nodes { blocks[name] = nodes }
                    node = .parent(open.token.name, indent: open.token.indent, blocks: blocks)
                default: node = .section(name(open.token.name), open.nodes, inverted: open.token.kind == .inverted)
                }
                stack[stack.count - 1].nodes.append(node)
            case .comment, .delimiters:
                continue
            }
        }
        if stack.count > 1, let open = stack.last {
            throw fail("'\(open.token.name)' is opened here but never closed ({{/\(open.token.name)}})", at: open.token.offset)
        }
        return (stack[0].nodes, references)
    }

    static func name(_ text: String) -> Name {
        Name(parts: text == "." ? [] : text.split(separator: ".").map(String.init))
    }
}
