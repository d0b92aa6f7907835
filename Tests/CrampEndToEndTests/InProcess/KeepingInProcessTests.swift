import Diary
import Foundation
import Testing

/// `cramp gap`, `cramp keeping stop/start` and `config set keeping` through the real commands (issue 12). Now is
/// Sat 2026-11-21 09:00 in Berlin: tonight is Saturday's night.
@Suite("in process: gaps and keeping")
struct KeepingInProcessTests {
    static func night(_ text: String) -> Night { Night(evening: CivilDate(iso: text)!) }

    static func gaps(_ cramp: InProcessCramp) throws -> [KeepingGap] {
        try cramp.reader().keeping(settings: .defaults).gaps
    }

    /// A refusal with exit 65 that leaves the diary file and its folder exactly as they were.
    static func expectDataRefusal(_ cramp: InProcessCramp, _ arguments: [String], _ message: String,
                                  sourceLocation: SourceLocation = #_sourceLocation) {
        let before = cramp.bytes(cramp.database)
        let names = cramp.names()
        let refused = cramp.run(arguments)
        #expect(refused.status == 65 && refused.stdout.isEmpty, "\(refused.stderr)", sourceLocation: sourceLocation)
        #expect(refused.messageLines == ["cramp: " + message], sourceLocation: sourceLocation)
        #expect(cramp.bytes(cramp.database) == before && cramp.names() == names, sourceLocation: sourceLocation)
    }

