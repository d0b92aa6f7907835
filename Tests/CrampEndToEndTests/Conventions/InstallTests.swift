import Foundation
import Testing

/// The install step of the README, the man page and the shell completions it installs (issue 13, "Conventions of
/// the ecosystem"), run as a person would: the README's own lines, then `man`, bash, zsh and fish on what they wrote.
@Suite("Install: man page and completions under a prefix")
struct InstallTests {
    /// The repository's root, two folders above this file's folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The README's install lines, with the build left out (the test runs the binary built for it) and the prefix
    /// and the build folder set to the test's own.
    static func installScript(prefix: String) throws -> String {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- install:"))
        let end = try #require(readme.range(of: "<!-- /install -->"))
        let block = readme[start.upperBound..<end.lowerBound]
        let fenceStart = try #require(block.range(of: "```sh\n"))
        let fenceEnd = try #require(block.range(of: "\n```", range: fenceStart.upperBound..<block.endIndex))
        var lines: [String] = []
        for line in block[fenceStart.upperBound..<fenceEnd.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("swift build") { continue }
            if line.hasPrefix("PREFIX=") { lines.append("PREFIX='\(prefix)'"); continue }
            if line.hasPrefix("bin=") { lines.append("bin='\(CrampRun.binary.deletingLastPathComponent().path)'"); continue }
            lines.append(String(line))
        }
        // The two lines replaced must have been there: otherwise the README's step changed and this test would install
        // into the person's own home.
        #expect(lines.contains("PREFIX='\(prefix)'") && lines.contains { $0.hasPrefix("bin='") })
        return "set -eu\n" + lines.joined(separator: "\n") + "\n"
    }

    /// Runs a program with arguments and environment; its status, standard output and standard error.
    static func run(_ program: String, _ arguments: [String], environment: [String: String], in folder: URL) throws
        -> (status: Int32, out: String, err: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// Installs into a fresh prefix inside `cramp`'s folder; the prefix's path.
    static func install(_ cramp: CrampRun) throws -> String {
        let prefix = cramp.folder.appendingPathComponent("prefix").path
        let result = try run("/bin/bash", ["-c", try installScript(prefix: prefix)], environment: cramp.environment(), in: cramp.folder)
        #expect(result.status == 0, "install step failed: \(result.err)")
        return prefix
    }

    /// Every visible command path (`log`, `checkin list`, ...) and its visible long option names, from the parser's own
    /// description of the commands.
    static func commandTree(_ cramp: CrampRun) throws -> [(path: String, options: [String])] {
        let dump = try cramp.run(["--experimental-dump-help"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        var found: [(String, [String])] = []
        func walk(_ command: [String: Any], path: [String]) {
            for sub in command["subcommands"] as? [[String: Any]] ?? [] where sub["shouldDisplay"] as? Bool ?? true {
                let name = sub["commandName"] as? String ?? "?"
                let options = (sub["arguments"] as? [[String: Any]] ?? []).compactMap { argument -> String? in
                    guard argument["shouldDisplay"] as? Bool ?? true, argument["kind"] as? String != "positional" else { return nil }
                    return (argument["names"] as? [[String: Any]] ?? []).first { $0["kind"] as? String == "long" }?["name"] as? String
                }
                found.append(((path + [name]).joined(separator: " "), options))
                walk(sub, path: path + [name])
            }
        }
        walk(try #require(json["command"] as? [String: Any]), path: [])
        return found
    }

    // Issue 13: the README's install step puts the binary, the man page and the three completion scripts under the
    // prefix, where man, bash-completion, zsh and fish look.
    @Test func theReadmesInstallStepPutsEverythingUnderThePrefix() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let prefix = try Self.install(cramp)
        let expected: [(String, Int)] = [
            ("bin/cramp", 0o755), ("share/man/man1/cramp.1", 0o644), ("share/bash-completion/completions/cramp", 0o644),
            ("share/zsh/site-functions/_cramp", 0o644), ("share/fish/vendor_completions.d/cramp.fish", 0o644),
        ]
        for (path, mode) in expected {
            let attributes = try FileManager.default.attributesOfItem(atPath: prefix + "/" + path)
            #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o022 == 0 && ($0 & 0o111 != 0) == (mode == 0o755) } == true,
                    "\(path) has mode \(String(attributes[.posixPermissions] as? Int ?? 0, radix: 8))")
            #expect((attributes[.size] as? Int ?? 0) > 1000, "\(path) is nearly empty")
        }
        let installed = try Self.run(prefix + "/bin/cramp", ["--version"], environment: cramp.environment(), in: cramp.folder)
        let built = try cramp.run(["--version"])
        #expect(installed.status == 0 && installed.out == built.stdout)
    }

    // Issue 13: the man page is generated from the commands: every visible command and every long option has its
    // entry, it renders with man without a warning, and the installed page is what `cramp manual` writes now.
    @Test func theManPageNamesEveryCommandAndOptionAndRendersCleanly() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let prefix = try Self.install(cramp)
        let page = try String(contentsOfFile: prefix + "/share/man/man1/cramp.1", encoding: .utf8)
        #expect(page == (try cramp.run(["manual"])).stdout)
        let tree = try Self.commandTree(cramp)
        #expect(tree.count >= 30, "only \(tree.count) commands found in the parser's description")
        for (path, options) in tree {
            #expect(page.contains(".Ss \(path)\n"), "no entry for cramp \(path)")
            for option in options where !["help", "version", "db", "now"].contains(option) {
                #expect(page.contains("Fl -\(option)"), "cramp \(path): --\(option) is not in the man page")
            }
        }
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "ENVIRONMENT", "FILES", "EXIT STATUS", "EXAMPLES"] {
            #expect(page.contains(".Sh \(section)\n"))
        }
        #expect(page.contains(".It Fl -db Ar path") && page.contains(".It Fl -now Ar time"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff"), FileManager.default.isExecutableFile(atPath: "/usr/bin/man")
        else {
            print("skipped rendering the man page: needs groff and man (Debian groff-base, man-db)")
            return
        }
        let lint = try Self.run("/usr/bin/groff", ["-mandoc", "-ww", "-z", prefix + "/share/man/man1/cramp.1"],
                                environment: cramp.environment(), in: cramp.folder)
        #expect(lint.status == 0 && lint.err.isEmpty, "groff warns: \(lint.err)")
        var environment = cramp.environment()
        environment["MANWIDTH"] = "80"
        environment["MANPATH"] = prefix + "/share/man"
        let shown = try Self.run("/usr/bin/man", ["cramp"], environment: environment, in: cramp.folder)
        #expect(shown.status == 0, "man cramp failed: \(shown.err)")
        #expect(shown.out.contains("A private diary for leg cramps") && shown.out.contains("EXIT STATUS"))
    }

