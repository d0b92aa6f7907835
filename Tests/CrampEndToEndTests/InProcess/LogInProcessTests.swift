import Diary
import Foundation
import Testing

/// `cramp log` through the real command: the echo names exactly what was stored, read back independently.
@Suite("in process: log")
struct LogInProcessTests {
    @Test func theEchoNamesWhatWasStored() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--intensity", "6",
                               "--trigger", "cold", "--relief", "stretch:helped", "--note", "after a shift"])
        #expect(result.stdout.isEmpty, "messages go to stderr")
        #expect(result.messageLines == [
            "logged #1 cramp, left calf, 2m, Sat 2026-11-21 03:10 +01:00, night of Fri 2026-11-20, woke: yes, "
                + "intensity 6/10, triggers: cold, reliefs: stretch:helped, note: \"after a shift\"; undo: cramp undo",
        ])
        let stored = try #require(try cramp.storedEpisodes().first)
        #expect(stored.id == 1 && stored.kind == .cramp && stored.leg == .left && stored.site == .calf)
        #expect(stored.start.utc == Oracle.utc("2026-11-21T03:10:00+01:00") && stored.start.offset == 3600)
        #expect(stored.durationSeconds == 120 && stored.intensity == 6 && stored.woke == .yes)
        #expect(stored.triggers.map(\.name) == ["cold"])
        #expect(stored.reliefs.map(\.description) == ["stretch:helped"])
        #expect(stored.note == "after a shift")
    }

    @Test func bareLogCopiesLegSiteAndDurationFromThePreviousEpisodeAndSaysSo() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "right", "foot", "90s", "--at", "02:00"])
        let bare = cramp.ok(["log"])
        #expect(bare.messageLines == [
            "logged #2 cramp, right foot, 1m30s, Sat 2026-11-21 09:00 +01:00, night of Sat 2026-11-21, woke: unknown "
                + "(leg and site copied from #1; duration not given, copied from #1); undo: cramp undo",
        ], "\(bare.stderr)")
        let second = try cramp.reader().episode(id: 2)
        #expect(second.leg == .right && second.site == .foot && second.durationSeconds == 90)
        #expect(second.start.utc == InProcessCramp.pinnedUTC, "a bare log is a cramp now")
    }

    @Test func aGivenLegIsANewPlaceSoTheSiteIsNotCopied() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "right", "foot", "90s"])
        let result = cramp.ok(["log", "left"])
        #expect(result.stderr.contains("(duration not given, copied from #1)"), "\(result.stderr)")
        let second = try cramp.reader().episode(id: 2)
        #expect(second.leg == .left && second.site == nil && second.durationSeconds == 90)
    }

    @Test func aDryRunStoresNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let fresh = cramp.ok(["log", "left", "calf", "2m", "--dry-run"])
        #expect(fresh.messageLines == [
            "would log #- cramp, left calf, 2m, Sat 2026-11-21 09:00 +01:00, night of Sat 2026-11-21, woke: unknown "
                + "(dry run: nothing stored)",
        ])
        #expect(cramp.names().isEmpty, "a dry run created \(cramp.names())")

        cramp.ok(["log", "right", "foot", "1m"])
        let before = cramp.bytes(cramp.database)
        let copied = cramp.ok(["log", "--dry-run"])
        #expect(copied.stderr.contains("right foot") && copied.stderr.contains("copied from #1"), "\(copied.stderr)")
        #expect(try cramp.storedEpisodes().count == 1)
        #expect(cramp.bytes(cramp.database) == before)
    }

    @Test(arguments: [
        (["left", "2x"], "duration"),
        (["left", "2m", "--intensity", "11"], "--intensity"),
        (["left", "2m", "--at", "2026-11-22T03:00"], "--at"),
        (["calf", "2m"], "leg"),                  // nothing to copy the leg from
        (["left", "61m"], "duration"),            // over an hour needs --yes
    ])
    func aRefusalExits64AndLeavesNoDiaryFile(_ words: [String], _ field: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.run(["log"] + words)
        expectUsageRefusal(result, field: field, "\(words)")
        #expect(cramp.names().isEmpty, "\(words) left \(cramp.names())")
    }

    @Test func aNoteFromStandardInput() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "2m", "--note", "-"], stdin: Array("Nachts um drei 🌙\nzweite Zeile\n".utf8))
        #expect(try cramp.storedEpisodes().map(\.note) == ["Nachts um drei 🌙\nzweite Zeile"])

        let invalid = cramp.run(["log", "left", "2m", "--note", "-"], stdin: [0x66, 0xFF, 0xFE])
        expectUsageRefusal(invalid, field: "--note", "invalid UTF-8 on stdin")
        #expect(try cramp.storedEpisodes().count == 1)
    }

    @Test func aCrampOverTenMinutesPrintsTheSeekCareAdvice() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let ten = cramp.ok(["log", "left", "calf", "10m"])
        #expect(ten.messageLines.count == 1, "exactly 10 minutes is no red flag: \(ten.stderr)")
        let eleven = cramp.ok(["log", "left", "calf", "11m"])
        #expect(eleven.messageLines.count == 2)
        #expect(eleven.messageLines.last == Advice.longCramp)
        #expect(eleven.stdout.isEmpty)
        let numbness = cramp.ok(["log", "left", "foot", "30m", "--numbness"])
        #expect(numbness.messageLines.count == 1, "numbness is not a cramp: \(numbness.stderr)")
        #expect(try cramp.storedEpisodes().map(\.durationSeconds) == [600, 660, 1800])
    }

    @Test func aCrampOverAnHourNeedsYes() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        let before = cramp.bytes(cramp.database)
        let refused = cramp.run(["log", "left", "calf", "90m"])
        expectUsageRefusal(refused, field: "duration \"1h30m\"")
        #expect(refused.stderr.contains("add --yes"), "\(refused.stderr)")
        #expect(cramp.bytes(cramp.database) == before)

        let confirmed = cramp.ok(["log", "left", "calf", "90m", "--yes"])
        #expect(confirmed.messageLines.first?.hasPrefix("logged #2 cramp, left calf, 1h30m") == true, "\(confirmed.stderr)")
        #expect(confirmed.messageLines.last == Advice.longCramp)
        #expect(try cramp.reader().episode(id: 2).durationSeconds == 5400)
    }
}
