@testable import DiaryStore
import Testing

/// `Database.insertRows`, the grouped INSERTs of an import: text is bound from one buffer without SQLite copying
/// it (issue 11, point 16), so every kind of text must arrive exactly, in every statement of a group.
@Suite("Grouped inserts")
struct GroupedInsertTests {
    // Issue 11, point 16: empty text stays text (not NULL), bytes after a NUL and multi-byte text arrive whole,
    // NULL stays NULL, across full 64-row statements and the shorter last one.
    @Test func point16_everyValueArrivesExactlyAcrossTheStatementsOfAGroup() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let summaries = ["", "a\u{0}b", "Wadenkrampf, Fuß 🦵", String(repeating: "x", count: 10_000)]
        let rows = (0..<130).map { (id: Int64($0 + 1), summary: summaries[$0 % summaries.count]) }
        try file.write {
            try file.db.insertRows(into: OperationTable.self, rows) { row, column in
                switch column {
                case .id: .integer(row.id)
                case .command: .text("import")
                case .summary: .text(row.summary)
                case .atUTC: .integer(row.id * 10)
                case .undoneUTC: row.id == 130 ? .integer(7) : .null
                }
            }
        }
        let stored = try file.db.prepare("""
            SELECT id, typeof(summary), hex(summary), at_utc, undone_utc IS NULL FROM operation ORDER BY id
            """).bind([]).all { ($0.int64(0), $0.text(1), $0.text(2), $0.int64(3), $0.int(4)) }
        #expect(stored.count == 130)
        for (row, found) in zip(rows, stored) {
            let hex = row.summary.utf8.map { ($0 < 16 ? "0" : "") + String($0, radix: 16, uppercase: true) }.joined()
            #expect(found.0 == row.id && found.1 == "text" && found.2 == hex && found.3 == row.id * 10)
            #expect(found.4 == (row.id == 130 ? 0 : 1))
        }
        // A statement whose every text is empty (the command's CHECK set aside for this): still text, not NULL.
        try file.db.executeScript("PRAGMA ignore_check_constraints = ON")
        try file.write {
            try file.db.insertRows(into: OperationTable.self, [Int64(131)]) { id, column in
                switch column {
                case .id, .atUTC: .integer(id)
                case .command, .summary: .text("")
                case .undoneUTC: .null
                }
            }
        }
        #expect(try file.db.scalarText("SELECT typeof(command) || typeof(summary) FROM operation WHERE id = 131") == "texttext")
    }

    // Issue 11, point 16: an import stores its waiting episodes once their texts reach 4 MiB, not only every 8,192:
    // a file of long notes keeps no more of them in memory than any other.
    @Test func point16_episodesWithLongNotesAreStoredOnceTheirTextsReachTheBound() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        var episode = RepositoryTests.fullEpisode
        episode.note = String(repeating: "n", count: 10_000)
        let perEpisode = 256 + 10_000 + episode.triggers.reduce(0) { $0 + $1.name.utf8.count }
            + episode.reliefs.reduce(0) { $0 + $1.name.utf8.count }
        try file.write {
            let batch = try EpisodeImportBatch(file.db, operation: try Journal(file.db).begin(command: "import", nowUTC: Moments.now),
                                               nowUTC: Moments.now)
            for _ in 0..<500 { _ = try batch.insert(episode, keepingID: false) }
            // Stored as soon as the waiting texts reached 4 MiB; the rest waits for more or for `finish`.
            let stored = try file.db.scalarInt("SELECT count(*) FROM episode")
            #expect(stored == Int64((4 << 20) / perEpisode + 1))
            try batch.finish()
            #expect(try file.db.scalarInt("SELECT count(*) FROM episode") == 500)
        }
    }
}
