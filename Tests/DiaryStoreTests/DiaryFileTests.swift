import DiaryStore
import Foundation
import Testing

/// Opening a diary: creation, permissions, and files that must be refused byte-for-byte unchanged.
@Suite("Diary file")
struct DiaryFileTests {
    @Test func aMissingFileIsNotCreatedForReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try DiaryFile.open(path: folder.path("sub/diary.db"), create: false) == nil)
        #expect(try folder.listing() == [], "opening for reading created something")
    }

    @Test func creatingMakesOwnerOnlyFoldersAndFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("a/b/diary.db")
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try file.db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 3600, 1)")
        #expect(try permissions(folder.path("a")) == 0o700)
        #expect(try permissions(folder.path("a/b")) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path("a/b")) {
            // The database and, while it is open, its -wal and -shm files.
            #expect(try permissions(folder.path("a/b/\(name)")) == 0o600, "\(name)")
        }
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aNewerVersionIsRefusedUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("newer.db")
        let newer = MigrationCatalogue.latestVersion + 1
        do {
            let db = try Database(path: path)
            try Migrator().migrate(db)
            try db.executeScript("CREATE TABLE from_the_future (x); PRAGMA user_version = \(newer)")
        }
        let error = try expectRefusedUnchanged(path, in: folder)
        guard case .newerVersion(_, let found, let known) = error else {
            Issue.record("expected newerVersion, got \(String(describing: error))")
            return
        }
        #expect(found == newer)
        #expect(known == MigrationCatalogue.latestVersion)
        #expect(error?.description.contains("left unchanged") == true)
    }

    /// Files that are not SQLite databases, by name (the bytes would flood the test log).
    static let notDatabases: [String: [UInt8]] = [
        "random bytes": (0..<8192).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) },
        "a text file": Array("2026-11-17 left calf 2m\nnot a database\n".utf8),
        "a SQLite header with a garbage page size": Array("SQLite format 3\u{0}".utf8) + [UInt8](repeating: 0xFF, count: 84),
    ]

    @Test(arguments: notDatabases.keys.sorted())
    func aNonDatabaseFileIsRefusedUnchanged(_ kind: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("notes.db")
        try Data(Self.notDatabases[kind]!).write(to: URL(fileURLWithPath: path))
        let error = try expectRefusedUnchanged(path, in: folder)
        guard case .notADatabase = error else {
            Issue.record("\(kind): expected notADatabase, got \(String(describing: error))")
            return
        }
    }

    @Test func anotherProgramsDatabaseIsRefusedUnchanged() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("other.db")
        do {
            let db = try Database(path: path)
            try db.executeScript("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')")
        }
        let error = try expectRefusedUnchanged(path, in: folder)
        guard case .notADiary = error else {
            Issue.record("expected notADiary, got \(String(describing: error))")
            return
        }
    }

    // Issue 11, point 12: an empty file is not read as an empty diary (a wiped one looks the same); a write
    // turns it into a diary only when there are no backups it could have come from.
    @Test func anEmptyFileIsNoDiaryToReadAndBecomesOneOnlyWhenWrittenWithoutBackups() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("empty.db")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        #expect(try DiaryFile.open(path: path, create: false) == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        let file = try #require(try DiaryFile.open(path: path, create: true))
        #expect(try file.schemaVersion() == MigrationCatalogue.latestVersion)
    }

    @Test func reopeningKeepsTheDataAndVersion() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("diary.db")
        do {
            let file = try #require(try DiaryFile.open(path: path, create: true))
            try file.write { try SettingsRepository(file.db).set(.nocturnalMark, to: "7") }
        }
        let again = try #require(try DiaryFile.open(path: path, create: true))
        #expect(try again.schemaVersion() == MigrationCatalogue.latestVersion)
        #expect(try SettingsRepository(again.db).stored() == ["nocturnal-mark": "7"])
    }

    /// Opens `path` for writing, expects a `StoreError`, and checks the file's bytes and the folder are unchanged.
    private func expectRefusedUnchanged(_ path: String, in folder: TemporaryFolder) throws -> StoreError? {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let listing = try folder.listing()
        let error = #expect(throws: StoreError.self) { try DiaryFile.open(path: path, create: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "the refused file was modified")
        #expect(try folder.listing() == listing, "the refusal left files behind (journal, WAL)")
        #expect(error?.description.contains(path) == true)
        return error
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
