/// Named compiled templates that can include each other (`{{> name}}`) and inherit from each
/// other (`{{< name}}…{{/name}}` with `{{$ block}}`s).
public struct TemplateLibrary: Sendable {
    var templates: [String: CompiledTemplate] = [:]

    public init() {}

    public mutating func register(_ template: CompiledTemplate, named name: String) {
        templates[name] = template
    }

    public func template(named name: String) -> CompiledTemplate? { templates[name] }

    /// The template `name` rendered with `value`, as UTF-8.
    public func render(_ value: TemplateValue, template name: String, maxDepth: Int = 100) throws(TemplateRenderFailure) -> [UInt8] {
        guard let template = templates[name] else { throw .missing(name) }
        var rendering = Rendering(library: templates, stack: [value], maxDepth: maxDepth, current: name)
        rendering.out.reserveCapacity(template.source.utf8.count * 2)
        rendering.render(template.nodes)
        if let loop = rendering.tooDeep { throw .tooDeep(in: loop) }
        return rendering.out
    }
}

public enum TemplateRenderFailure: Error, Equatable {
    /// No template of this name.
    case missing(String)
    /// Partials, parents and blocks nested deeper than the limit: a template that includes itself
    /// without end. The template holding the tag that went past the limit.
    case tooDeep(in: String)
}

/// One render: the context stack, the output, and the indentation and block overrides of the
/// partial or parent being rendered.
struct Rendering {
    let library: [String: CompiledTemplate]
    var stack: [TemplateValue]
    let maxDepth: Int
    /// The template whose nodes are being rendered.
    var current: String
    var out: [UInt8] = []
    var indent: [UInt8] = []
    var blocks: [String: [Node]] = [:]
    var depth = 0
    var tooDeep: String?

    mutating func render(_ nodes: [Node]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                emit(text: bytes)
            case .variable(let name, let escaped):
                if let value = lookup(name) { emit(value, escaped: escaped) }
            case .section(let name, let children, let inverted):
                let value = lookup(name)
                if inverted {
                    if !(value?.isTruthy ?? false) { render(children) }
                    continue
                }
                guard let value, value.isTruthy else { continue }
                switch value {
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(children)
                        stack.removeLast()
                    }
                case .bool:
                    render(children)
                default:
                    stack.append(value)
                    render(children)
                    stack.removeLast()
                }
            case .partial(let name, let indent):
                if let template = library[name] { include(template.nodes, indent: indent, blocks: blocks, from: name) }
            case .parent(let name, let indent, let local):
                // The outermost override of a block wins: a child's over its parent's.
                if let template = library[name] { include(template.nodes, indent: indent, blocks: local.merging(blocks) { _, outer in outer }, from: name) }
            case .block(let name, let defaults, let indent):
                if let override = blocks[name] { include(override, indent: indent, blocks: blocks, from: current) } else { render(defaults) }
            }
        }
    }

    mutating func include(_ nodes: [Node], indent extra: [UInt8], blocks inherited: [String: [Node]], from template: String) {
        guard tooDeep == nil else { return }
        guard depth < maxDepth else {
            tooDeep = current
            return
        }
        let saved = (indent, blocks, current)
        depth += 1
        indent += extra
        blocks = inherited
        current = template
        render(nodes)
        (indent, blocks, current) = saved
        depth -= 1
    }

    /// The first context (innermost first) that has the name's first part, then the rest of
    /// the name inside it only.
    func lookup(_ name: Name) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        for context in stack.reversed() {
            guard var value = context.child(first) else { continue }
            for part in name.parts.dropFirst() {
                guard let child = value.child(part) else { return nil }
                value = child
            }
            return value
        }
        return nil
    }

    var atLineStart: Bool { out.last == nil || out.last == 0x0A }

    /// Template text; inside an indented partial every line starts with the indentation.
    mutating func emit(text bytes: [UInt8]) {
        guard !indent.isEmpty else {
            out += bytes
            return
        }
        var start = 0
        while start < bytes.count {
            let end = (bytes[start...].firstIndex(of: 0x0A) ?? bytes.count - 1) + 1
            if atLineStart { out += indent }
            out += bytes[start..<end]
            start = end
        }
    }

    mutating func emit(_ value: TemplateValue, escaped: Bool) {
        var text: String
        switch value {
        case .text(let string): text = string
        case .bool(let flag): text = flag ? "true" : "false"
        case .list, .object, .null: return
        }
        guard !text.isEmpty else { return }
        if !indent.isEmpty, atLineStart { out += indent }
        if escaped {
            text.withUTF8 { HTMLEscape.append($0, to: &out) }
        } else {
            out.append(contentsOf: text.utf8)
        }
    }
}

/// `& < > " '` escaped as entities, everything else copied as it is.
enum HTMLEscape {
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var start = 0
        for i in 0..<bytes.count {
            let byte = bytes[i]
            guard byte <= 0x3E else { continue }
            let entity: StaticString
            switch byte {
            case 0x26: entity = "&amp;"
            case 0x3C: entity = "&lt;"
            case 0x3E: entity = "&gt;"
            case 0x22: entity = "&quot;"
            case 0x27: entity = "&#39;"
            default: continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            out.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = i + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
