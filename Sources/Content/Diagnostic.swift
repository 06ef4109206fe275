import Foundation

/// One problem found in a site's sources, with where it is, like a compiler's.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    /// The pipeline phase that found it (DESIGN.md §3).
    public enum Phase: String, Sendable, Codable {
        case load, resolve, render, write
    }

    /// Path relative to the site root, e.g. `content/index.md`.
    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var code: String
    public var message: String
    public var suggestion: String?
    public var phase: Phase

    public init(file: String, line: Int, column: Int, severity: Severity = .error, code: String,
                message: String, suggestion: String? = nil, phase: Phase = .load) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.code = code
        self.message = message
        self.suggestion = suggestion
        self.phase = phase
    }

    public static func error(_ code: String, _ message: String, at position: SourcePosition,
                             suggestion: String? = nil, phase: Phase = .load) -> Diagnostic {
        Diagnostic(file: position.file, line: position.line, column: position.column, severity: .error,
                   code: code, message: message, suggestion: suggestion, phase: phase)
    }

    public static func warning(_ code: String, _ message: String, at position: SourcePosition,
                               suggestion: String? = nil, phase: Phase = .load) -> Diagnostic {
        Diagnostic(file: position.file, line: position.line, column: position.column, severity: .warning,
                   code: code, message: message, suggestion: suggestion, phase: phase)
    }
}

/// A place in a source file: path relative to the site root, 1-based line and column
/// (columns count Unicode scalars).
public struct SourcePosition: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then code: the order they are printed in.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { ($0.file, $0.line, $0.column, $0.code, $0.message) < ($1.file, $1.line, $1.column, $1.code, $1.message) }
    }

    public var errorCount: Int { count { $0.severity == .error } }
    public var warningCount: Int { count { $0.severity == .warning } }
}
