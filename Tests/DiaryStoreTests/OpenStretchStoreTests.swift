import Diary
import DiaryStore
import Foundation
import Testing

/// The open stretch in the store (issue 16): its one row, and the fast read behind `cramp status --short`.
@Suite("Open stretch store")
struct OpenStretchStoreTests {
    static let start = Timestamp(utc: Moments.utc("2026-11-17T08:00:00+01:00"), offset: 3600)

    /// A diary migrated to the latest version, with an open stretch and `break-interval` 30.
    func diary(_ folder: TemporaryFolder) throws -> String {
        let path = folder.path("cramp.db")
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try file.write {
            _ = try OpenStretchRepository(file.db).insert(OpenStretch(posture: .standing, start: Self.start, note: "Messe"), nowUTC: Self.start.utc)
            for minutes in [20, 50, 200] {
                _ = try BreakRepository(file.db).insert(StretchBreak(at: Self.start.adding(seconds: Int64(minutes * 60))), nowUTC: Self.start.utc)
            }
            try SettingsRepository(file.db).set(.breakInterval, to: "30")
        }
        return path
    }

    @Test func oneStretchAtATime() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try #require(try DiaryFile.open(path: folder.path("cramp.db"), create: true))
        let repository = OpenStretchRepository(file.db)
        let id = try repository.insert(OpenStretch(posture: .sitting, start: Self.start), nowUTC: Self.start.utc)
        #expect(try repository.current() == OpenStretch(id: id, posture: .sitting, start: Self.start, createdUTC: Self.start.utc))
        #expect(throws: SQLiteError.self) { try repository.insert(OpenStretch(posture: .standing, start: Self.start), nowUTC: 0) }
        #expect(try repository.delete(id: id) && repository.current() == nil)
    }

    // Issue 16: `status --short` reads the stretch, its breaks up to now and the two settings, and nothing else.
    @Test func theGlanceReadsTheStretchItsBreaksAndTheTwoSettings() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try diary(folder)
        // At 09:00 the breaks of 08:20 and 08:50 have been taken; the one at 11:20 lies ahead.
        let found = try #require(try StretchGlance.read(path: path, nowUTC: Self.start.utc + 3600))
        #expect(found.stretch.posture == .standing && found.stretch.start == Self.start && found.stretch.note == "Messe")
        #expect(found.breaks == 2 && found.lastBreakUTC == Self.start.utc + 50 * 60)
        #expect(found.storedInterval == "30" && found.storedLimit == nil)
    }

    // Issue 16: the glance never migrates, creates or writes: an older diary has no open stretch, a newer one is
    // refused, a missing one stays missing.
    @Test func theGlanceNeitherMigratesNorCreates() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        #expect(try StretchGlance.read(path: folder.path("none.db"), nowUTC: 0) == nil)
        #expect(try folder.listing().isEmpty)

        let old = folder.path("v1.db")
        let v1 = try Database(path: old)
        try Migrator(migrations: [MigrationCatalogue.all[0]]).migrate(v1)
        #expect(try StretchGlance.read(path: old, nowUTC: 0) == nil)
        #expect(try Migrator.version(of: v1) == 1, "the glance left the old diary as it was")

        let newer = folder.path("newer.db")
        let future = try Database(path: newer)
        try future.executeScript("CREATE TABLE t (x); PRAGMA user_version = 99")
        #expect {
            try StretchGlance.read(path: newer, nowUTC: 0)
        } throws: { error in
            guard case StoreError.newerVersion(_, 99, MigrationCatalogue.latestVersion) = error else { return false }
            return true
        }
    }
}
