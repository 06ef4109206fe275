import Foundation
import Yams

/// Parsed YAML with positions, so every check can point at the line and column it is about.
public struct YAMLDocument {
    public let root: Yams.Node?
    /// The file the YAML came from, relative to the site root.
    public let file: String
    /// Lines before the YAML within the file (front matter starts on line 2).
    public let lineOffset: Int

    /// Parses `text`, or returns a diagnostic at the position Yams reports.
    public static func parse(_ text: String, file: String, lineOffset: Int = 0) -> Result<YAMLDocument, Diagnostic> {
        do {
            let root = try Yams.compose(yaml: text)
            return .success(YAMLDocument(root: root, file: file, lineOffset: lineOffset))
        } catch let error as YamlError {
            let lines = text.reduce(into: 1) { count, ch in if ch == "\n" { count += 1 } }
            return .failure(diagnostic(for: error, file: file, lineOffset: lineOffset, lines: lines))
        } catch {
            return .failure(.error("yaml-syntax", "\(error)", at: SourcePosition(file: file, line: lineOffset + 1)))
        }
    }

    /// Where `node` starts in the file.
    public func position(of node: Yams.Node?) -> SourcePosition {
        guard let mark = node?.mark else { return SourcePosition(file: file, line: lineOffset + 1, column: 1) }
        return SourcePosition(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// A problem found at the end of the text, or lines after an unclosed quote or bracket, is
    /// reported where the unclosed construct starts, which is where it needs fixing.
    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int, lines: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourcePosition {
            SourcePosition(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line + lineOffset))" } ?? ""
            let atEnd = mark.line >= lines && mark.column == 1 || mark.line > lines
            // An unclosed bracket or quote is found lines later, where the parser gives up.
            let unclosed = context.map { ($0.text.contains("flow") || $0.text.contains("quoted")) && mark.line > $0.mark.line } ?? false
            return .error("yaml-syntax", "YAML: \(problem)\(detail)", at: at(atEnd || unclosed ? context?.mark ?? mark : mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("yaml-duplicate-key", "YAML: duplicate key \(duplicates.joined(separator: ", "))",
                          at: at(context.mark))
        default:
            return .error("yaml-syntax", "YAML: \(error)", at: SourcePosition(file: file, line: lineOffset + 1))
        }
    }
}

extension Yams.Node {
    /// The scalar's text, or nil for a mapping or sequence.
    public var text: String? { scalar?.string }

    /// The mapping's pairs in source order, keys as strings.
    public var pairs: [(key: String, keyNode: Yams.Node, value: Yams.Node)] {
        guard let mapping else { return [] }
        return mapping.map { (key: $0.key.text ?? "", keyNode: $0.key, value: $0.value) }
    }

    /// The value under `key` of a mapping.
    public func value(_ key: String) -> Yams.Node? {
        mapping?.first { $0.key.text == key }?.value
    }
}
