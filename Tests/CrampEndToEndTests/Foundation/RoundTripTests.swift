import Foundation
import Testing

/// log → list → show → edit → undo → delete → undo, as a person would use them.
@Suite("Round trips")
struct RoundTripTests {
    @Test func logListEditUndo() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--trigger", "cold", "--relief", "stretch:helped"])
        let listed = try cramp.ok(["list"])
        #expect(listed.stderr.contains("1 episode"), "\(listed.stderr)")
        let rows = listed.stdout.split(separator: "\n")
        #expect(rows.count == 2, "a header and one row: \(listed.stdout)")
        #expect(rows.last?.hasPrefix("#1  Fri 2026-11-20  Sat 2026-11-21 03:10 +01:00  left calf  2m") == true,
                "\(listed.stdout)")

        let edited = try cramp.ok(["edit", "1", "right", "foot", "--trigger", "standing", "--relief", "massage:no-help"])
        #expect(edited.messageLines.count == 2, "\(edited.stderr)")
        #expect(edited.messageLines.first?.hasPrefix("before: #1 cramp, left calf, 2m") == true, "\(edited.stderr)")
        #expect(edited.messageLines.first?.contains("triggers: cold, reliefs: stretch:helped") == true)
        #expect(edited.messageLines.last?.hasPrefix("after:  #1 cramp, right foot, 2m") == true, "\(edited.stderr)")
        #expect(edited.messageLines.last?.contains("triggers: standing, reliefs: massage:no-help") == true)
        #expect(try cramp.sql("SELECT name FROM episode_trigger") == ["standing"])

        let undone = try cramp.ok(["undo"])
        #expect(undone.stderr.hasPrefix("undid `cramp edit`"), "\(undone.stderr)")
        #expect(try cramp.row("SELECT leg, site FROM episode") == "left|calf")
        #expect(try cramp.sql("SELECT name FROM episode_trigger") == ["cold"])
        #expect(try cramp.sql("SELECT name, outcome FROM episode_relief") == ["stretch|helped"])

        let again = try cramp.ok(["undo"])
        #expect(again.stderr.hasPrefix("undid `cramp log`"), "\(again.stderr)")
        #expect(try cramp.row("SELECT count(*) FROM episode") == "0")
        let nothing = try cramp.ok(["undo"])
        #expect(nothing.stderr == "nothing to undo\n")
    }

    @Test func showPrintsEveryFieldToStdout() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "both", "thigh", "45s", "--at", "23:30", "--intensity", "4", "--no-woke",
                      "--trigger", "exercise", "--relief", "walk:partly", "--note", "après le sport"])
        let shown = try cramp.ok(["show", "#1"])
        #expect(shown.stderr.isEmpty)
        for line in ["id        #1", "kind      cramp", "started   Fri 2026-11-20 23:30 +01:00",
                     "night of  Fri 2026-11-20 (nocturnal)", "leg       both", "site      thigh", "duration  45s",
                     "intensity 4/10", "woke      no", "triggers  exercise", "reliefs   walk:partly",
                     "note      après le sport"] {
            #expect(shown.stdout.contains(line + "\n"), "missing \(line) in\n\(shown.stdout)")
        }
    }

    @Test func deleteThenUndoRestoresTheSameIdWithItsLists() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "calf", "2m", "--at", "02:00", "--trigger", "cold", "--trigger", "standing",
                      "--relief", "stretch:helped", "--note", "erster"])
        try cramp.ok(["log", "right", "foot", "1m"])
        let before = try cramp.sql("SELECT * FROM episode WHERE id = 1")
        let deleted = try cramp.ok(["delete", "1"])
        #expect(deleted.stderr.hasPrefix("deleted #1 cramp, left calf"), "\(deleted.stderr)")
        #expect(try cramp.row("SELECT count(*) FROM episode_trigger") == "0")
        let undone = try cramp.ok(["undo"])
        #expect(undone.stderr.hasPrefix("undid `cramp delete`"), "\(undone.stderr)")
        #expect(try cramp.sql("SELECT * FROM episode WHERE id = 1") == before)
        #expect(try cramp.sql("SELECT name FROM episode_trigger WHERE episode_id = 1 ORDER BY position") == ["cold", "standing"])
        #expect(try cramp.sql("SELECT name, outcome FROM episode_relief WHERE episode_id = 1") == ["stretch|helped"])
        // Numbers are never handed out twice.
        let next = try cramp.ok(["log", "left", "1m"])
        #expect(next.stderr.hasPrefix("logged #3 "), "\(next.stderr)")
    }

    @Test func listJSONIsDataOnStdout() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "calf", "2m", "--at", "02:40", "--trigger", "cold", "--relief", "stretch:helped",
                      "--note", "ü"])
        let listed = try cramp.ok(["list", "--json"])
        #expect(listed.stderr.isEmpty)
        let array = try #require(try JSONSerialization.jsonObject(with: listed.stdoutBytes) as? [[String: Any]])
        #expect(array.count == 1)
        let first = try #require(array.first)
        #expect(first["id"] as? Int == 1)
        #expect(first["start_local"] as? String == "2026-11-21T02:40:00+01:00")
        #expect(first["night_of"] as? String == "2026-11-20")
        #expect(first["duration_s"] as? Int == 120)
        #expect(first["triggers"] as? [String] == ["cold"])
        #expect(first["note"] as? String == "ü")
    }

    @Test func listTakesAPeriod() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "2m", "--at", "2026-10-03 03:00"])
        try cramp.ok(["log", "left", "2m", "--at", "2026-11-20 23:00"])
        #expect(try cramp.ok(["list"]).stdout.split(separator: "\n").count == 2, "the default period is the last 7 nights")
        let october = try cramp.ok(["list", "2026-10"])
        #expect(october.stdout.contains("#1") && !october.stdout.contains("#2"), "\(october.stdout)")
        let all = try cramp.ok(["list", "all"])
        #expect(all.stdout.split(separator: "\n").count == 3, "\(all.stdout)")
        let empty = try cramp.ok(["list", "2026-09"])
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.contains("0 episodes"))
    }
}
