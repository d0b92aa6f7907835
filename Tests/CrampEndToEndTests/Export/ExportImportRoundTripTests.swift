import Foundation
import Testing

@Suite("cramp export and import round trip")
struct ExportImportRoundTripTests {
    /// A diary with hostile notes, own-word triggers, a deleted id (a gap) and ids out of start order.
    private func richDiary(_ cramp: CrampRun) throws {
        try ExportFixture.logHostileDiary(cramp)
        try #require(cramp.run(["delete", "4"]).status == 0)
        // Logged last but started first: id 12 comes first in the export.
        try #require(cramp.run(["log", "both", "thigh", "3m", "--numbness", "--at", "2026-08-15 14:00",
                                "--trigger", "crossed-legs", "--relief", "walk:no-help", "--relief", "massage",
                                "--no-woke"]).status == 0)
        try #require(cramp.run(["sit", "3h", "--breaks", "2", "--at", "2026-11-10 12:00", "--note", "-desk, \"day\""]).status == 0)
        try #require(cramp.run(["stand", "1h", "--at", "2026-11-09 08:00"]).status == 0)
    }

    @Test func exportImportExportIsByteIdentical() throws {
        let source = try CrampRun()
        defer { source.cleanup() }
        try richDiary(source)
        let first = source.path("first.csv")
        try #require(source.run(["export", "-o", first]).status == 0)
        let firstPosture = source.path("first-posture.csv")
        try #require(source.run(["export", "--what", "posture", "-o", firstPosture]).status == 0)

        let target = try CrampRun()
        defer { target.cleanup() }
        let imported = try target.run(["import", first])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 11 episodes from \(first)"))
        let importedPosture = try target.run(["import", firstPosture])
        #expect(importedPosture.status == 0, "\(importedPosture.stderr)")
        #expect(importedPosture.stderr.contains("imported 2 posture sessions"))

        let second = target.path("second.csv")
        try #require(target.run(["export", "-o", second]).status == 0)
        let secondPosture = target.path("second-posture.csv")
        try #require(target.run(["export", "--what", "posture", "-o", secondPosture]).status == 0)
        let firstBytes = try #require(source.bytes(of: first))
        #expect(firstBytes == target.bytes(of: second))
        #expect(source.bytes(of: firstPosture) == target.bytes(of: secondPosture))
        // The ids came along, gap included.
        #expect(try target.sql("SELECT id FROM episode ORDER BY id") == ["1", "2", "3", "5", "6", "7", "8", "9", "10", "11", "12"])
        // JSON from the imported diary matches too.
        #expect(try source.run(["export", "--format", "json"]).stdoutBytes
                == target.run(["export", "--format", "json"]).stdoutBytes)
        // The BOM variant imports to the same diary.
        let bom = source.path("bom.csv")
        try #require(source.run(["export", "--bom", "-o", bom]).status == 0)
        let third = try CrampRun()
        defer { third.cleanup() }
        try #require(third.run(["import", bom]).status == 0)
        #expect(try third.run(["export"]).stdoutBytes == firstBytes)
    }

    @Test func importingTwiceAddsNothing() throws {
        let source = try CrampRun()
        defer { source.cleanup() }
        try richDiary(source)
        let file = source.path("visit.csv")
        try #require(source.run(["export", "-o", file]).status == 0)

        let target = try CrampRun()
        defer { target.cleanup() }
        try #require(target.run(["import", file]).status == 0)
        let again = try target.run(["import", file])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("nothing new in \(file): all 11 episodes are already in the diary (same kind, start time and leg)"))
        #expect(!again.stderr.contains("undo"))
        #expect(try target.sql("SELECT count(*) FROM episode") == ["11"])
        #expect(try target.sql("SELECT count(*) FROM operation") == ["1"])
        // Importing into the diary it came from adds nothing either.
        let home = try source.run(["import", file])
        #expect(home.stderr.contains("all 11 episodes are already in the diary"))
        #expect(try source.sql("SELECT count(*) FROM episode") == ["11"])
    }

    @Test func undoTakesTheWholeImportBack() throws {
        let source = try CrampRun()
        defer { source.cleanup() }
        try richDiary(source)
        let file = source.path("visit.csv")
        try #require(source.run(["export", "-o", file]).status == 0)

        let target = try CrampRun()
        defer { target.cleanup() }
        try #require(target.run(["log", "left", "foot", "30s", "--at", "2026-11-20 03:00"]).status == 0)
        let imported = try target.run(["import", file])
        #expect(imported.stderr.contains("undo: cramp undo"))
        #expect(try target.sql("SELECT count(*) FROM episode") == ["12"])
        let undone = try target.run(["undo"])
        #expect(undone.status == 0)
        #expect(undone.stderr.contains("undid `cramp import`"))
        #expect(undone.stderr.contains("imported 11 episodes from \(file)"))
        #expect(try target.sql("SELECT count(*) FROM episode") == ["1"])
        #expect(try target.sql("SELECT count(*) FROM episode_trigger") == ["0"])
    }

    @Test func takenIdsAreRenumberedAndChangedDuplicatesReported() throws {
        let source = try CrampRun()
        defer { source.cleanup() }
        try richDiary(source)
        let file = source.path("visit.csv")
        try #require(source.run(["export", "-o", file]).status == 0)

        let target = try CrampRun()
        defer { target.cleanup() }
        // #1 here is another cramp; #2 is the same cramp as the file's #2 (same kind, start, leg) with another note.
        try #require(target.run(["log", "left", "foot", "30s", "--at", "2026-11-20 03:00"]).status == 0)
        try #require(target.run(["log", "right", "calf", "61s", "--at", "2026-09-08 03:11", "--note", "mine"]).status == 0)
        let imported = try target.run(["import", file])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 10 episodes"))
        #expect(imported.stderr.contains("skipped 1 already in the diary"))
        #expect(imported.stderr.contains("#1 → #13"), "\(imported.stderr)")
        #expect(imported.stderr.contains("already in the diary with other values, the diary's version was kept: line 4 (#2)"),
                "\(imported.stderr)")
        #expect(try target.sql("SELECT note FROM episode WHERE id = 2") == ["mine"])
        #expect(try target.sql("SELECT count(*) FROM episode") == ["12"])
    }
}
