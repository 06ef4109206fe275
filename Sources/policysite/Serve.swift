import ArgumentParser
import Foundation
import Preview

/// `policysite serve`: preview with live reload.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, serve it on 127.0.0.1:8080, rebuild on every change and reload open pages.")

    @OptionGroup var site: SiteOptions

    @Option(name: .long, help: "The address to listen on. Only loopback by default; 0.0.0.0 serves every interface.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port; 0 picks a free one and prints it.")
    var port = 8080

    @Option(name: .customLong("base-url"), help: "A base URL whose subpath the site is served under (host and port are the server's).")
    var baseURL: String?

    func run() async throws {
        var options = ServeOptions(root: site.rootURL)
        options.host = host
        options.port = port
        options.baseURL = baseURL
        options.includeDrafts = site.drafts
        do {
            try await PreviewServer.run(options) { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        } catch let error as PreviewServer.StartError {
            FileHandle.standardError.write(Data("policysite serve: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
