import Foundation
import Testing

/// `cramp log`: every flag and word lands in the right column, and the echo says what was stored.
@Suite("cramp log")
struct LogCommandTests {
    @Test func everyFlagIsStored() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok([
            "log", "--at", "03:10", "--leg", "right", "--site", "foot", "--duration", "1m30s", "--intensity", "6",
            "--trigger", "standing", "--trigger", "Neue Schuhe", "--relief", "stretch:helped", "--relief", "heat",
            "--relief", "Magnesium-Öl:partly", "--woke", "--note", "Krampf 🦵 — Zehen",
        ])
        let start = Oracle.utc("2026-11-21T03:10:00+01:00")
        #expect(try cramp.row("SELECT kind, start_utc, utc_offset, leg, site, duration_s, intensity, woke, note FROM episode")
            == "cramp|\(start)|3600|right|foot|90|6|yes|Krampf 🦵 — Zehen")
        #expect(try cramp.sql("SELECT name FROM episode_trigger ORDER BY position") == ["standing", "Neue Schuhe"])
        #expect(try cramp.sql("SELECT name, outcome FROM episode_relief ORDER BY position")
            == ["stretch|helped", "heat|unsure", "Magnesium-Öl|partly"])
    }

    @Test(arguments: [
        (["--woke"], "yes"), (["--no-woke"], "no"), ([], "unknown"), (["woke"], "yes"),
    ])
    func wokeIsThreeValued(_ flags: [String], _ stored: String) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "2m"] + flags)
        #expect(try cramp.row("SELECT woke FROM episode") == stored)
    }

    @Test func numbnessIsItsOwnKind() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "foot", "20m", "--numbness"])
        try cramp.ok(["log", "numbness", "right", "toes", "5m"])
        #expect(try cramp.sql("SELECT kind, leg, site FROM episode ORDER BY id") == ["numbness|left|foot", "numbness|right|toes"])
    }

    @Test(arguments: [
        (["left", "calf", "2m"], "left|calf|120", [String]()),
        (["calf", "2m", "left"], "left|calf|120", []),
        (["r", "foot", "90s", "stretch:helped"], "right|foot|90", ["stretch|helped"]),
        (["90s", "stretch:helped", "foot", "r"], "right|foot|90", ["stretch|helped"]),
        (["both", "calves", "1:30", "massage", "7/10"], "both|calf|90", ["massage|unsure"]),
    ])
    func orderFreeWords(_ words: [String], _ stored: String, _ reliefs: [String]) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log"] + words)
        #expect(try cramp.row("SELECT leg, site, duration_s FROM episode") == stored)
        #expect(try cramp.sql("SELECT name, outcome FROM episode_relief ORDER BY position") == reliefs)
    }

    @Test func wordsTakeTimesAndTriggers() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "calf", "2m", "at", "yesterday", "23:40", "cold", "standing"])
        #expect(try cramp.row("SELECT start_utc FROM episode") == "\(Oracle.utc("2026-11-20T23:40:00+01:00"))")
        #expect(try cramp.sql("SELECT name FROM episode_trigger ORDER BY position") == ["cold", "standing"])
    }

    @Test func bareLogCopiesLegAndSiteOfThePreviousEpisodeAndSaysSo() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "right", "foot", "90s", "--at", "02:00"])
        let bare = try cramp.ok(["log"])
        #expect(bare.stderr.contains("leg and site copied from #1"), "\(bare.stderr)")
        #expect(try cramp.row("SELECT leg, site, start_utc FROM episode WHERE id = 2")
            == "right|foot|\(Oracle.utc("2026-11-21T09:00:00+01:00"))")
    }

    @Test func theEchoIsOneLineWithIdLocalTimeNightFieldsAndUndo() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.ok(["log", "left", "calf", "2m", "--at", "02:40", "--intensity", "7", "--trigger", "cold",
                                   "--relief", "stretch:helped", "--woke", "--note", "two\nlines"],
                                  now: "2026-11-17T09:00")
        #expect(result.stdout.isEmpty, "messages go to stderr, not stdout")
        #expect(result.messageLines.count == 1, "\(result.stderr)")
        let line = result.stderr
        // 02:40 on Tuesday belongs to Monday's night.
        for part in ["logged #1 cramp", "left calf", "2m", "Tue 2026-11-17 02:40 +01:00", "night of Mon 2026-11-16",
                     "woke: yes", "intensity 7/10", "triggers: cold", "reliefs: stretch:helped", "note: \"two / lines\"",
                     "undo: cramp undo"] {
            #expect(line.contains(part), "missing \(part) in \(line)")
        }
    }

    @Test func aCrampOverTenMinutesPrintsTheSeekCareAdvice() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let ten = try cramp.ok(["log", "left", "calf", "10m"])
        #expect(!ten.stderr.contains("seek medical care"))
        let eleven = try cramp.ok(["log", "left", "calf", "11m"])
        #expect(eleven.messageLines.count == 2)
        #expect(eleven.messageLines.last?.contains("seek medical care") == true)
        #expect(eleven.stdout.isEmpty)
        // Numbness is not a cramp: no cramp advice.
        let numb = try cramp.ok(["log", "left", "foot", "30m", "--numbness"])
        #expect(!numb.stderr.contains("seek medical care"))
    }

    @Test func noteFromStandardInput() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "2m", "--note", "-"], stdin: Data("Nachts um drei 🌙\nzweite Zeile\n".utf8))
        #expect(try cramp.sql("SELECT note FROM episode") == ["Nachts um drei 🌙", "zweite Zeile"])
        #expect(try cramp.row("SELECT length(note) FROM episode") == "29")
    }

    @Test func dryRunWritesNothingNotEvenANewFile() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let fresh = try cramp.ok(["log", "left", "calf", "2m", "--dry-run"])
        #expect(fresh.stderr.contains("would log #- cramp, left calf, 2m"), "\(fresh.stderr)")
        #expect(cramp.snapshot().isEmpty, "a dry run created \(cramp.snapshot().keys.sorted())")

        try cramp.ok(["log", "right", "foot", "1m"])
        let before = cramp.snapshot()
        let used = try cramp.ok(["log", "--dry-run"])
        #expect(used.stderr.contains("right foot"), "\(used.stderr)")
        #expect(used.stderr.contains("copied from #1"), "\(used.stderr)")
        #expect(cramp.snapshot() == before)
    }
}
