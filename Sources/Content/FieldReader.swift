import Yams

/// Reads typed fields out of YAML mappings, recording a positioned diagnostic for each
/// missing or mistyped one.
public struct FieldReader {
    public let document: YAMLDocument
    public var diagnostics: [Diagnostic]

    public init(document: YAMLDocument, diagnostics: [Diagnostic] = []) {
        self.document = document
        self.diagnostics = diagnostics
    }

    public mutating func warn(_ code: String, _ message: String, at node: Node?, suggestion: String? = nil) {
        diagnostics.append(.warning(code, message, at: document.position(of: node), suggestion: suggestion))
    }

    public mutating func error(_ code: String, _ message: String, at node: Node?, suggestion: String? = nil) {
        diagnostics.append(.error(code, message, at: document.position(of: node), suggestion: suggestion))
    }

    /// The value under `key`; a null or empty value counts as missing.
    private mutating func field(_ map: Node, _ key: String, required: Bool) -> Node? {
        let value = map.value(key)
        if let value, value.null == nil, value.text != "" { return value }
        if required {
            if let value {
                error("missing-field", "'\(key)' is empty", at: value)
            } else {
                error("missing-field", "missing required field '\(key)'", at: map)
            }
        }
        return nil
    }

    public mutating func string(_ map: Node, _ key: String, required: Bool = false) -> String? {
        guard let value = field(map, key, required: required) else { return nil }
        guard let text = value.text else {
            error("invalid-field", "'\(key)' must be text", at: value)
            return nil
        }
        return text
    }

    public mutating func bool(_ map: Node, _ key: String) -> Bool? {
        guard let value = field(map, key, required: false) else { return nil }
        guard let flag = value.bool else {
            error("invalid-field", "'\(key)' must be true or false", at: value)
            return nil
        }
        return flag
    }

    public mutating func int(_ map: Node, _ key: String) -> Int? {
        guard let value = field(map, key, required: false) else { return nil }
        guard let number = value.int else {
            error("invalid-field", "'\(key)' must be a whole number", at: value)
            return nil
        }
        return number
    }

    public mutating func strings(_ map: Node, _ key: String) -> [String]? {
        guard let value = field(map, key, required: false) else { return nil }
        if let single = value.text { return [single] }
        guard let items = value.sequence else {
            error("invalid-field", "'\(key)' must be a list of text", at: value)
            return nil
        }
        return items.compactMap { item in
            if let text = item.text { return text }
            error("invalid-field", "items of '\(key)' must be text", at: item)
            return nil
        }
    }

    /// A translatable field: one string, or a mapping of language code to string.
    public mutating func localized(_ map: Node, _ key: String, required: Bool = false) -> Localized? {
        guard let value = field(map, key, required: required) else { return nil }
        if let text = value.text { return Localized(shared: text) }
        guard value.mapping != nil else {
            error("invalid-field", "'\(key)' must be text or a mapping such as {en: …, zh: …}", at: value)
            return nil
        }
        var values: [String: String] = [:]
        for (code, _, text) in value.pairs {
            guard let string = text.text else {
                error("invalid-field", "'\(key).\(code)' must be text", at: text)
                continue
            }
            values[code] = string
        }
        return Localized(values)
    }
}

