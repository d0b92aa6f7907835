import Diary
import Foundation
import Testing

/// Undo of every keeping command, and check-ins and gaps through export and import (issue 12).
@Suite("in process: keeping undone, exported and imported")
struct KeepingRoundTripInProcessTests {
    /// A keeping command run on a diary that already holds a check-in for last night and a gap.
    struct Case: Sendable, CustomStringConvertible {
        let arguments: [String]
        /// What the undo message must say it reverted.
        let reverted: String
        var description: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["checkin", "2", "--night", "2026-11-19"],
             reverted: "undid `cramp checkin` from Sat 2026-11-21 09:00 +01:00: recorded check-in #2 for Thu 2026-11-19: sleep disturbance 2/10"),
        Case(arguments: ["checkin", "5", "--soreness", "4"],
             reverted: "undid `cramp checkin` from Sat 2026-11-21 09:00 +01:00: replaced check-in #1 for Fri 2026-11-20: "
                 + "sleep disturbance 5/10, soreness 4/10"),
        Case(arguments: ["checkin", "remove", "1"],
             reverted: "undid `cramp checkin remove` from Sat 2026-11-21 09:00 +01:00: removed check-in #1 for Fri 2026-11-20: quiet"),
        Case(arguments: ["gap", "2026-11-16"],
             reverted: "undid `cramp gap` from Sat 2026-11-21 09:00 +01:00: marked gap #2: Mon 2026-11-16 (1 night)"),
        Case(arguments: ["gap", "remove", "1"],
             reverted: "undid `cramp gap remove` from Sat 2026-11-21 09:00 +01:00: removed gap #1: Tue 2026-11-10 to Sat 2026-11-14 (5 nights)"),
        Case(arguments: ["keeping", "stop"],
             reverted: "undid `cramp keeping stop` from Sat 2026-11-21 09:00 +01:00: ended keeping: gap #2: from Sat 2026-11-21 on (keeping ended)"),
    ]

    /// The check-ins and gaps, every field.
    static func state(_ cramp: InProcessCramp) throws -> String {
        let keeping = try cramp.reader().keeping(settings: .defaults)
        return "\(keeping.checkIns)\n\(keeping.gaps)"
    }

    // Issue 12: every keeping command is undone as a whole by cramp undo.
    @Test(arguments: cases)
    func undoRevertsEachKeepingCommand(_ item: Case) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["checkin", "quiet"])
        cramp.ok(["gap", "2026-11-10..2026-11-14"])
        let before = try Self.state(cramp)
        cramp.ok(item.arguments)
        #expect(try Self.state(cramp) != before)
        #expect(cramp.ok(["undo"]).messageLines == [item.reverted])
        #expect(try Self.state(cramp) == before)
    }

    // Issue 12: restarting keeping is undone back to keeping ended.
    @Test func undoOfARestartLeavesKeepingEnded() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["keeping", "stop", "--from", "2026-11-15"])
        let ended = try Self.state(cramp)
        cramp.now = "2026-11-24T08:30"
        cramp.ok(["keeping", "start"])
        #expect(cramp.ok(["undo"]).messageLines == [
            "undid `cramp keeping start` from Tue 2026-11-24 08:30 +01:00: restarted keeping from Tue 2026-11-24: "
                + "gap #1: Sun 2026-11-15 to Mon 2026-11-23 (9 nights)",
        ])
        #expect(try Self.state(cramp) == ended)
    }

    /// A diary with check-ins (one with a note that needs quoting and a spreadsheet guard), a gap and keeping ended.
    static func filled() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["checkin", "quiet"])
        cramp.ok(["checkin", "6", "--soreness", "2", "--night", "2026-11-18", "--note", "=schlimm; \"zweimal\"\nwach"])
        cramp.ok(["gap", "2026-11-10..2026-11-14", "--note", "Reise"])
        cramp.ok(["keeping", "stop", "--from", "2026-11-25"])
        return cramp
    }

    // Issue 12: the exact CSV and JSON of check-ins and gaps.
    @Test func checkInsAndGapsExportAsDocumented() throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["export", "--what", "check-ins"]).stdout == """
            id,night,quiet,sleep_disturbance,soreness,at_local,note\r
            2,2026-11-18,no,6,2,2026-11-21T09:00:00+01:00,"'=schlimm; ""zweimal""\nwach"\r
            1,2026-11-20,yes,,,2026-11-21T09:00:00+01:00,\r

            """)
        let gaps = cramp.ok(["export", "--what", "gaps"])
        #expect(gaps.stdout == "id,first_night,last_night,note\r\n1,2026-11-10,2026-11-14,Reise\r\n2,2026-11-25,,\r\n")
        #expect(gaps.messageLines == ["exported 2 gaps (whole diary)"])
        let checkIns = try cramp.jsonArray(["export", "--what", "check-ins", "--format", "json"])
        #expect(checkIns.count == 2)
        #expect(checkIns[1]["quiet"] as? Bool == true && checkIns[1]["sleep_disturbance"] is NSNull)
        #expect(checkIns[0]["sleep_disturbance"] as? Int == 6 && checkIns[0]["note"] as? String == "=schlimm; \"zweimal\"\nwach")
        let json = try cramp.jsonArray(["export", "--what", "gaps", "--format", "json"])
        #expect(json.map { $0["last_night"] as? String } == ["2026-11-14", nil])
        // A period exports what it covers: the gaps sharing a night with it, the check-ins on its nights.
        #expect(cramp.ok(["export", "--what", "gaps", "2026-11-14..2026-11-16"]).stdout
                == "id,first_night,last_night,note\r\n1,2026-11-10,2026-11-14,Reise\r\n")
        #expect(cramp.ok(["export", "--what", "check-ins", "2026-11-19..2026-11-20"]).stdout.hasSuffix("1,2026-11-20,yes,,,2026-11-21T09:00:00+01:00,\r\n"))
    }

    // Issue 12: check-ins and gaps exported, imported into a new diary and exported again give the same bytes;
    // importing them again adds nothing.
    @Test func checkInsAndGapsRoundTripByteForByte() throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        for what in ["check-ins", "gaps"] {
            let file = cramp.path("\(what).csv")
            cramp.ok(["export", "--what", what, "-o", file])
            let other = cramp.path("other.db")
            #expect(cramp.ok(["import", "--db", other, file]).messageLines == ["imported 2 \(what) from \(file); undo: cramp undo"])
            cramp.ok(["export", "--db", other, "--what", what, "-o", cramp.path("again-\(what).csv")])
            #expect(cramp.bytes(cramp.path("again-\(what).csv")) == cramp.bytes(file))
            let noun = what == "gaps" ? "first night" : "night"
            #expect(cramp.ok(["import", file]).messageLines == [
                "nothing new in \(file): all 2 \(what) are already in the diary (same \(noun))",
            ])
        }
        #expect(try cramp.reader(cramp.path("other.db")).keeping(settings: .defaults).checkIns.map(\.id)
                == cramp.reader().keeping(settings: .defaults).checkIns.map(\.id))
    }

    // Issue 12: the README's identity rules hold for check-ins (key: night) and gaps (key: first night).
    @Test func importIdentityFollowsTheKeysAndRefusesConflicts() throws {
        let cramp = try Self.filled()
        defer { cramp.cleanup() }
        // Another diary's check-in for a night this one has is that check-in (the diary's version kept); a new night
        // keeps its id where free, else gets a new one.
        let checkIns = try cramp.write("""
            id,night,quiet,sleep_disturbance,soreness,at_local,note
            7,2026-11-20,no,3,,2026-11-21T08:00:00+01:00,
            1,2026-11-16,yes,,,2026-11-17T08:00:00+01:00,
            8,2026-11-15,yes,,,2026-11-16T08:00:00+01:00,

            """, to: "in.csv")
        #expect(cramp.ok(["import", checkIns]).messageLines == [
            "new ids where the file's id is already used in this diary: line 3: #1 → #3",
            "already in the diary with other values, the diary's version was kept: line 2 (#1); change them with cramp edit if the file is right",
            "imported 2 check-ins from \(checkIns); skipped 1 already in the diary (same night); undo: cramp undo",
        ])
        #expect(try cramp.reader().keeping(settings: .defaults).checkIns.map { "\($0.id!) \($0.night)" } == [
            "8 2026-11-15", "3 2026-11-16", "2 2026-11-18", "1 2026-11-20",
        ])
        let before = cramp.bytes(cramp.database)
        let twice = try cramp.write("""
            id,night,quiet,sleep_disturbance,soreness,at_local,note
            ,2026-11-01,yes,,,2026-11-02T08:00:00+01:00,
            ,2026-11-01,no,4,,2026-11-02T09:00:00+01:00,

            """, to: "twice.csv")
        let refused = cramp.run(["import", twice])
        #expect(refused.status == 65)
        #expect(refused.messageLines == [
            "cramp: \(twice): nothing imported: 1 problem",
            "  line 3, night \"2026-11-01\": accepted: a night no other row gives; check-in #9 for Sun 2026-11-01: quiet is already about it",
        ])
        let overlapping = try cramp.write("id,first_night,last_night,note\n,2026-11-13,2026-11-16,\n,2026-12-01,,\n", to: "gaps.csv")
        #expect(cramp.run(["import", overlapping]).messageLines == [
            "cramp: \(overlapping): nothing imported: 1 problem",
            "  line 2, first_night \"2026-11-13\": accepted: nights no other gap holds; gap #1: Tue 2026-11-10 to Sat 2026-11-14 "
                + "(5 nights), note: \"Reise\" shares some",
        ])
        let repeated = try cramp.write("id,first_night,last_night,note\n5,2026-10-01,2026-10-02,\n5,2026-10-05,2026-10-06,\n", to: "ids.csv")
        #expect(cramp.run(["import", repeated]).messageLines == [
            "cramp: \(repeated): nothing imported: 1 problem",
            "  line 3, id \"5\": accepted: a different id from every other row; line 2 has id 5",
        ])
        let bad = try cramp.write("""
            id,night,quiet,sleep_disturbance,soreness,at_local,note
            ,2026-11-02,yes,4,,2026-11-03T08:00:00+01:00,
            ,2026-11-03,maybe,,11,2026-11-04T08:00:00+01:00,

            """, to: "bad.csv")
        #expect(cramp.run(["import", bad]).messageLines == [
            "cramp: \(bad): nothing imported: 3 problems",
            "  line 2, sleep_disturbance \"4\": accepted: empty when quiet is yes",
            "  line 3, quiet \"maybe\": accepted: yes or no",
            "  line 3, soreness \"11\": accepted: a whole number from 0 to 10, or empty",
        ])
        #expect(cramp.bytes(cramp.database) == before)
    }
}