    // Issue 12: a gap is stored as echoed; one overlapping it is refused naming it, and writes nothing.
    @Test func aGapIsStoredAndAnOverlappingOneRefused() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["gap", "2026-11-10..2026-11-14", "--note", "travel"]).messageLines == [
            "marked gap #1: Tue 2026-11-10 to Sat 2026-11-14 (5 nights), note: \"travel\"; its nights count as not kept; undo: cramp undo",
        ])
        let now = InProcessCramp.pinnedUTC
        #expect(try Self.gaps(cramp) == [KeepingGap(id: 1, first: Self.night("2026-11-10"), last: Self.night("2026-11-14"),
                                                     note: "travel", createdUTC: now, updatedUTC: now)])
        Self.expectDataRefusal(cramp, ["gap", "from", "2026-11-14", "to", "2026-11-16"],
                               "Sat 2026-11-14 to Mon 2026-11-16 (3 nights) overlaps gap #1: Tue 2026-11-10 to Sat 2026-11-14 "
                                   + "(5 nights), note: \"travel\"; nothing was written. Choose nights outside it, or remove it "
                                   + "first: cramp gap remove 1.")
        cramp.ok(["gap", "2026-11-15"])
        let listed = cramp.ok(["gap", "list"])
        #expect(listed.messageLines == ["2 gaps"])
        #expect(listed.outputLines == [
            "gap #1: Tue 2026-11-10 to Sat 2026-11-14 (5 nights), note: \"travel\"", "gap #2: Sun 2026-11-15 (1 night)",
        ])
        #expect(cramp.ok(["gap", "remove", "1"]).messageLines == [
            "removed gap #1: Tue 2026-11-10 to Sat 2026-11-14 (5 nights), note: \"travel\"; its nights count as kept again; undo: cramp undo",
        ])
        expectUsageRefusal(cramp.run(["gap", "remove", "1"]), field: "gap")
        expectUsageRefusal(cramp.run(["gap", "remove", "one"]), field: "gap")
        expectUsageRefusal(cramp.run(["gap", "2026-11-31"]), field: "nights")
    }

    // Issue 12: a gap over nights with entries is accepted; the echo says they stay listed but rates skip the nights.
    @Test func aGapOverEntriesSaysTheyStayListed() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-11-12T02:00"])
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-11-13T03:00"])
        cramp.ok(["checkin", "5", "--night", "2026-11-12"])
        #expect(cramp.ok(["gap", "2026-W46", "--note", "Klinik"]).messageLines == [
            "marked gap #1: Mon 2026-11-09 to Sun 2026-11-15 (7 nights), note: \"Klinik\"; its nights count as not kept; "
                + "2 episodes and 1 check-in on those nights stay listed, but rates skip the nights; undo: cramp undo",
        ])
        #expect(cramp.ok(["list", "2026-W46"]).stderr == "Mon 2026-11-09 to Sun 2026-11-15 (7 nights): 2 episodes\n")
        // A check-in on a gap night says the gap overrules it.
        #expect(cramp.ok(["checkin", "2", "--night", "2026-11-14"]).messageLines == [
            "recorded check-in #2 for Sat 2026-11-14: sleep disturbance 2/10; the night is inside gap #1: Mon 2026-11-09 to "
                + "Sun 2026-11-15 (7 nights), note: \"Klinik\" and counts as not kept until that gap is removed (cramp gap remove 1); "
                + "undo: cramp undo",
        ])
    }

    // Issue 12: keeping ends from a night on and restarts, closing the gap the night before; both refusals hint.
    @Test func keepingStopsAndStartsWithTheRightHints() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        Self.expectDataRefusal(cramp, ["keeping", "start"],
                               "keeping was not ended, so there is nothing to restart; nothing was written. To end keeping: cramp keeping stop.")
        #expect(cramp.ok(["keeping", "stop", "--note", "Urlaub"]).messageLines == [
            "ended keeping from Sat 2026-11-21 on, gap #1, note: \"Urlaub\"; to restart: cramp keeping start; undo: cramp undo",
        ])
        Self.expectDataRefusal(cramp, ["keeping", "stop", "--from", "2026-11-25"],
                               "keeping is already ended, gap #1: from Sat 2026-11-21 on (keeping ended), note: \"Urlaub\"; "
                                   + "nothing was written. To restart keeping: cramp keeping start.")
        Self.expectDataRefusal(cramp, ["keeping", "start"],
                               "keeping was ended from Sat 2026-11-21 (gap #1); a restart from Sat 2026-11-21 would leave no night "
                                   + "not kept; nothing was written. To take the end back: cramp gap remove 1.")
        #expect(cramp.ok([]).outputLines.last == "Keeping ended from Sat 2026-11-21 on (gap #1); to restart: cramp keeping start")
        cramp.now = "2026-11-30T21:00"
        #expect(cramp.ok(["keeping", "start"]).messageLines == [
            "restarted keeping from Mon 2026-11-30: gap #1: Sat 2026-11-21 to Sun 2026-11-29 (9 nights), note: \"Urlaub\" "
                + "stays not kept; undo: cramp undo",
        ])
        #expect(try Self.gaps(cramp).map(\.last) == [Self.night("2026-11-29")])
    }

    // Issue 12: stopping from a night inside an earlier gap is refused naming that gap; restarting with --from.
    @Test func keepingStopRefusesAnOverlapAndStartTakesANight() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["gap", "2026-11-01..2026-11-05"])
        Self.expectDataRefusal(cramp, ["keeping", "stop", "--from", "2026-11-05"],
                               "ending keeping from Thu 2026-11-05 overlaps gap #1: Sun 2026-11-01 to Thu 2026-11-05 (5 nights); "
                                   + "nothing was written. Choose nights outside it, or remove it first: cramp gap remove 1.")
        cramp.ok(["keeping", "stop", "--from", "2026-11-10"])
        cramp.ok(["keeping", "start", "--from", "last night"])
        #expect(try Self.gaps(cramp).map { "\($0.first)..\($0.last.map(\.description) ?? "")" } == [
            "2026-11-01..2026-11-05", "2026-11-10..2026-11-19",
        ])
        expectUsageRefusal(cramp.run(["keeping", "stop", "--from", "someday"]), field: "--from")
    }

    // Issue 12: strict keeping is a setting, read back by the keeping facts and undone like any other.
    @Test func strictKeepingIsASetting() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["config", "get", "keeping"]).stdout == "continuous\n")
        #expect(cramp.ok(["config", "set", "keeping", "strict"]).messageLines == ["set keeping to strict; undo: cramp undo"])
        let settings = try cramp.reader().settings()
        #expect(settings.keeping == .strict)
        #expect(try cramp.reader().keeping(settings: settings).rule == .strict)
        expectUsageRefusal(cramp.run(["config", "set", "keeping", "loose"]), field: "setting keeping")
        cramp.ok(["undo"])
        #expect(try cramp.reader().settings().keeping == .continuous)
    }
}
