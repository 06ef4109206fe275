import Foundation
import Testing
import Yams

/// `.github/workflows/publish.yml` is valid YAML, deploys with the official Pages actions,
/// and runs exactly the commands the README gives.
@Suite struct PublishWorkflowTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized

    private func text(_ path: String) throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
    }

    private func workflow() throws -> [String: Any] {
        let loaded = try Yams.load(yaml: try text(".github/workflows/publish.yml"))
        return try #require(loaded as? [String: Any], "the workflow is a YAML mapping")
    }

    private func steps(_ job: String, in workflow: [String: Any]) throws -> [[String: Any]] {
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let found = try #require(jobs[job] as? [String: Any], "job \(job)")
        return try #require(found["steps"] as? [[String: Any]], "steps of \(job)")
    }

    @Test func runsOnEveryPushToMainWithPagesPermissions() throws {
        let workflow = try workflow()
        let on = try #require(workflow["on"] as? [String: Any], "'on' is a mapping, not YAML 1.1's true")
        let push = try #require(on["push"] as? [String: Any])
        #expect(push["branches"] as? [String] == ["main"])
        let permissions = try #require(workflow["permissions"] as? [String: String])
        #expect(permissions["pages"] == "write" && permissions["id-token"] == "write")
    }

    @Test func itsCommandsAreTheREADMEs() throws {
        let readme = try text("README.md")
        let runs = try steps("build", in: workflow()).compactMap { $0["run"] as? String }
        let makes = runs.filter { $0.hasPrefix("make ") }
        #expect(makes == ["make test", #"make site BASE_URL="${{ steps.pages.outputs.base_url }}/""#],
                "test, then build with the Pages URL: \(makes)")
        for command in makes {
            // The README writes the Pages URL as a placeholder: compare up to the value.
            let stem = command.components(separatedBy: "=").first! + (command.contains("=") ? "=" : "")
            #expect(readme.contains("`\(stem)"), "the README does not give `\(stem)…`")
        }
        // The system packages are the Makefile's (which `make` would otherwise apt-get itself).
        let makefile = try text("Makefile")
        let aptLine = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("APT_PACKAGES = ") })
        let packages = aptLine.dropFirst("APT_PACKAGES = ".count).split(separator: " ").map(String.init)
        let install = try #require(runs.first { $0.contains("apt-get install") })
        for package in packages { #expect(install.contains(package), "the workflow does not install \(package)") }
    }

    @Test func deploysSiteWithTheOfficialPagesActions() throws {
        let workflow = try workflow()
        let build = try steps("build", in: workflow)
        let uses = build.compactMap { $0["uses"] as? String }
        #expect(uses.contains { $0.hasPrefix("actions/checkout@") })
        #expect(uses.contains { $0.hasPrefix("actions/configure-pages@") })
        let upload = try #require(build.first { ($0["uses"] as? String)?.hasPrefix("actions/upload-pages-artifact@") == true })
        #expect((upload["with"] as? [String: Any])?["path"] as? String == "site")
        let configure = try #require(build.first { ($0["uses"] as? String)?.hasPrefix("actions/configure-pages@") == true })
        #expect(configure["id"] as? String == "pages", "make site reads steps.pages.outputs.base_url")
        // Order: test before building, building before uploading.
        let order = build.map { ($0["run"] as? String) ?? ($0["uses"] as? String) ?? "" }
        let test = try #require(order.firstIndex(of: "make test"))
        let site = try #require(order.firstIndex { $0.hasPrefix("make site") })
        let artifact = try #require(order.firstIndex { $0.hasPrefix("actions/upload-pages-artifact@") })
        #expect(test < site && site < artifact)
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let deploy = try #require(jobs["deploy"] as? [String: Any])
        #expect(deploy["needs"] as? String == "build")
        #expect(try steps("deploy", in: workflow).contains { ($0["uses"] as? String)?.hasPrefix("actions/deploy-pages@") == true })
    }
}
