import Yams

/// Reads typed fields out of YAML mappings, recording a positioned diagnostic for each
/// missing or mistyped one.
public struct FieldReader {
    public let document: YAMLDocument
    public var diagnostics: [Diagnostic]
    /// Language codes every translatable field should have.
    public var languages: [String] = ["en", "zh"]

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


extension FieldReader {
    /// Warns about keys not in `known`.
    public mutating func warnUnknown(_ map: Node, _ known: [String], what: String) {
        for (key, keyNode, _) in map.pairs where !known.contains(key) {
            warn("unknown-key", "unknown \(what) key '\(key)'", at: keyNode, suggestion: "known keys: \(known.joined(separator: ", "))")
        }
    }

    /// A translatable field; a language missing from it is a warning naming the field.
    public mutating func translatable(_ map: Node, _ key: String, required: Bool, path: String? = nil) -> Localized {
        guard let value = map.value(key) else {
            if required { error("missing-field", "missing required field '\(path ?? key)'", at: map) }
            return Localized([:])
        }
        return translatable(value, path: path ?? key)
    }

    /// `value` as a translatable field named `path` in messages.
    public mutating func translatable(_ value: Node, path: String) -> Localized {
        if let text = value.text { return Localized(shared: text) }
        guard value.mapping != nil else {
            error("invalid-field", "'\(path)' must be text or a mapping such as {en: …, zh: …}", at: value)
            return Localized([:])
        }
        var values: [String: String] = [:]
        for (code, _, text) in value.pairs {
            guard let string = text.text else { error("invalid-field", "'\(path).\(code)' must be text", at: text); continue }
            values[code] = string
        }
        for code in languages where values[code] == nil {
            warn("missing-translation", "'\(path)' has no '\(code)' text", at: value)
        }
        return Localized(values)
    }

    public mutating func date(_ map: Node, _ key: String, required: Bool) -> PartialDate? {
        guard let text = string(map, key, required: required) else { return nil }
        guard let date = PartialDate(text) else {
            error("invalid-date", "'\(key)' \(text) is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", at: map.value(key))
            return nil
        }
        return date
    }

    public mutating func references(_ map: Node, _ key: String) -> [Reference] {
        guard let value = map.value(key) else { return [] }
        let nodes = value.sequence.map(Array.init) ?? [value]
        return nodes.compactMap { node in
            guard let text = node.text else { error("invalid-field", "items of '\(key)' must be ids", at: node); return nil }
            return Reference(id: text, position: document.position(of: node))
        }
    }

    public mutating func reference(_ map: Node, _ key: String) -> Reference? {
        guard let text = string(map, key) else { return nil }
        return Reference(id: text, position: document.position(of: map.value(key)))
    }
}
