import Diary
import DiaryExport
import Foundation
import Testing
@testable import CrampCLI

/// `cramp list` fitted to the terminal: `COLUMNS`, the terminal's own width, and no cut at all into a pipe or file.
@Suite("in process: list fits the width")
struct ListWidthInProcessTests {
    private static let note = "zwei\nZeilen und ein viel längerer Text, der nicht passt"

    /// #1 a full cramp with two triggers, two reliefs and a long note; #2 a bare cramp; #3 numbness in both calves.
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--intensity", "6", "--trigger", "cold",
                  "--trigger", "standing", "--relief", "stretch:helped", "--relief", "massage:unsure", "--note", Self.note])
        cramp.ok(["log", "right", "foot", "90s", "--at", "wed 23:40"])
        cramp.ok(["log", "both", "calf", "5m", "--numbness", "--at", "thu 23:00"])
        return cramp
    }

    private func expectFits(_ lines: [String], _ width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in lines {
            #expect(TextWidth.cells(line) <= width, "\(TextWidth.cells(line)) cells: \(line)", sourceLocation: sourceLocation)
        }
    }

    // Issue 13: at 80 columns no line is wider than 80; headers a person reads (no `int`); the note gives up its
    // room first: lists and note go on a line under their episode, and the note is cut with "…".
    @Test func eightyColumns() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.run(["list"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        #expect(result.outputLines == [
            "id  night of        started    where                   lasted  intensity  woke",
            "#2  Wed 2026-11-18  Wed 23:40  right foot              1m30s   -          -",
            "#3  Thu 2026-11-19  Thu 23:00  both calves (numbness)  5m      -          -",
            "#1  Fri 2026-11-20  Sat 03:10  left calf               2m      6          yes",
            "    triggers: cold;standing  reliefs: stretch:helped;massage:unsure  note: zwei…",
        ], "\(result.stdout)")
        expectFits(result.outputLines, 80)
        #expect(TextWidth.cells(result.outputLines.last ?? "") == 80)
        #expect(!result.stdout.contains(" int "))
    }

    // Issue 13: at 120 columns the note keeps the room that is left, cut at exactly 120 cells.
    @Test func oneHundredTwentyColumns() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.run(["list"], environment: ["COLUMNS": "120"])
        #expect(result.outputLines.last
            == "    triggers: cold;standing  reliefs: stretch:helped;massage:unsure  note: zwei / Zeilen und ein viel längerer Text, de…",
                "\(result.stdout)")
        #expect(result.outputLines.count == 5)
        expectFits(result.outputLines, 120)
        #expect(TextWidth.cells(result.outputLines.last ?? "") == 120)
        // Without notes and lists the whole table fits 120 on one line a row, with the full start.
        let quiet = cramp.run(["list", "from", "2026-11-18", "to", "2026-11-19"], environment: ["COLUMNS": "120"])
        #expect(quiet.outputLines == [
            "id  night of        started                      where                   lasted  intensity  woke  triggers  reliefs",
            "#2  Wed 2026-11-18  Wed 2026-11-18 23:40 +01:00  right foot              1m30s   -          -     -         -",
            "#3  Thu 2026-11-19  Thu 2026-11-19 23:00 +01:00  both calves (numbness)  5m      -          -     -         -",
        ], "\(quiet.stdout)")
        expectFits(quiet.outputLines, 120)
    }

    // Issue 13: the terminal's own width is used when COLUMNS is unset.
    @Test func theTerminalWidth() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.run(["list"], terminal: Terminal(stdoutIsTTY: true, stderrIsTTY: true, columns: 80))
        #expect(result.outputLines.last == "    triggers: cold;standing  reliefs: stretch:helped;massage:unsure  note: zwei…")
        expectFits(result.outputLines, 80)
    }

    // Issue 13: into a pipe or a file (no terminal, no COLUMNS) nothing is cut: every field on one line a row.
    @Test func aPipeLosesNothing() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["list"])
        #expect(result.outputLines.first
            == "id  night of        started                      where                   lasted  intensity  woke  triggers       reliefs                        note")
        #expect(result.outputLines.last == "#1  Fri 2026-11-20  Sat 2026-11-21 03:10 +01:00  left calf               2m      6          yes   "
            + "cold;standing  stretch:helped;massage:unsure  zwei / Zeilen und ein viel längerer Text, der nicht passt")
        #expect(!result.stdout.contains("…"))
    }
}
