import Foundation
import Testing
@testable import Templates

/// The Mustache specification's JSON files (github.com/mustache/spec, `specs/*.json`), when
/// MUSTACHE_SPEC_DIR names a folder holding them; they are not part of this repository.
/// Lambdas and dynamic names are not supported, so those files are not read.
@Suite struct SpecTests {
    struct Spec: Decodable {
        struct Case: Decodable {
            let name: String
            let data: JSONValue
            let template: String
            let expected: String
            let partials: [String: String]?
        }
        let tests: [Case]
    }

    enum JSONValue: Decodable {
        case value(TemplateValue)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .value(.null) }
            else if let flag = try? container.decode(Bool.self) { self = .value(.bool(flag)) }
            else if let number = try? container.decode(Int.self) { self = .value(.text(String(number))) }
            else if let number = try? container.decode(Double.self) { self = .value(.text(String(describing: number))) }
            else if let text = try? container.decode(String.self) { self = .value(.text(text)) }
            else if let list = try? container.decode([JSONValue].self) { self = .value(.list(list.map(\.templateValue))) }
            else { self = .value(.object(try container.decode([String: JSONValue].self).mapValues(\.templateValue))) }
        }

        var templateValue: TemplateValue {
            switch self { case .value(let value): return value }
        }
    }

    /// The spec's rules for re-indenting a block whose tags stand on their own lines are not
    /// implemented: such a block's lines keep the indentation they were written with.
    static let unsupported: Set<String> = ["Block reindentation", "Intrinsic indentation", "Nested block reindentation"]

    static let files = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"]

    @Test(.enabled(if: ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"] != nil), arguments: files)
    func specification(_ file: String) throws {
        let folder = URL(fileURLWithPath: ProcessInfo.processInfo.environment["MUSTACHE_SPEC_DIR"] ?? "")
        let spec = try JSONDecoder().decode(Spec.self, from: Data(contentsOf: folder.appendingPathComponent("\(file).json")))
        var passed = 0
        for test in spec.tests where !Self.unsupported.contains(test.name) {
            var library = TemplateLibrary()
            do {
                library.register(try CompiledTemplate(test.template), named: "__test__")
                for (name, text) in test.partials ?? [:] { library.register(try CompiledTemplate(text), named: name) }
            } catch {
                Issue.record("\(file) / \(test.name): \(error)")
                continue
            }
            let output = (try? library.render(test.data.templateValue, template: "__test__")).map { String(decoding: $0, as: UTF8.self) }
            if output == test.expected { passed += 1 } else {
                Issue.record("\(file) / \(test.name): expected \(test.expected.debugDescription), got \(String(describing: output?.debugDescription))")
            }
        }
        print("mustache spec \(file): \(passed) passed, \(spec.tests.count - passed) not (unsupported: \(spec.tests.filter { Self.unsupported.contains($0.name) }.count))")
    }
}
