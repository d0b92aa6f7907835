@testable import DiaryStore
import Testing

/// The episode tables' CHECKs written in Swift (`SwiftCheckedTable`), which an import evaluates instead of SQLite
/// (issue 11, point 16), held to the schema: every probe value, at and past each edge, gets the same verdict from
/// SQLite (the row inserted with its CHECKs on) and from Swift.
@Suite("CHECKs evaluated in Swift")
struct SwiftChecksTests {
    private static func long(_ count: Int, _ text: String) -> String { String(repeating: text, count: count) }

    /// Probes for one column of the episode table.
    static let episodeProbes: [(EpisodeTable, [SQLValue])] = [
        (.kind, ["cramp", "numbness", "Cramp", "headache", "", "cramp "].map(SQLValue.text)),
        (.utcOffset, [-64_801, -64_800, 0, 64_800, 64_801].map(SQLValue.integer)),
        (.leg, ["left", "right", "both", "middle", "LEFT", ""].map(SQLValue.text)),
        (.site, [.null] + ["calf", "foot", "toes", "shin", "thigh", "other", "knee", ""].map(SQLValue.text)),
        (.durationSeconds, [-5, 0, 1, 86_400, 86_401].map(SQLValue.integer)),
        (.intensity, [.null] + [-1, 0, 10, 11].map(SQLValue.integer)),
        (.woke, ["yes", "no", "unknown", "maybe", "Yes"].map(SQLValue.text)),
        (.note, [.null] + [
            "", long(10_000, "a"), long(10_001, "a"), long(10_000, "é"), long(10_001, "é"),
            long(5_000, "e\u{301}"), long(5_001, "e\u{301}"), "a\u{0}" + long(10_001, "b"), long(9_999, "🦵") + "\u{0}b",
        ].map(SQLValue.text)),
        (.updatedUTC, [4, 5, 6].map(SQLValue.integer)),
    ]

    /// Probes for the name of a trigger or relief, and for its position.
    static let names: [SQLValue] = [
        "cold", "", " ", "   a   ", "\t", long(100, "a"), long(101, "a"), " " + long(100, "a") + " ", "\t" + long(100, "a"),
        long(100, "ü"), long(101, "ü"), "a\u{0}" + long(200, "b"), "\u{0}abc", "a:b", ":", "a\u{0}:", "stretch: helped",
    ].map(SQLValue.text)
    static let positions: [SQLValue] = [-1, 0, 5].map(SQLValue.integer)

    // Issue 11, point 16: the episode table's CHECKs, Swift against SQLite.
    @Test func point16_episodeChecksInSwiftGiveSQLitesVerdicts() throws {
        let (folder, db) = try Self.diary()
        defer { folder.remove() }
        let base: [SQLValue] = [.integer(2), .text("cramp"), .integer(1_000), .integer(3_600), .text("left"),
                                .text("calf"), .integer(60), .integer(5), .text("yes"), .text("note"), .integer(5), .integer(5)]
        for (column, probes) in Self.episodeProbes {
            for probe in probes {
                var row = base
                row[Int(column.rawValue)] = probe
                try Self.expectSameVerdict(EpisodeTable.self, row, db, "\(column.columnName) = \(Self.shown(probe))")
            }
        }
    }

    // Issue 11, point 16: the trigger and relief tables' CHECKs, Swift against SQLite.
    @Test func point16_triggerAndReliefChecksInSwiftGiveSQLitesVerdicts() throws {
        let (folder, db) = try Self.diary()
        defer { folder.remove() }
        for name in Self.names {
            try Self.expectSameVerdict(EpisodeTriggerTable.self, [.integer(1), .integer(0), name], db, "trigger \(Self.shown(name))")
            try Self.expectSameVerdict(EpisodeReliefTable.self, [.integer(1), .integer(0), name, .text("helped")], db,
                                       "relief \(Self.shown(name))")
        }
        for position in Self.positions {
            try Self.expectSameVerdict(EpisodeTriggerTable.self, [.integer(1), position, .text("cold")], db, "trigger position")
            try Self.expectSameVerdict(EpisodeReliefTable.self, [.integer(1), position, .text("walk"), .text("partly")], db,
                                       "relief position")
        }
        for outcome in ["helped", "partly", "no-help", "unsure", "great", "", "Helped"] {
            try Self.expectSameVerdict(EpisodeReliefTable.self, [.integer(1), .integer(0), .text("walk"), .text(outcome)], db,
                                       "relief outcome \(outcome)")
        }
    }

