import Diary
import DiaryExport
import DiaryStore
import Testing
@testable import CrampBench

@Suite struct ExportQueryTests {
    /// The cell as cramp's CSV writer puts it (before quoting, which CSV readers undo).
    private func written(_ cell: CSVCell) -> String {
        switch cell {
        case .empty: ""
        case .number(let value): String(value)
        case .text(let text): SpreadsheetSafety.guarded(text)
        }
    }

    @Test func theQueryComputesTheCellsCrampExportWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/d.db"
        // Enough episodes that every note (formula starts, quotes, newlines) and own-words trigger occurs.
        _ = try DiaryGenerator.generate(testShape(episodes: 4_000, sessions: 500), path: path)
        let db = try Database(path: path, create: false, readOnly: true)
        let episodes = try EpisodeRepository(db).episodes(fromUTC: .min, toUTC: .max)
        let expected = episodes.map { EpisodeRecord.csvCells($0, nightWindow: .standard).map(written) }
        let columns = Int32(EpisodeColumn.allCases.count)
        let actual = try db.prepare(ExportQuery.sql).bind([]).all { row in
            (0..<columns).map { row.isNull($0) ? "" : row.text($0) }
        }
        #expect(actual.count == expected.count)
        for (index, (mine, theirs)) in zip(actual, expected).enumerated() where mine != theirs {
            Issue.record("row \(index + 1): query \(mine) but cramp \(theirs)")
            break
        }
        // The tricky cells really occur, so the comparison above covered them.
        let cells = actual.flatMap { $0 }
        #expect(cells.contains("'=not a formula"))
        #expect(cells.contains("'-2 °C outside, cold bedroom"))
        #expect(cells.contains { $0.contains("Wanderung\\; steil") })
        #expect(cells.contains { $0.hasSuffix("+02:00") } && cells.contains { $0.hasSuffix("+01:00") })
    }

    @Test func theHeaderNamesTheExportColumns() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/d.db"
        _ = try DiaryGenerator.generate(testShape(episodes: 10, sessions: 10), path: path)
        let db = try Database(path: path, create: false, readOnly: true)
        // `sqlite3 -header` prints the result column names; a view exposes them through table_info.
        var select = ExportQuery.sql
        while select.last == ";" || select.last == "\n" { select.removeLast() }
        try db.executeScript("CREATE TEMP VIEW export_columns AS " + select)
        let names = try db.prepare("SELECT name FROM pragma_table_info('export_columns')").bind([]).all { $0.text(0) }
        #expect(names == EpisodeColumn.header)
    }
}
