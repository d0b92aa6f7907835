import Diary
import Foundation
import Testing

/// `cramp sit`, `cramp stand` and `cramp break` through the real commands.
@Suite("in process: sit, stand, break")
struct PostureInProcessTests {
    @Test func sitWithBreaksEndsNowAndEchoesTheExpectedBreaks() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.ok(["sit", "2h", "--breaks", "1"])
        #expect(result.messageLines == [
            "recorded s1 sitting 2h, Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 1 "
                + "(3 expected at one every 40 min); undo: cramp undo",
        ])
        #expect(result.stdout.isEmpty)
        let stored = try #require(try cramp.storedPostureSessions().first)
        #expect(stored.posture == .sitting && stored.durationSeconds == 7200 && stored.breaksTaken == 1 && stored.note == nil)
        #expect(stored.start.utc == Oracle.utc("2026-11-21T07:00:00+01:00") && stored.start.offset == 3600)
    }

    @Test func standAtNamesTheEndAndALaterClockTimeIsYesterday() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.ok(["stand", "3h", "--at", "17:00", "--note", "Messe"])
        #expect(result.messageLines == [
            "recorded s1 standing 3h, Fri 2026-11-20 14:00 +01:00 to 17:00, breaks taken: 0, note: \"Messe\" "
                + "(4 expected at one every 40 min); undo: cramp undo",
        ])
        let stored = try #require(try cramp.storedPostureSessions().first)
        #expect(stored.posture == .standing && stored.durationSeconds == 10_800 && stored.breaksTaken == 0)
        #expect(stored.start.utc == Oracle.utc("2026-11-20T14:00:00+01:00") && stored.note == "Messe")
    }

    @Test func theExpectedBreaksFollowTheBreakIntervalSetting() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["config", "set", "break-interval", "30"])
        #expect(cramp.ok(["sit", "2h"]).stderr.contains("(4 expected at one every 30 min)"))
        // Before the sitting stretch: stretches may not overlap (issue 16).
        #expect(cramp.ok(["stand", "29m", "--at", "06:00"]).stderr.contains("(0 expected at one every 30 min)"))
    }

    @Test func aBreakDuringAStretchCountsTowardIt() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["sit", "2h", "--at", "yesterday 17:00"])
        let during = cramp.ok(["break", "--at", "yesterday 16:00"])
        #expect(during.messageLines == [
            "recorded stretch break #1 at Fri 2026-11-20 16:00 +01:00, during s1 sitting 2h, "
                + "Fri 2026-11-20 15:00 +01:00 to 17:00, breaks taken: 0; undo: cramp undo",
        ])
        // The break is stored and counted: the day before last night had 3 expected, 1 taken, 2 missed.
        let report = try cramp.jsonObject(["report", "--json"])
        let nights = try #require(report["nights"] as? [[String: Any]])
        let dayBefore = try #require(nights.last?["dayBefore"] as? [String: Any])
        #expect(dayBefore["date"] as? String == "2026-11-20")
        #expect(dayBefore["breaksExpected"] as? Int == 3)
        #expect(dayBefore["breaksTaken"] as? Int == 1)
        #expect(dayBefore["breaksMissed"] as? Int == 2)
    }

    @Test func aBreakOutsideAnyStretchIsStoredWithoutDuring() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["sit", "1h", "--at", "yesterday 12:00"])
        let now = cramp.ok(["break"])
        #expect(now.messageLines == ["recorded stretch break #1 at Sat 2026-11-21 09:00 +01:00; undo: cramp undo"])
        let outside = cramp.ok(["break", "--at", "yesterday 13:00"])
        #expect(outside.messageLines == ["recorded stretch break #2 at Fri 2026-11-20 13:00 +01:00; undo: cramp undo"])
        let report = try cramp.jsonObject(["report", "--json"])
        let posture = try #require(report["posture"] as? [String: Any])
        #expect(posture["breaksTaken"] as? Int == 0, "a break outside the stretch does not count toward it")
    }

    @Test(arguments: [
        (["sit", "2x"], "duration"),
        (["sit", "30s"], "duration"),
        (["stand", "2h", "--breaks", "-1"], "--breaks"),
        (["stand", "2h", "--breaks", "two"], "--breaks"),
        (["sit", "2h", "--at", "2026-11-22T10:00"], "--at"),
        (["break", "--at", "soon"], "--at"),
    ])
    func refusalsExit64AndCreateNoDiary(_ arguments: [String], _ field: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        expectUsageRefusal(cramp.run(arguments), field: field, "\(arguments)")
        #expect(cramp.names().isEmpty, "\(arguments) left \(cramp.names())")
    }
}
