import Foundation
import Testing

/// `cramp undo` after each command that writes: the diary goes back to exactly what it was before that command,
/// as a whole, and the message names the command and what it did.
@Suite("in process: undo")
struct UndoInProcessTests {
    /// A writing command, run on a diary that already holds an episode, a sitting stretch and a changed setting.
    struct Case: Sendable, CustomStringConvertible {
        let command: String
        /// Run before the command (after the shared diary); `{folder}` is the run's folder.
        let setup: [[String]]
        let arguments: [String]
        /// What the undo message must say it reverted.
        let reverted: String
        var description: String { command }
    }

    static let cases: [Case] = [
        Case(command: "log", setup: [], arguments: ["log", "right", "foot", "1m", "--trigger", "sitting"],
             reverted: "logged #2 cramp, right foot, 1m, Sat 2026-11-21 09:00 +01:00"),
        Case(command: "edit", setup: [], arguments: ["edit", "1", "--duration", "3m", "--trigger", "heat", "--clear", "reliefs"],
             reverted: "edited #1 cramp, left calf, 3m"),
        Case(command: "delete", setup: [], arguments: ["delete", "1"], reverted: "deleted #1 cramp, left calf, 2m"),
        Case(command: "sit", setup: [], arguments: ["sit", "45m", "--breaks", "1", "--note", "train"],
             reverted: "recorded s2 sitting 45m, Sat 2026-11-21 08:15 +01:00 to 09:00"),
        Case(command: "stand", setup: [], arguments: ["stand", "3h", "--at", "yesterday 12:00"],
             reverted: "recorded s2 standing 3h, Fri 2026-11-20 09:00 +01:00 to 12:00"),
        Case(command: "break", setup: [], arguments: ["break", "--at", "yesterday 16:00"],
             reverted: "recorded stretch break #1 at Fri 2026-11-20 16:00 +01:00"),
        Case(command: "config set", setup: [], arguments: ["config", "set", "night-window", "21:00-06:00"],
             reverted: "set night-window to 21:00-06:00"),
        Case(command: "config reset", setup: [], arguments: ["config", "reset", "night-window"],
             reverted: "reset night-window to its default 22:00-08:00"),
        Case(command: "import",
             setup: [["log", "--db", "{folder}/other.db", "left", "2m", "--at", "2026-11-10T02:00"],
                     ["log", "--db", "{folder}/other.db", "right", "thigh", "4m", "--at", "2026-11-12T03:00"],
                     ["log", "--db", "{folder}/other.db", "left", "calf", "2m", "--at", "03:10"],   // already in the diary
                     ["export", "--db", "{folder}/other.db", "-o", "{folder}/in.csv"]],
             arguments: ["import", "{folder}/in.csv"],
             reverted: "imported 2 episodes from {folder}/in.csv; skipped 1 already in the diary"),
    ]

    /// Everything a writing command can change: episodes (every field), posture sessions and settings read back
    /// through the reader, and the live breaks through the report's day-before counts (no command lists breaks).
    private func state(_ cramp: InProcessCramp) throws -> String {
        "\(try cramp.storedEpisodes())\n\(try cramp.storedPostureSessions())\n"
            + "\(try cramp.reader().storedSettings().sorted { $0.key < $1.key })\n" + cramp.ok(["report", "--json"]).stdout
    }

    @Test(arguments: cases)
    func undoRevertsTheLastCommandAsAWhole(_ item: Case) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let fill = { (text: String) in text.replacingOccurrences(of: "{folder}", with: cramp.folder.path) }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--trigger", "cold", "--relief", "stretch:helped"])
        cramp.ok(["sit", "2h", "--at", "yesterday 17:00"])
        cramp.ok(["config", "set", "night-window", "23:00-07:00"])
        for step in item.setup { cramp.ok(step.map(fill)) }
        let before = try state(cramp)

        cramp.ok(item.arguments.map(fill))
        let changed = try state(cramp)
        #expect(changed != before, "\(item) changed nothing the probe sees")

        let undone = cramp.ok(["undo"])
        #expect(undone.stdout.isEmpty)
        #expect(undone.messageLines.count == 1, "\(undone.stderr)")
        let prefix = "undid `cramp \(item.command)` from Sat 2026-11-21 09:00 +01:00: "
        #expect(undone.stderr.hasPrefix(prefix), "\(undone.stderr)")
        #expect(undone.stderr.contains(fill(item.reverted)), "\(undone.stderr)")
        #expect(try state(cramp) == before, "undo of \(item) left a difference")

        // Only that command: the next undo takes the night-window setting of the shared diary back.
        if item.setup.isEmpty {
            #expect(cramp.ok(["undo"]).stderr.hasPrefix("undid `cramp config set` from Sat 2026-11-21 09:00 +01:00: set night-window to 23:00-07:00"))
        }
    }

    @Test func undoOnAnEmptyDiaryOrAfterEverythingSaysSoAndWritesNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["undo"]).messageLines == ["nothing to undo: the diary is empty"])
        #expect(cramp.names().isEmpty, "undo created \(cramp.names())")

        cramp.ok(["log", "left", "calf", "2m"])
        cramp.ok(["log", "right", "1m"])
        #expect(cramp.ok(["undo"]).stderr.contains("logged #2"))
        #expect(cramp.ok(["undo"]).stderr.contains("logged #1"))
        #expect(try cramp.storedEpisodes().isEmpty)
        #expect(cramp.ok(["undo"]).messageLines == ["nothing to undo"])
    }
}
