/// What a template sees: text, a flag, a list or an object of named values. Views are
/// built as `[String: Any]` and converted once per render, so that rendering itself does
/// no dynamic casts.
public enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
    case null

    /// Converts view values: strings, booleans, numbers, arrays and string-keyed
    /// dictionaries of these (nested at any depth). Anything else renders as its description.
    public init(_ any: Any) {
        switch any {
        case let value as TemplateValue: self = value
        case let value as String: self = .text(value)
        case let value as Bool: self = .bool(value)
        case let value as Int: self = .text(String(value))
        case let value as [String: Any]: self = .object(value.mapValues(TemplateValue.init))
        case let value as [[String: Any]]: self = .list(value.map { .object($0.mapValues(TemplateValue.init)) })
        case let value as [String]: self = .list(value.map { .text($0) })
        case let value as [Any]: self = .list(value.map(TemplateValue.init))
        case let value as Substring: self = .text(String(value))
        case let value as Double: self = .text(String(describing: value))
        default:
            let mirror = Mirror(reflecting: any)
            if mirror.displayStyle == .optional {
                self = mirror.children.first.map { TemplateValue($0.value) } ?? .null
            } else {
                self = .text(String(describing: any))
            }
        }
    }

    /// Whether a section renders for this value (and an inverted section does not):
    /// everything but `false`, null and the empty list. An empty string counts as a value.
    var isTruthy: Bool {
        switch self {
        case .bool(let value): return value
        case .null: return false
        case .list(let items): return !items.isEmpty
        case .text, .object: return true
        }
    }

    /// The value's child `name`, if it is an object that has one.
    @inline(__always) func child(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .text(String(value)) }
    public init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    /// Text, or null for nil (a section over it does not render).
    public static func text(_ value: String?) -> TemplateValue { value.map { .text($0) } ?? .null }

    /// The strings of a dictionary, as an object.
    public static func strings(_ values: [String: String]) -> TemplateValue { .object(values.mapValues { .text($0) }) }
}
