import Foundation
import Testing

/// `sit`, `stand`, `break` and `config`, each undoable.
@Suite("Posture, breaks and settings")
struct PostureAndConfigTests {
    @Test func sitStandAndBreaksAreStoredAndUndone() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let sat = try cramp.ok(["sit", "2h", "--breaks", "1"])
        #expect(sat.stderr.hasPrefix("recorded s1 sitting 2h, Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 1"), "\(sat.stderr)")
        #expect(sat.stderr.contains("(3 expected at one every 40 min)"), "\(sat.stderr)")
        #expect(try cramp.row("SELECT posture, start_utc, utc_offset, duration_s, breaks_taken FROM posture_session")
            == "sitting|\(Oracle.utc("2026-11-21T07:00:00+01:00"))|3600|7200|1")

        // --at is the end; 17:00 is later than now (09:00), so it is yesterday's 17:00.
        try cramp.ok(["stand", "3h", "--at", "17:00"])
        #expect(try cramp.row("SELECT posture, start_utc, duration_s, breaks_taken FROM posture_session WHERE id = 2")
            == "standing|\(Oracle.utc("2026-11-20T14:00:00+01:00"))|10800|0")

        let pause = try cramp.ok(["break", "--at", "08:30"])
        #expect(pause.stderr.contains("recorded stretch break #1 at Sat 2026-11-21 08:30 +01:00, during s1 sitting"), "\(pause.stderr)")
        try cramp.ok(["break"])
        #expect(try cramp.sql("SELECT at_utc FROM stretch_break ORDER BY id")
            == ["\(Oracle.utc("2026-11-21T08:30:00+01:00"))", "\(Oracle.utc("2026-11-21T09:00:00+01:00"))"])

        let postures = try cramp.ok(["list", "--posture", "this week"])
        #expect(postures.stdout.contains("s1 sitting 2h") && postures.stdout.contains("s2 standing 3h"), "\(postures.stdout)")

        #expect(try cramp.ok(["undo"]).stderr.hasPrefix("undid `cramp break`"))
        #expect(try cramp.row("SELECT count(*) FROM stretch_break") == "1")
        try cramp.ok(["undo"])
        #expect(try cramp.ok(["undo"]).stderr.hasPrefix("undid `cramp stand`"))
        #expect(try cramp.sql("SELECT id FROM posture_session") == ["1"])
    }

    @Test func configListGetSetResetAndUndo() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let listed = try cramp.ok(["config", "list"])
        let keys = listed.stdout.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" }
        #expect(keys == ["night-window", "break-interval", "long-standing", "long-sitting", "nocturnal-mark", "link-lookback", "keeping", "stretch-limit"])
        #expect(listed.stdout.components(separatedBy: "(default)").count == 9, "\(listed.stdout)")
        #expect(cramp.snapshot().isEmpty, "reading settings created the diary")
        #expect(try cramp.ok(["config", "get", "break-interval"]).stdout == "40\n")

        let set = try cramp.ok(["config", "set", "break-interval", "30"])
        #expect(set.stdout.isEmpty)
        #expect(set.stderr == "set break-interval to 30; undo: cramp undo\n")
        #expect(try cramp.ok(["config", "get", "break-interval"]).stdout == "30\n")
        #expect(try cramp.ok(["config", "list"]).stdout.contains("break-interval  30  (set)"))
        try cramp.ok(["config", "set", "night-window", "23:30-07:00"])
        #expect(try cramp.sql("SELECT key, value FROM setting ORDER BY key") == ["break-interval|30", "night-window|23:30-07:00"])

        try cramp.ok(["config", "reset", "break-interval"])
        #expect(try cramp.ok(["config", "get", "break-interval"]).stdout == "40\n")
        let undone = try cramp.ok(["undo"])
        #expect(undone.stderr.hasPrefix("undid `cramp config reset`"), "\(undone.stderr)")
        #expect(try cramp.ok(["config", "get", "break-interval"]).stdout == "30\n")

        try cramp.ok(["undo"])   // the night window
        try cramp.ok(["undo"])   // the first set
        #expect(try cramp.sql("SELECT count(*) FROM setting") == ["0"])

        let before = cramp.snapshot()
        let already = try cramp.ok(["config", "reset", "long-standing"])
        #expect(already.stderr.contains("already the default"))
        #expect(cramp.snapshot() == before)
    }

    @Test func theNightWindowSettingChangesWhichNightAnEpisodeBelongsTo() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["config", "set", "night-window", "23:00-09:30"])
        let logged = try cramp.ok(["log", "left", "1m", "--at", "09:10"], now: "2026-11-21T09:20")
        #expect(logged.stderr.contains("night of Fri 2026-11-20"), "\(logged.stderr)")
    }
}
