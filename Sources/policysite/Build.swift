import ArgumentParser
import Content
import Foundation
import Site

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build content/ into a static site (the default command).")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Where to write the site (default: <root>/site).")
    var output: String?

    @Flag(name: .long, help: "Print how long each step took, to standard error.")
    var timings = false

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from, replacing site.yml's baseURL; may hold a subpath.")
    var baseURL: String?

    @Option(name: .long, help: "Folder of the incremental build cache (default: <root>/.build-site).")
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Render everything and leave the cache alone.")
    var noCache = false

    func validate() throws {
        if let baseURL, URL(string: baseURL)?.scheme == nil {
            throw ValidationError("--base-url must be an absolute URL such as https://example.org/explainer/")
        }
    }

    func run() async throws {
        let cacheDirectory = noCache ? nil
            : cache.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? BuildOptions.defaultCacheDirectory(root: site.rootURL)
        var options = BuildOptions(root: site.rootURL, output: output.map { URL(fileURLWithPath: $0).standardizedFileURL },
                                   baseURL: baseURL, includeDrafts: site.drafts, cacheDirectory: cacheDirectory)
        options.exitsAfter = true
        let report = SiteBuilder.build(options)
        FileHandle.standardError.write(Data(DiagnosticFormat.text.render(report.diagnostics).utf8))
        print(report.summary)
        if timings { FileHandle.standardError.write(Data(report.timingsText.utf8)) }
        if !report.succeeded { throw ExitCode.contentErrors }
    }
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run every content check without writing anything.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "Output format: text, json or github.")
    var format: DiagnosticFormat = .text

    @Flag(name: .long, help: "Print how long each step took, to standard error.")
    var timings = false

    func run() async throws {
        let report = SiteBuilder.build(BuildOptions(root: site.rootURL, includeDrafts: site.drafts, write: false))
        // Unbuffered, so the summary on stderr follows the diagnostics when both go to a terminal.
        FileHandle.standardOutput.write(Data(format.render(report.diagnostics).utf8))
        if format == .text { FileHandle.standardError.write(Data((report.summary + "\n").utf8)) }
        if timings { FileHandle.standardError.write(Data(report.timingsText.utf8)) }
        if !report.succeeded { throw ExitCode.contentErrors }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
