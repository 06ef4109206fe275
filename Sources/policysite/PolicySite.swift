import ArgumentParser
import Content
import Foundation
import Site

@main
struct PolicySite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policysite",
        abstract: "Builds bilingual (English / 简体中文) policy explainer sites.",
        version: PolicySiteVersion.current,
        subcommands: [Build.self, Check.self, Serve.self, Init.self, Hooks.self, PinyinCommand.self],
        defaultSubcommand: Build.self)
}

enum PolicySiteVersion {
    static let current = "0.1.0"
}

/// Options every command that reads a site takes.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site's folder, holding content/ and optionally templates/.")
    var root: String = "."

    @Flag(name: .long, help: "Include pages whose front matter says draft: true.")
    var drafts = false

    var rootURL: URL { URL(fileURLWithPath: root).standardizedFileURL }

    func validate() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rootURL.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--root \(root) is not a folder")
        }
    }
}

/// Exit status 1: the content has errors.
struct ContentErrors: Error, CustomStringConvertible {
    var description: String { "" }
}

extension ExitCode {
    static let contentErrors = ExitCode(1)
}
