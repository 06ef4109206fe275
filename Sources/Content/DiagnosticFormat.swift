import Foundation

/// The ways `check` and `build` print diagnostics.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github

    /// Renders `diagnostics` (already sorted) in this format.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        switch self {
        case .text: return diagnostics.map(Self.text).joined()
        case .json: return Self.json(diagnostics)
        case .github: return diagnostics.map(Self.github).joined()
        }
    }

    /// `content/x.md:3:5: error: message [code]` and a `note:` line with the suggestion.
    static func text(_ d: Diagnostic) -> String {
        var out = "\(d.file):\(d.line):\(d.column): \(d.severity.rawValue): \(d.phase.rawValue): \(d.message) [\(d.code)]\n"
        if let suggestion = d.suggestion { out += "\(d.file):\(d.line):\(d.column): note: \(suggestion)\n" }
        return out
    }

    static func github(_ d: Diagnostic) -> String {
        var message = "\(d.message) [\(d.code)]"
        if let suggestion = d.suggestion { message += "\n\(suggestion)" }
        return "::\(d.severity.rawValue) file=\(escapeProperty(d.file)),line=\(d.line),col=\(d.column),title=\(d.code)::\(escapeData(message))\n"
    }

    static func json(_ diagnostics: [Diagnostic]) -> String {
        struct Item: Encodable {
            let file: String, line: Int, column: Int, severity: String, code: String, message: String
            let suggestion: String?, phase: String
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(file, forKey: .file)
                try c.encode(line, forKey: .line)
                try c.encode(column, forKey: .column)
                try c.encode(severity, forKey: .severity)
                try c.encode(code, forKey: .code)
                try c.encode(message, forKey: .message)
                try c.encode(suggestion, forKey: .suggestion)  // null, not absent, when there is none
                try c.encode(phase, forKey: .phase)
            }
            enum CodingKeys: String, CodingKey { case file, line, column, severity, code, message, suggestion, phase }
        }
        struct Document: Encodable { let diagnostics: [Item] }
        let items = diagnostics.map {
            Item(file: $0.file, line: $0.line, column: $0.column, severity: $0.severity.rawValue, code: $0.code,
                 message: $0.message, suggestion: $0.suggestion, phase: $0.phase.rawValue)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(Document(diagnostics: items))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // GitHub workflow commands escape %, CR and LF in data, and also : and , in properties.
    private static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
