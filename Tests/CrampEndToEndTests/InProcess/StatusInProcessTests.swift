import Foundation
import Testing

/// Bare `cramp` and `cramp status` through the real command, and what the argument parser itself answers
/// (help, version, unknown commands) through `Cramp.execute`.
@Suite("in process: status, help, version")
struct StatusInProcessTests {
    @Test(arguments: [[String](), ["status"]])
    func anEmptyDiaryGetsAGreetingAndNoFile(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.ok(arguments)
        #expect(result.outputLines == [
            "No diary yet at \(cramp.database).",
            "Log your first cramp with, for example: cramp log left calf 2m",
            "More: cramp --help",
        ])
        #expect(result.stderr.isEmpty)
        #expect(cramp.names().isEmpty, "status created \(cramp.names())")
    }

    @Test(arguments: [[String](), ["status"]])
    func withDataItCountsTheLastEpisodeLastNightAndTheWeek(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke"])       // night of Fri 20
        cramp.ok(["log", "right", "foot", "1m", "--at", "tue 02:00"])            // night of Mon 16: this week
        cramp.ok(["log", "left", "foot", "5m", "--numbness", "--at", "wed 01:00"]) // night of Tue 17
        cramp.ok(["log", "right", "calf", "1m", "--at", "mon 02:00"])            // night of Sun 15: last week
        let result = cramp.ok(arguments)
        #expect(result.outputLines == [
            "Diary: \(cramp.database) (4 episodes)",
            "Last episode: #1 cramp, left calf, 2m, Sat 2026-11-21 03:10 +01:00, night of Fri 2026-11-20, woke: yes",
            "Last night (Fri 2026-11-20): 1 cramp on 1 night",
            "This week, Mon 2026-11-16 to Sat 2026-11-21 (6 nights): 2 cramps on 2 nights, 1 numbness episode",
        ], "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func duringTheNightItShowsTonightSoFar() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.now = "2026-11-21T23:30"
        cramp.ok(["log", "left", "calf", "2m", "--at", "23:00"])
        let lines = cramp.ok(["status"]).outputLines
        #expect(lines.count == 4)
        #expect(lines.dropFirst(2).first == "Tonight (Sat 2026-11-21, so far): 1 cramp on 1 night", "\(lines)")
    }

    @Test func aDiaryWhoseEpisodesWereDeletedSaysSo() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        cramp.ok(["delete", "1"])
        #expect(cramp.ok([]).outputLines == [
            "Diary: \(cramp.database) (0 episodes)",
            "No episodes yet. Log one with, for example: cramp log left calf 2m",
        ])
    }

    @Test func helpAndVersionGoToStandardOutputWithZero() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let help = cramp.ok(["--help"])
        #expect(help.stdout.hasPrefix("OVERVIEW: A private diary for leg cramps"), "\(help.stdout)")
        #expect(help.stdout.contains("SUBCOMMANDS:") && help.stdout.contains("summary"))
        #expect(help.stderr.isEmpty)
        let logHelp = cramp.ok(["log", "--help"])
        #expect(logHelp.stdout.contains("--dry-run") && logHelp.stdout.contains("--yes"), "\(logHelp.stdout)")
        let version = cramp.ok(["--version"])
        #expect(version.stdout == "0.1.0\n")
        #expect(version.stderr.isEmpty)
        #expect(cramp.names().isEmpty)
    }

    @Test(arguments: [["bogus"], ["list", "--bogus"], ["config", "frobnicate"], ["show"]])
    func unknownCommandsAndOptionsAreUsageErrors(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.stdout.isEmpty)
        // Issue 13: one line and a pointer to the help, not the parser's several lines of usage.
        #expect(result.stderr.hasPrefix("cramp: ") && result.stderr.hasSuffix(" --help)\n"), "\(result.stderr)")
        #expect(result.messageLines.count == 1, "\(result.stderr)")
        #expect(cramp.names().isEmpty)
    }

    /// The README promises exit 74 whenever standard output cannot be written; help and version are output too.
    @Test(arguments: [["--version"], ["--help"]])
    func helpAndVersionToAFullDiskAreExit74(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.run(arguments, stdout: CapturedOutput(capacity: 0, failureErrno: ENOSPC))
        #expect(result.status == 74)
        #expect(result.stderr.hasPrefix("cramp: cannot write to standard output: "), "\(result.stderr)")
    }
}