    // Issue 13: the installed bash completion completes commands, flags, leg and period words, trigger and relief
    // names known and already in the diary, and a relief's outcomes.
    @Test func bashCompletesCommandsFlagsWordsAndTheDiarysOwnNames() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let prefix = try Self.install(cramp)
        #expect(try cramp.run(["log", "left", "calf", "2m", "--trigger", "gardening", "--relief", "pickle juice:helped"]).status == 0)
        let script = """
            source '\(prefix)/share/bash-completion/completions/cramp'
            comp() {
                COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
                COMPREPLY=(); _cramp cramp "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
                printf '%s|' "${COMPREPLY[@]}"; echo
            }
            comp cramp lo
            comp cramp log --rel
            comp cramp log --leg ''
            comp cramp log --trigger g
            comp cramp log --relief pi
            comp cramp log --relief stretch:
            comp cramp log left ca
            comp cramp list la
            comp cramp report la
            """
        // The script calls back into the cramp found on PATH, as in a person's shell.
        var environment = cramp.environment()
        environment["PATH"] = prefix + "/bin:" + (environment["PATH"] ?? "/usr/bin:/bin")
        let result = try Self.run("/bin/bash", ["-c", script], environment: environment, in: cramp.folder)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.split(separator: "\n").map(String.init) == [
            "log|",
            "--relief|",
            "left|right|both|",
            "gardening|",
            "pickle juice|",
            "stretch:helped|stretch:partly|stretch:no-help|stretch:unsure|",
            "calf|",
            "last|",
            "last|",
        ])
    }

    // Issue 13: the zsh and fish scripts load in their shells; fish completes commands and leg words from the installed
    // file (its completions that call back into cramp need an interactive fish, which bash's test covers).
    @Test func zshAndFishLoadTheirScripts() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let prefix = try Self.install(cramp)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/zsh") {
            let zsh = try Self.run("/usr/bin/zsh", ["-c", "autoload -U compinit && compinit -u && source '\(prefix)/share/zsh/site-functions/_cramp' && whence -w _cramp"],
                                   environment: cramp.environment(), in: cramp.folder)
            #expect(zsh.status == 0 && zsh.out == "_cramp: function\n", "zsh: \(zsh.out) \(zsh.err)")
        } else {
            print("skipped the zsh check: needs zsh (Debian zsh; .ci/run installs it)")
        }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/fish") {
            let fish = try Self.run("/usr/bin/fish", ["-c", """
                source '\(prefix)/share/fish/vendor_completions.d/cramp.fish'; complete -C 'cramp lo'; complete -C 'cramp log --leg '
                """], environment: cramp.environment(), in: cramp.folder)
            #expect(fish.status == 0, "fish: \(fish.err)")
            #expect(fish.out.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") } == ["log", "left", "right", "both"])
        } else {
            print("skipped the fish check: needs fish (Debian fish; .ci/run installs it)")
        }
    }

    // Issue 13: builds are reproducible: Package.resolved is committed and pins both packages Package.swift names, at
    // versions its requirements accept.
    @Test func packageResolvedPinsBothPackages() throws {
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let resolved = try Data(contentsOf: Self.root.appendingPathComponent("Package.resolved"))
        let json = try #require(try JSONSerialization.jsonObject(with: resolved) as? [String: Any])
        let pins = try #require(json["pins"] as? [[String: Any]])
        var versions: [String: String] = [:]
        for pin in pins {
            let state = pin["state"] as? [String: Any]
            versions[pin["identity"] as? String ?? ""] = state?["version"] as? String
        }
        #expect(versions.keys.sorted() == ["swift-argument-parser", "swift-property-based"])
        for (identity, version) in versions {
            // `from: "X.Y.Z"` accepts X.Y.Z up to the next major version.
            let pattern = "\(identity)\", from: \""
            let range = try #require(manifest.range(of: pattern), "Package.swift does not name \(identity) with from:")
            let minimum = manifest[range.upperBound...].prefix { $0 != "\"" }
            let have = version.split(separator: ".").compactMap { Int($0) }
            let need = minimum.split(separator: ".").compactMap { Int($0) }
            #expect(have.first == need.first && have.lexicographicallyPrecedes(need) == false, "\(identity) \(version) vs from: \(minimum)")
        }
        let tracked = try Self.run("/usr/bin/git", ["-C", Self.root.path, "ls-files", "--error-unmatch", "Package.resolved"],
                                   environment: ProcessInfo.processInfo.environment, in: Self.root)
        #expect(tracked.status == 0, "Package.resolved is not committed")
    }
}
