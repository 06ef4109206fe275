import ArgumentParser
import Foundation

/// `policysite hooks install|uninstall`: a git pre-commit hook that checks what is being
/// committed and rebuilds `site/` from it.
struct Hooks: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Install or remove the git pre-commit hook that checks the site and rebuilds site/.",
        subcommands: [Install.self, Uninstall.self])

    struct Install: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Install the pre-commit hook; an existing hook is kept and runs first.")
        @Option(name: .long, help: "The site's folder, inside a git work tree.")
        var root: String = "."

        func run() async throws {
            let place = try HookPlace(root: root)
            let message = try place.install(executable: HookPlace.currentExecutable())
            print(message)
        }
    }

    struct Uninstall: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove policysite's pre-commit hook and put back the hook it replaced, if any.")
        @Option(name: .long, help: "The site's folder, inside a git work tree.")
        var root: String = "."

        func run() async throws {
            print(try HookPlace(root: root).uninstall())
        }
    }
}

/// Where the hook goes, and the files it owns: `pre-commit` (ours, marked) and
/// `pre-commit.pre-policysite` (the hook that was there before, which ours runs first).
struct HookPlace {
    static let marker = "# policysite pre-commit hook"
    let hooksDirectory: URL
    /// The site's folder relative to the work tree's top (`.` or `docs`).
    let siteFolder: String

    var hook: URL { hooksDirectory.appendingPathComponent("pre-commit") }
    var chained: URL { hooksDirectory.appendingPathComponent("pre-commit.pre-policysite") }

    init(root: String) throws {
        let rootURL = URL(fileURLWithPath: root).standardizedFileURL
        let answer = try Self.git(["rev-parse", "--git-path", "hooks", "--show-prefix"], in: rootURL)
        let lines = answer.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2 else { throw ValidationError("\(root) is not inside a git work tree") }
        let hooks = lines[0].hasPrefix("/") ? URL(fileURLWithPath: lines[0]) : rootURL.appendingPathComponent(lines[0])
        hooksDirectory = hooks.standardizedFileURL
        let prefix = lines[1].hasSuffix("/") ? String(lines[1].dropLast()) : lines[1]
        siteFolder = prefix.isEmpty ? "." : prefix
    }

    /// The running binary: `.build/debug/policysite` under `swift run`, or the installed one.
    static func currentExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
    }

    func isOurs(_ url: URL) -> Bool {
        (try? String(contentsOf: url, encoding: .utf8))?.contains(Self.marker) ?? false
    }

    func install(executable: String) throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(at: hooksDirectory, withIntermediateDirectories: true)
        var kept = ""
        if fm.fileExists(atPath: hook.path), !isOurs(hook) {
            guard !fm.fileExists(atPath: chained.path) else {
                throw ValidationError("both \(hook.path) and \(chained.path) exist; move one away and install again")
            }
            try fm.moveItem(at: hook, to: chained)
            kept = "; the existing hook was kept as \(chained.lastPathComponent) and runs first"
        }
        let updating = fm.fileExists(atPath: hook.path)
        try Data(Self.script(executable: executable, siteFolder: siteFolder).utf8).write(to: hook)
        try fm.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        return "\(updating ? "updated" : "installed") \(hook.path)\(kept)"
    }

    func uninstall() throws -> String {
        let fm = FileManager.default
        guard fm.fileExists(atPath: hook.path), isOurs(hook) else {
            return "no policysite hook in \(hooksDirectory.path); nothing to remove"
        }
        try fm.removeItem(at: hook)
        if fm.fileExists(atPath: chained.path) {
            try fm.moveItem(at: chained, to: hook)
            return "removed policysite's hook; \(hook.lastPathComponent) is the earlier hook again"
        }
        return "removed \(hook.path)"
    }

    /// The hook: runs the earlier hook, then checks the staged content (not the work tree:
    /// that is what gets committed) and rebuilds `site/` from it.
    static func script(executable: String, siteFolder: String) -> String {
        #"""
        #!/bin/sh
        \#(marker): installed by `policysite hooks install`,
        # removed by `policysite hooks uninstall`. Skip it once with `git commit --no-verify`.
        policysite=\#(shellQuoted(executable))
        site_folder=\#(shellQuoted(siteFolder))

        here=$(dirname "$0")
        if [ -x "$here/pre-commit.pre-policysite" ]; then
            "$here/pre-commit.pre-policysite" "$@" || exit $?
        fi
        if [ ! -x "$policysite" ]; then
            policysite=$(command -v policysite) || {
                echo "policysite pre-commit hook: cannot find policysite; run 'policysite hooks install' again" >&2
                exit 1
            }
        fi
        top=$(git rev-parse --show-toplevel) || exit 1
        staged=$(mktemp -d "${TMPDIR:-/tmp}/policysite-commit.XXXXXX") || exit 1
        trap 'rm -rf "$staged"' EXIT
        # What is staged for the commit, not what is in the work tree.
        (cd "$top" && git ls-files -z --cached -- "$site_folder/content" "$site_folder/templates" |
            git checkout-index -z --stdin --prefix="$staged/") || exit 1
        if ! "$policysite" check --root "$staged/$site_folder"; then
            echo "policysite: commit refused: fix the errors above (the paths are those of the staged files)" >&2
            exit 1
        fi
        site="$top/$site_folder"
        "$policysite" build --root "$staged/$site_folder" --output "$site/site" --cache "$site/.build-site" || exit 1

        """#
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    static func git(_ arguments: [String], in directory: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("\(directory.path) is not inside a git work tree (git \(arguments.joined(separator: " ")) failed)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
