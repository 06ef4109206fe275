import Content
import Foundation
import Site

/// A copy of a fixture site in a temporary folder, so tests can build and break it freely.
struct FixtureSite {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/sites").standardized

    let root: URL
    var output: URL { root.appendingPathComponent("site") }

    /// Copies `Tests/Fixtures/sites/<name>`.
    init(_ name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("policysite-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: root)
    }

    /// Copies the files of `Tests/Fixtures/sites/broken/<name>` over this site.
    func apply(broken name: String) throws {
        let overlay = Self.fixtures.appendingPathComponent("broken/\(name)")
        let files = FileManager.default.enumerator(at: overlay, includingPropertiesForKeys: nil)!
        for case let url as URL in files where !url.hasDirectoryPath {
            let relative = String(url.standardizedFileURL.path.dropFirst(overlay.standardizedFileURL.path.count + 1))
            let target = root.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: url, to: target)
        }
    }

    @discardableResult
    func build(baseURL: String? = nil, output: URL? = nil, drafts: Bool = false) -> BuildReport {
        SiteBuilder.build(BuildOptions(root: root, output: output ?? self.output, baseURL: baseURL, includeDrafts: drafts))
    }

    func html(_ path: String, in output: URL? = nil) throws -> String {
        try String(contentsOf: (output ?? self.output).appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file of a built site, relative path → bytes.
    static func snapshot(_ dir: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = dir.standardizedFileURL.path + "/"
        for case let url as URL in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)! {
            guard !url.hasDirectoryPath, let data = try? Data(contentsOf: url) else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = data
        }
        return files
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

extension String {
    /// Every value of `attribute="…"` in this HTML.
    func attributeValues(_ attribute: String) -> [String] {
        matches(of: try! Regex("\(attribute)=\"([^\"]*)\"")).compactMap { $0.output[1].substring.map(String.init) }
    }
}
