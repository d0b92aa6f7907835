import Diary
import Foundation
import Testing

/// What reaches the diary from outside (an import, an older cramp) is never played on the terminal: ways in
/// refuse control characters as `log` does, and every printer shows what is already stored escaped.
@Suite("in process: terminal safety")
struct TerminalSafetyInProcessTests {
    /// Control characters as they were found in the attack: an OSC title set, a colour, BEL, backspace, NUL, DEL.
    static let hostileNotes: [(label: String, text: String)] = [
        ("OSC title", "\u{1B}]0;owned\u{07}"), ("colour", "\u{1B}[31mred"), ("BEL", "ding\u{07}"),
        ("backspace", "abc\u{08}\u{08}x"), ("NUL", "a\u{00}b"), ("DEL", "a\u{7F}"),
    ]

    /// An export with one episode whose note is `note`.
    private func exportFile(_ cramp: InProcessCramp, note: String) throws -> String {
        let header = "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note"
        let quoted = "\"" + note.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return try cramp.write("\(header)\n1,cramp,2026-11-20T03:10:00+01:00,2026-11-19,yes,left,calf,60,,yes,,,\(quoted)\n",
                               to: "hostile.csv")
    }

    // Issue 11, point 3: import accepted what log refuses.
    @Test(arguments: hostileNotes.map(\.label))
    func point3_importRefusesTheControlCharactersLogRefuses(label: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let note = try #require(Self.hostileNotes.first { $0.label == label }).text
        let logged = cramp.run(["log", "left", "calf", "1m", "--note", "-"], stdin: Array(note.utf8))
        #expect(logged.status == 64, "log refuses \(label): \(logged.stderr)")
        let imported = cramp.run(["import", try exportFile(cramp, note: note)])
        #expect(imported.status == 65, "import refuses \(label) as log does: \(imported.stderr)")
        #expect(imported.stderr.contains("note") && imported.stderr.contains("without control characters"), "\(imported.stderr)")
        #expect(try cramp.storedEpisodes().isEmpty, "nothing was imported")
        for output in [logged.stderr, imported.stderr] {
            #expect(!output.unicodeScalars.contains(where: TerminalText.needsEscape),
                    "the refusal quotes the value escaped: \(output.debugDescription)")
        }
    }

    // Issue 11, point 7: a NUL imported into a note came back cut short after delete and undo.
    @Test func point7_aNulInANoteIsRefusedOnEveryWayIn() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let imported = cramp.run(["import", try exportFile(cramp, note: "a\u{0}b")])
        #expect(imported.status == 65 && imported.stderr.contains("line 2"), "\(imported.stderr)")
        cramp.ok(["log", "left", "calf", "1m"])
        for arguments in [["edit", "1", "--note", "-"], ["sit", "1h", "--note", "-"], ["log", "right", "foot", "1m", "--note", "-"]] {
            let result = cramp.run(arguments, stdin: Array("a\u{0}b".utf8))
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
        #expect(try cramp.storedEpisodes().map(\.note) == [nil])
        #expect(try cramp.storedPostureSessions().isEmpty)
    }

    /// Text already in a diary (an older cramp imported it): an OSC sequence, a colour, BEL, backspace, C1 and
    /// a right-to-left override in the note, the override also in a trigger and a relief name (names refuse
    /// control characters, not overrides).
    private func diaryHoldingHostileText() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-11-20T03:10", "--trigger", "cold", "--relief", "stretch:helped"])
        cramp.ok(["sit", "2h", "--at", "2026-11-20T12:00"])
        let note = "'title' || char(27) || ']0;owned' || char(7) || 'x' || char(8) || char(155) || '31m' || char(27) || '[2J' || char(0x202E) || 'txt.exe'"
        try sqlite(cramp, """
            UPDATE episode SET note = \(note);
            UPDATE posture_session SET note = \(note);
            UPDATE episode_trigger SET name = 'cold' || char(0x202E) || 'dloc';
            UPDATE episode_relief SET name = 'stretch' || char(0x2066) || 'x';
            """)
        return cramp
    }

    // Issue 11, point 3: list, show and status printed stored escape sequences raw.
    @Test func point3_everyTerminalPrinterShowsStoredControlsEscaped() throws {
        let cramp = try diaryHoldingHostileText()
        defer { cramp.cleanup() }
        let commands: [[String]] = [
            [], ["status"], ["list", "all"], ["list", "all", "--posture"], ["show", "1"],
            ["report", "2026-11"], ["summary", "2026-11"],
            ["edit", "1", "--duration", "3m"], ["delete", "1"], ["undo"], ["undo"],
        ]
        var escapedSeen = Set<String>()
        for arguments in commands {
            let result = cramp.ok(arguments)
            let output = result.stdout + result.stderr
            let raw = output.unicodeScalars.filter(TerminalText.needsEscape)
            #expect(raw.isEmpty, "cramp \(arguments.joined(separator: " ")) printed \(raw.map { String($0.value, radix: 16) }): \(output.debugDescription)")
            for escape in ["\\x1B", "\\x07", "\\x08", "\\x9B", "\\u202E", "\\u2066"] where output.contains(escape) {
                escapedSeen.insert(escape)
            }
        }
        #expect(escapedSeen == ["\\x1B", "\\x07", "\\x08", "\\x9B", "\\u202E", "\\u2066"],
                "each stored control is shown, escaped, somewhere: \(escapedSeen.sorted())")
        #expect(cramp.ok(["show", "1"]).stdout.contains("title\\x1B]0;owned\\x07x\\x08\\x9B31m\\x1B[2J\\u202Etxt.exe"))
    }

    @Test func exportsKeepStoredTextExactlyForSpreadsheetsAndImport() throws {
        let cramp = try diaryHoldingHostileText()
        defer { cramp.cleanup() }
        // Data, not a terminal printer: the CSV holds what is stored, byte for byte.
        #expect(cramp.ok(["export"]).stdout.contains("cold\u{202E}dloc"))
    }

    private func sqlite(_ cramp: InProcessCramp, _ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [cramp.database, script]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(script)")
    }
}
