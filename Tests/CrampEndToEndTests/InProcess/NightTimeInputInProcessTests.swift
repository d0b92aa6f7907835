import ArgumentParser
import Diary
import Foundation
import Testing
@testable import CrampCLI

/// Issue 13, "Night-time input", through the real command at 03:06 on Thursday 2026-11-26 (Berlin): what is
/// stored, and the one line said when nothing is.
@Suite("in process: night-time input")
struct NightTimeInputInProcessTests {
    /// A run pinned at 03:06.
    func cramp() throws -> InProcessCramp {
        var cramp = try InProcessCramp()
        cramp.now = "2026-11-26T03:06"
        return cramp
    }

    /// Expects exit 64, nothing on stdout, exactly `line` on stderr, and no diary left behind.
    func expectRefused(_ cramp: InProcessCramp, _ arguments: [String], _ line: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let result = cramp.run(arguments)
        #expect(result.status == 64, "\(arguments): exit \(result.status)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(result.stderr == line + "\n", sourceLocation: sourceLocation)
    }

    // Issue 13: `cramp log left calf 2 min` (and 10 minutes, 2 mins, 1 hour, 90 s) is accepted
    @Test(arguments: [(["2", "min"], 120), (["10", "minutes"], 600), (["2", "mins"], 120), (["1", "hour"], 3600),
                      (["90", "s"], 90)] as [([String], Int)])
    func spacedDurationsAreStored(duration: [String], seconds: Int) throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf"] + duration + ["--yes"])
        let stored = try #require(try cramp.storedEpisodes().first)
        #expect(stored.durationSeconds == seconds && stored.leg == .left && stored.site == .calf)
    }

    // Issue 13: typos are one short line with "did you mean …?" and a pointer to the help; nothing is written
    @Test(arguments: [
        (["log", "lft", "calf", "2m"], "cramp: unknown leg \"lft\"; did you mean \"left\"? (cramp log --help)"),
        (["log", "left", "calve", "2m"], "cramp: unknown site \"calve\"; did you mean \"calves\"? (cramp log --help)"),
        (["log", "left", "calf", "2m", "stretching"],
         "cramp: unknown relief \"stretching\"; did you mean \"stretch\"? (cramp log --help)"),
        (["log", "left", "calf", "2m", "woken"], "cramp: unknown word \"woken\"; did you mean \"woke\"? (cramp log --help)"),
        (["lgo", "left", "calf", "2m"], "cramp: unknown command \"lgo\"; did you mean \"cramp log\"? (cramp --help)"),
        (["log", "--lge", "left"], "cramp: unknown option \"--lge\"; did you mean \"--leg\"? (cramp log --help)"),
        (["log", "--leg", "lft"], "cramp: unknown leg \"lft\"; did you mean \"left\"? (cramp log --help)"),
        (["log", "--leg", "middle", "2m"], "cramp: unknown leg \"middle\"; accepted: left, right, both (cramp log --help)"),
        (["log", "--site", "calve"], "cramp: unknown site \"calve\"; did you mean \"calf\"? (cramp log --help)"),
        (["log", "--dry-rn"], "cramp: unknown option \"--dry-rn\"; did you mean \"--dry-run\"? (cramp log --help)"),
        (["--db", "other.db", "log", "lft"], "cramp: unknown leg \"lft\"; did you mean \"left\"? (cramp log --help)"),
        (["log", "left", "calf", "2m", "banana"],
         "cramp: unknown word \"banana\"; own words go in --note, --trigger or --relief (cramp log --help)"),
    ] as [([String], String)])
    func typosAnswerInOneShortLine(arguments: [String], line: String) throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        expectRefused(cramp, arguments, line)
        #expect(line.count < 120, "one short line: \(line.count) characters")
        #expect(cramp.names().isEmpty, "nothing written: \(cramp.names())")
    }

    // Issue 13: names already in the diary are suggested, and edit points at its own help
    @Test func namesInTheDiaryAreSuggested() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--relief", "quinine:helped"])
        expectRefused(cramp, ["log", "left", "calf", "quinin"],
                      "cramp: unknown word \"quinin\"; did you mean --relief \"quinine\"? (cramp log --help)")
        expectRefused(cramp, ["edit", "1", "lft"], "cramp: unknown leg \"lft\"; did you mean \"left\"? (cramp edit --help)")
        #expect(try cramp.storedEpisodes().count == 1)
    }

    // Issue 13: `strech:helped` and `streching:helped` are refused with the suggestion and --new-name; nothing written
    @Test func misspelledReliefsAreRefusedUnlessInsisted() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        expectRefused(cramp, ["log", "left", "calf", "2m", "strech:helped"],
                      "cramp: new relief \"strech\" is close to \"stretch\": did you mean \"stretch\"? "
                          + "To keep \"strech\" as a new name, add --new-name")
        expectRefused(cramp, ["log", "left", "calf", "2m", "streching:helped"],
                      "cramp: new relief \"streching\" is close to \"stretch\": did you mean \"stretch\"? "
                          + "To keep \"streching\" as a new name, add --new-name")
        expectRefused(cramp, ["edit", "1", "--relief", "strech"],
                      "cramp: new relief \"strech\" is close to \"stretch\": did you mean \"stretch\"? "
                          + "To keep \"strech\" as a new name, add --new-name")
        #expect(try cramp.storedEpisodes().map(\.reliefs) == [[]], "nothing was written")

        cramp.ok(["log", "left", "calf", "2m", "--relief", "stretching:helped", "--new-name"])
        expectRefused(cramp, ["log", "left", "calf", "2m", "streching:helped"],
                      "cramp: new relief \"streching\" is close to \"stretching\": did you mean \"stretching\"? "
                          + "To keep \"streching\" as a new name, add --new-name")
        cramp.ok(["log", "left", "calf", "2m", "stretching:partly"])
        #expect(try cramp.storedEpisodes().map { $0.reliefs.map(\.description) }
                == [[], ["stretching:helped"], ["stretching:partly"]])
    }

    // Issue 13: at 03:06, `--at 3:10am` is refused offering now and yesterday 03:10, never moved a day back
    @Test func aTimeMinutesAheadIsRefusedWithBothReadings() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        expectRefused(cramp, ["log", "left", "calf", "2m", "--at", "3:10am"],
                      "cramp: \"3:10am\" is 4 minutes ahead of now (03:06). Did you mean now (--at now) or yesterday "
                          + "03:10 (--at \"yesterday 3:10am\")?")
        expectRefused(cramp, ["log", "left", "calf", "2m", "3:10am"],
                      "cramp: \"3:10am\" is 4 minutes ahead of now (03:06). Did you mean now (--at now) or yesterday "
                          + "03:10 (--at \"yesterday 3:10am\")?")
        #expect(cramp.names().isEmpty)
        cramp.ok(["log", "left", "calf", "2m", "--at", "yesterday 3:10am"])
        let stored = try #require(try cramp.storedEpisodes().first)
        #expect(stored.start.iso8601 == "2026-11-25T03:10:00+01:00")
    }

    // Issue 13: a time among the words, and `--at "last night 2am"`, are accepted
    @Test func timesInTheWrongPlaceAreAccepted() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        let words = cramp.ok(["log", "left", "calf", "2m", "3am"])
        #expect(words.messageLines == [
            "logged #1 cramp, left calf, 2m, Thu 2026-11-26 03:00 +01:00, night of Wed 2026-11-25, woke: unknown; undo: cramp undo",
        ])
        let lastNight = cramp.ok(["log", "left", "calf", "2m", "--at", "last night 2am"])
        #expect(lastNight.messageLines == [
            "logged #2 cramp, left calf, 2m, Thu 2026-11-26 02:00 +01:00, night of Wed 2026-11-25, woke: unknown; undo: cramp undo",
        ])
    }

    // Issue 13: a forgotten `log` says `log` is meant, exit 64, nothing written
    @Test func aForgottenLogSaysLogIsMeant() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        expectRefused(cramp, ["left", "calf", "2m"],
                      "cramp: \"left\" is not a command; did you mean \"cramp log left calf 2m\"? (cramp log --help)")
        expectRefused(cramp, ["lft", "calf", "2m", "--note", "after a shift"],
                      "cramp: \"lft\" is not a command; did you mean \"cramp log lft calf 2m --note 'after a shift'\"? "
                          + "(cramp log --help)")
        expectRefused(cramp, ["frobnicate"],
                      "cramp: unknown command \"frobnicate\"; commands: \(CommandLineForms.listed.joined(separator: ", ")) "
                          + "(cramp --help)")
        #expect(cramp.names().isEmpty)
    }

    // Issue 13: `cramp --db x.db log left calf 2m` and `cramp --now … log …` work as git and sqlite3 users type them
    @Test func globalOptionsBeforeTheCommand() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        let other = cramp.path("x.db")
        cramp.ok(["--db", other, "log", "left", "calf", "2m"])
        cramp.ok(["--db=\(other)", "--now", "2026-11-26T03:30", "log", "right", "foot", "90s"])
        cramp.ok(["--now=2026-11-26T03:40", "--db", other, "checkin", "list"])
        #expect(try cramp.storedEpisodes(other).map { $0.start.iso8601 }
                == ["2026-11-26T03:06:00+01:00", "2026-11-26T03:30:00+01:00"])
        #expect(!cramp.names().contains("cramp.db"), "the default diary was not touched: \(cramp.names())")
        let status = cramp.ok(["--db", other])
        #expect(status.stdout.hasPrefix("Diary: \(other) (2 episodes)\n"), "\(status.stdout)")
    }

    // Issue 13: `cramp --help` shows --db and --now
    @Test func theTopLevelHelpShowsTheGlobalOptions() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        let help = cramp.ok(["--help"]).stdout
        #expect(help.contains("GLOBAL OPTIONS, before or after the command name"))
        #expect(help.contains("\n  --db <path>     The diary file to use (default: $CRAMP_DB, else\n"), "\(help)")
        #expect(help.contains("\n  --now <time>    Pin the clock to this moment, ISO 8601 such as\n"), "\(help)")
    }

    // Issue 13: usage errors are one line; `help nosuch` is an error; `version` and `-V` print the version
    @Test(arguments: [
        (["help", "nosuch"], "cramp: unknown command \"nosuch\" for help; commands: "
            + CommandLineForms.listed.joined(separator: ", ") + " (cramp --help)"),
        (["help", "lgo"], "cramp: unknown command \"lgo\" for help; did you mean \"cramp help log\"? (cramp --help)"),
        (["help", "checkin", "lst"], "cramp: unknown command \"lst\" for help; did you mean \"cramp help checkin list\"? "
            + "(cramp --help)"),
        (["show"], "cramp: missing expected argument '<id>' (cramp show --help)"),
        (["list", "--bogus"], "cramp: unknown option \"--bogus\" (cramp list --help)"),
        (["config", "frobnicate"], "cramp: unexpected argument 'frobnicate' (cramp config --help)"),
        (["log", "--at"], "cramp: missing value for '--at <when>' (cramp log --help)"),
    ] as [([String], String)])
    func usageErrorsAreOneLine(arguments: [String], line: String) throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        expectRefused(cramp, arguments, line)
        #expect(cramp.names().isEmpty)
    }

    @Test(arguments: [["version"], ["-V"], ["--version"]])
    func versionWordsPrintTheVersion(arguments: [String]) throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        let result = cramp.ok(arguments)
        #expect(result.stdout == "0.1.0\n" && result.stderr.isEmpty)
    }

    @Test func helpOfARealCommandStillWorks() throws {
        let cramp = try cramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["help", "log"]).stdout.contains("USAGE: cramp log "))
        #expect(cramp.ok(["help", "checkin", "list"]).stdout.contains("USAGE: cramp checkin list "))
        #expect(cramp.ok(["log", "--help"]).stdout.contains("--new-name"))
    }

    /// The command names `CommandLineForms` compares with are the parser's own.
    @Test func theListedCommandsAreTheParsersOwn() {
        let names = Cramp.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        #expect(CommandLineForms.commands == names)
        var shown: [String] = []
        for command in Cramp.configuration.subcommands where command.configuration.shouldDisplay {
            shown.append(command.configuration.commandName ?? "")
        }
        #expect(CommandLineForms.listed == shown)
        var nested: [String: [String]] = [:]
        for command in Cramp.configuration.subcommands where !command.configuration.subcommands.isEmpty {
            nested[command.configuration.commandName ?? ""] = command.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        }
        #expect(CommandLineForms.subcommands == nested)
    }
}