    // Issue 11, point 16: a row the Swift CHECKs refuse is refused as SQLite refuses it, and nothing of it is written.
    @Test func point16_aRowTheSwiftChecksRefuseIsACheckFailureAndWritesNothing() throws {
        let (folder, db) = try Self.diary()
        defer { folder.remove() }
        let rows: [[SQLValue]] = [[.integer(1), .integer(0), .text("cold")], [.integer(1), .integer(1), .text(" ")]]
        let failure = #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.withChecksInSwift {
                    try db.insertCheckedRows(into: EpisodeTriggerTable.self, rows) { row, column in row[Int(column.rawValue)] }
                }
            }
        }
        #expect(failure?.isConstraint == true && failure?.extendedCode == 275)
        #expect(failure?.message == "CHECK constraint failed: episode_trigger.name")
        #expect(try db.scalarInt("SELECT count(*) FROM episode_trigger") == 0)
    }

    // Issue 11, point 16: SQLite's CHECKs are back after `withChecksInSwift`, also for a statement prepared inside it.
    @Test func point16_sqliteChecksAgainAfterwardsEvenWithAStatementPreparedMeanwhile() throws {
        let (folder, db) = try Self.diary()
        defer { folder.remove() }
        let insert = { (rows: [[SQLValue]]) in
            try db.insertRows(into: EpisodeTriggerTable.self, rows) { row, column in row[Int(column.rawValue)] }
        }
        try db.transaction { try db.withChecksInSwift { try insert([[.integer(1), .integer(0), .text("cold")]]) } }
        let failure = #expect(throws: SQLiteError.self) {
            try db.transaction { try insert([[.integer(1), .integer(1), .text(" ")]]) }
        }
        #expect(failure?.extendedCode == 275)
        #expect(try db.scalarInt("SELECT count(*) FROM episode_trigger") == 1)
    }

    /// A new diary holding episode 1, the parent every probe row of the lists points to.
    private static func diary() throws -> (TemporaryFolder, Database) {
        let folder = try TemporaryFolder()
        let file = try freshDiary(folder)
        try file.db.run("""
            INSERT INTO episode (id, kind, start_utc, utc_offset, leg, duration_s, created_utc, updated_utc)
            VALUES (1, 'cramp', 0, 0, 'left', 60, 0, 0)
            """)
        return (folder, file.db)
    }

    /// Inserts `row` with SQLite's CHECKs on and rolls it back; expects Swift to refuse it exactly when a CHECK did.
    private static func expectSameVerdict<Table: SwiftCheckedTable>(
        _: Table.Type, _ row: [SQLValue], _ db: Database, _ probe: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var sqliteRefused = false
        do {
            try db.transaction {
                try db.insertRows(into: Table.self, [row]) { row, column in row[Int(column.rawValue)] }
                throw RolledBack()
            }
        } catch is RolledBack {
        } catch let error as SQLiteError where error.extendedCode == 275 {
            sqliteRefused = true
        }
        let swiftRefused = Table.refused(row[...]) != nil
        #expect(swiftRefused == sqliteRefused, "\(Table.table): \(probe): SQLite \(sqliteRefused ? "refused" : "accepted")",
                sourceLocation: sourceLocation)
    }

    private struct RolledBack: Error {}

    private static func shown(_ value: SQLValue) -> String {
        switch value {
        case .text(let text): text.count > 20 ? "\(text.unicodeScalars.count) scalars" : "\"\(text)\""
        default: "\(value)"
        }
    }
}
