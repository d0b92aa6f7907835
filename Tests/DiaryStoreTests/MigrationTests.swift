import DiaryStore
import Foundation
import Testing

@Suite("Migrations")
struct MigrationTests {
    /// `Migrations/` at the package root, found from this file's own path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Migrations")

    /// The tables version 1 of the schema promises (issue 2), besides SQLite's own.
    static let tablesV1 = [
        "episode", "episode_relief", "episode_trigger", "operation", "operation_change", "posture_session",
        "setting", "stretch_break",
    ]

    @Test func catalogueMatchesTheMigrationsFolderExactly() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { !$0.hasPrefix(".") }.sorted()
        #expect(!onDisk.isEmpty, "no files found in \(Self.folder.path)")
        #expect(onDisk == MigrationCatalogue.all.map(\.fileName), "every file in Migrations/ must be in the catalogue, in order")
        for (index, migration) in MigrationCatalogue.all.enumerated() {
            #expect(migration.version == index + 1)
            // The version is the file's number: 0001_init.sql is version 1.
            #expect(Int(migration.fileName.prefix(4)) == migration.version, "\(migration.fileName)")
            #expect(migration.fileName.hasSuffix(".sql"))
            let text = try String(contentsOf: Self.folder.appendingPathComponent(migration.fileName), encoding: .utf8)
            #expect(migration.sql == text, "the embedded \(migration.fileName) differs from the file on disk")
        }
        #expect(MigrationCatalogue.latestVersion == MigrationCatalogue.all.count)
    }

    @Test func migratesAnEmptyDatabaseToTheLatestVersion() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try Database(path: folder.path("empty.db"))
        #expect(try Migrator.version(of: db) == 0)
        let applied = try Migrator().migrate(db)
        #expect(applied == Array(1...MigrationCatalogue.latestVersion))
        #expect(try Migrator.version(of: db) == MigrationCatalogue.latestVersion)
        let tables = try userTables(db)
        for table in Self.tablesV1 { #expect(tables.contains(table), "missing table \(table)") }
        #expect(try db.scalarText("PRAGMA integrity_check") == "ok")
        #expect(try db.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    @Test func migratingTwiceAppliesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try Database(path: folder.path("twice.db"))
        try Migrator().migrate(db)
        let schema = try schemaText(db)
        #expect(try Migrator().migrate(db) == [])
        #expect(try schemaText(db) == schema)
    }

    /// Every earlier version (0 included) migrates to the same schema as a database migrated from empty.
    @Test(arguments: 0..<MigrationCatalogue.latestVersion)
    func migratesFromEachEarlierVersion(_ start: Int) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let reference = try Database(path: folder.path("reference.db"))
        try Migrator().migrate(reference)

        let db = try Database(path: folder.path("v\(start).db"))
        try Migrator(migrations: Array(MigrationCatalogue.all.prefix(start))).migrate(db)
        #expect(try Migrator.version(of: db) == start)
        let applied = try Migrator().migrate(db)
        #expect(applied == Array((start + 1)...MigrationCatalogue.latestVersion))
        #expect(try schemaText(db) == schemaText(reference))
    }

    /// An up-to-date diary is opened without taking the write lock: a reader never waits for another
    /// process's write transaction (WAL's promise), nor fails as busy after the timeout.
    @Test func anUpToDateDatabaseNeedsNoWriteLock() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("diary.db")
        let writer = try #require(try DiaryFile.open(path: path, create: true))
        try writer.write {
            try writer.db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 3600, 1)")
            let reader = try Database(path: path, create: false)
            try reader.executeScript("PRAGMA busy_timeout = 50")
            #expect(try Migrator().migrate(reader) == [])
            let opened = try DiaryFile.open(path: path, create: false)
            #expect(try opened?.db.scalarInt("SELECT count(*) FROM stretch_break") == 0, "uncommitted rows are not seen")
        }
    }

    /// A later migration applies on top of the shipped ones and keeps the rows already stored.
    @Test func aNewMigrationAppliesOnlyItselfAndKeepsData() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("upgrade.db")
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try file.db.run("INSERT INTO setting (key, value) VALUES ('break-interval', '30')")

        let next = MigrationCatalogue.latestVersion + 1
        let extra = Migration(version: next, fileName: "\(next)_extra.sql",
                              bytes: Array("CREATE TABLE extra (x INTEGER NOT NULL) STRICT;".utf8))
        let applied = try Migrator(migrations: MigrationCatalogue.all + [extra]).migrate(file.db)
        #expect(applied == [next])
        #expect(try Migrator.version(of: file.db) == next)
        #expect(try userTables(file.db).contains("extra"))
        #expect(try file.db.scalarText("SELECT value FROM setting WHERE key = 'break-interval'") == "30")
    }

    /// A migration that fails half-way leaves the previous version and no part of itself.
    @Test func aFailingMigrationRollsBackCompletely() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try Database(path: folder.path("failing.db"))
        try Migrator().migrate(db)
        let before = try schemaText(db)
        let next = MigrationCatalogue.latestVersion + 1
        let broken = Migration(version: next, fileName: "\(next)_broken.sql", bytes: Array("""
            CREATE TABLE half_done (x INTEGER);
            INSERT INTO setting (key, value) VALUES ('night-window', '23:00-07:00');
            THIS IS NOT SQL;
            """.utf8))
        #expect(throws: SQLiteError.self) { try Migrator(migrations: MigrationCatalogue.all + [broken]).migrate(db) }
        #expect(try Migrator.version(of: db) == MigrationCatalogue.latestVersion)
        #expect(try schemaText(db) == before)
        #expect(try db.scalarInt("SELECT count(*) FROM setting") == 0)
        #expect(!db.isInTransaction)
    }

    /// A diary opened through `DiaryFile` is migrated, in WAL mode, with foreign keys on and FULL sync.
    @Test func diaryFileOpensMigratedWithItsPragmas() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        #expect(try file.schemaVersion() == MigrationCatalogue.latestVersion)
        #expect(try file.db.scalarText("PRAGMA journal_mode") == "wal")
        #expect(try file.db.scalarInt("PRAGMA foreign_keys") == 1)
        #expect(try file.db.scalarInt("PRAGMA synchronous") == 2)
    }

    private func userTables(_ db: Database) throws -> [String] {
        try db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            .bind([]).all { $0.text(0) }
    }

    private func schemaText(_ db: Database) throws -> [String] {
        try db.prepare("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")
            .bind([]).all { $0.text(0) }
    }

    /// Version 2 rebuilds `setting` and `operation_change` to widen their CHECKs: a version-1 diary keeps
    /// its settings and its undo journal, and the widened lists take the new names and still refuse others.
    @Test func version2KeepsSettingsAndTheJournalOfAVersion1Diary() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try Database(path: folder.path("v1.db"))
        try Migrator(migrations: Array(MigrationCatalogue.all.prefix(1))).migrate(db)
        try db.executeScript("""
            INSERT INTO setting (key, value) VALUES ('break-interval', '30');
            INSERT INTO operation (id, command, summary, at_utc) VALUES (7, 'log', 'logged #1', 100);
            INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (7, 0, 'episode', 1, 'insert');
            """)
        #expect(try Migrator().migrate(db) == Array(2...MigrationCatalogue.latestVersion))
        #expect(try db.scalarText("SELECT value FROM setting WHERE key = 'break-interval'") == "30")
        #expect(try db.scalarText("SELECT target || ':' || row_id FROM operation_change WHERE operation_id = 7") == "episode:1")
        try db.executeScript("""
            INSERT INTO setting (key, value) VALUES ('keeping', 'strict');
            INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (7, 1, 'check_in', 1, 'insert');
            """)
        #expect(throws: SQLiteError.self) { try db.executeScript("INSERT INTO setting (key, value) VALUES ('mood', 'x')") }
        #expect(throws: SQLiteError.self) {
            try db.executeScript("INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (7, 2, 'mood', 1, 'insert')")
        }
        // Deleting the operation still takes its changes with it (the rebuilt table kept its foreign key).
        try db.executeScript("PRAGMA foreign_keys = ON; DELETE FROM operation WHERE id = 7")
        #expect(try db.scalarInt("SELECT count(*) FROM operation_change") == 0)
        #expect(try db.scalarInt("SELECT count(*) FROM pragma_foreign_key_check") == 0)
    }

    /// Pending steps apply together or not at all: a diary is never left, nor seen by another process, at a
    /// version in between (two first runs once met a new diary at version 1 of 2).
    @Test func pendingMigrationsApplyAsOneTransaction() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let db = try Database(path: folder.path("together.db"))
        let next = MigrationCatalogue.latestVersion + 1
        let broken = Migration(version: next, fileName: "\(next)_broken.sql", bytes: Array("THIS IS NOT SQL;".utf8))
        #expect(throws: SQLiteError.self) { try Migrator(migrations: MigrationCatalogue.all + [broken]).migrate(db) }
        #expect(try Migrator.version(of: db) == 0)
        #expect(try userTables(db).isEmpty, "no step of the shipped ones stayed behind")
        #expect(try Migrator().migrate(db) == Array(1...MigrationCatalogue.latestVersion))
    }
}
