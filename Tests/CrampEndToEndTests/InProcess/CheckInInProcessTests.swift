import Diary
import Foundation
import Testing

/// `cramp checkin` through the real commands (issue 12). Now is Sat 2026-11-21 09:00 in Berlin: last night is
/// Friday's, tonight Saturday's.
@Suite("in process: morning check-in")
struct CheckInInProcessTests {
    static func night(_ text: String) -> Night { Night(evening: CivilDate(iso: text)!) }
    static let at = Timestamp(utc: InProcessCramp.pinnedUTC, offset: 3600)

    /// The stored check-ins, earliest night first, read through the reader.
    static func stored(_ cramp: InProcessCramp) throws -> [CheckIn] {
        try cramp.reader().keeping(settings: .defaults).checkIns
    }

    // Issue 12: the morning check-in in one short line; stored values read back exactly.
    @Test func quietAndScoredCheckInsAreStoredAsEchoed() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["checkin", "quiet"]).messageLines == [
            "recorded check-in #1 for Fri 2026-11-20: quiet; undo: cramp undo",
        ])
        let scored = cramp.ok(["checkin", "6", "--soreness", "3", "--night", "thu", "--note", "Wade hart"])
        #expect(scored.messageLines == [
            "recorded check-in #2 for Thu 2026-11-19: sleep disturbance 6/10, soreness 3/10, note: \"Wade hart\"; undo: cramp undo",
        ])
        #expect(scored.stdout.isEmpty)
        let now = InProcessCramp.pinnedUTC
        #expect(try Self.stored(cramp) == [
            CheckIn(id: 2, night: Self.night("2026-11-19"), sleep: .disturbed(6), soreness: 3, note: "Wade hart", at: Self.at,
                    createdUTC: now, updatedUTC: now),
            CheckIn(id: 1, night: Self.night("2026-11-20"), sleep: .quiet, at: Self.at, createdUTC: now, updatedUTC: now),
        ])
        // 0 is a score (a cramp night whose sleep was not disturbed), not quiet.
        cramp.ok(["checkin", "0", "--night", "2026-11-18"])
        #expect(try Self.stored(cramp).first?.sleep == .disturbed(0))
    }

    // Issue 12: a second check-in for the same night replaces the first, and says what it replaced.
    @Test func aSecondCheckInReplacesTheFirst() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["checkin", "quiet", "--note", "gut"])
        cramp.now = "2026-11-21T10:30"
        #expect(cramp.ok(["checkin", "4", "--night", "last night"]).messageLines == [
            "replaced check-in #1 for Fri 2026-11-20: sleep disturbance 4/10 (was: quiet, note: \"gut\"); undo: cramp undo",
        ])
        let later = Timestamp(utc: InProcessCramp.pinnedUTC + 5400, offset: 3600)
        #expect(try Self.stored(cramp) == [
            CheckIn(id: 1, night: Self.night("2026-11-20"), sleep: .disturbed(4), at: later,
                    createdUTC: InProcessCramp.pinnedUTC, updatedUTC: later.utc),
        ])
    }

    // Issue 12: quiet on a night with cramps logged is refused (65), naming how many; nothing is written.
    @Test func aQuietCheckInOnACrampNightIsRefusedAndWritesNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        cramp.ok(["log", "right", "calf", "1m", "--at", "04:20"])
        let before = cramp.bytes(cramp.database)
        let names = cramp.names()
        let refused = cramp.run(["checkin", "quiet"])
        #expect(refused.status == 65 && refused.stdout.isEmpty)
        #expect(refused.messageLines == [
            "cramp: the night of Fri 2026-11-20 already has 2 nocturnal cramps logged, so it was not quiet; nothing was "
                + "written. To score the night instead: cramp checkin N --night 2026-11-20, N from 0 (sleep not disturbed) to 10.",
        ])
        #expect(cramp.bytes(cramp.database) == before && cramp.names() == names)
        #expect(cramp.ok(["checkin", "7"]).messageLines == [
            "recorded check-in #1 for Fri 2026-11-20: sleep disturbance 7/10; 2 nocturnal cramps logged that night; undo: cramp undo",
        ])
    }

    // Issue 12: a night not begun is refused naming the night asked for and tonight; no diary is created.
    @Test func aNightNotBegunIsRefusedWithBothReadings() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let refused = cramp.run(["checkin", "quiet", "--night", "2026-11-22"])
        expectUsageRefusal(refused, field: "--night")
        #expect(refused.messageLines == [
            "cramp: cannot use --night \"2026-11-22\": accepted: a night that has begun: tonight or earlier; "
                + "the night of Sun 2026-11-22 has not begun yet; tonight is Sat 2026-11-21",
        ])
        #expect(!cramp.exists(cramp.database))
    }

    @Test(arguments: [
        (["checkin", "11"], "sleep disturbance"),
        (["checkin", "loud"], "sleep disturbance"),
        (["checkin", "3.5"], "sleep disturbance"),
        (["checkin", "quiet", "--soreness", "12"], "--soreness"),
        (["checkin", "quiet", "--night", "2026-02-30"], "--night"),
        (["checkin", "quiet", "--night", "today"], "--night"),
        (["checkin", "remove", "0"], "check-in"),
    ])
    func badCheckInInputIsRefusedWithoutADiary(_ arguments: [String], _ field: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        expectUsageRefusal(cramp.run(arguments), field: field, arguments.joined(separator: " "))
        #expect(!cramp.exists(cramp.database))
    }

    @Test func checkInsAreListedAndRemovedByNightOrNumber() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["checkin", "quiet"])
        cramp.ok(["checkin", "2", "--night", "2026-11-10"])
        let recent = cramp.ok(["checkin", "list"])
        #expect(recent.messageLines == ["Sat 2026-11-14 to Sat 2026-11-21 (8 nights): 1 check-in"])
        #expect(recent.outputLines == ["check-in #1 for Fri 2026-11-20: quiet"])
        #expect(cramp.ok(["checkin", "list", "2026-11"]).outputLines == [
            "check-in #2 for Tue 2026-11-10: sleep disturbance 2/10", "check-in #1 for Fri 2026-11-20: quiet",
        ])
        #expect(cramp.ok(["checkin", "remove", "2026-11-10"]).messageLines == [
            "removed check-in #2 for Tue 2026-11-10: sleep disturbance 2/10; undo: cramp undo",
        ])
        #expect(cramp.ok(["checkin", "remove", "#1"]).messageLines == ["removed check-in #1 for Fri 2026-11-20: quiet; undo: cramp undo"])
        let missing = cramp.run(["checkin", "remove", "last night"])
        expectUsageRefusal(missing, field: "check-in")
        #expect(missing.messageLines == [
            "cramp: cannot use check-in \"2026-11-20\": accepted: a night or number that cramp checkin list shows; there is no such check-in",
        ])
        #expect(try Self.stored(cramp).isEmpty)
    }

    // Issue 12: status shows the last check-in, also in a diary that has no episode yet.
    @Test func statusShowsTheLastCheckIn() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["checkin", "3", "--soreness", "1"])
        #expect(cramp.ok([]).outputLines == [
            "Diary: \(cramp.database) (0 episodes)",
            "No episodes yet. Log one with, for example: cramp log left calf 2m",
            "Last check-in: check-in #1 for Fri 2026-11-20: sleep disturbance 3/10, soreness 1/10",
        ])
    }

    @Test func theTopLevelHelpNamesTheNewCommands() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let help = cramp.ok(["--help"]).stdout
        for line in ["  checkin                 Morning check-in about last night", "  gap                     Mark nights you did not log",
                     "  keeping                 End keeping the diary"] {
            #expect(help.contains(line), "\(line) in \(help)")
        }
        #expect(help.contains("`cramp checkin quiet`"))
    }
}
