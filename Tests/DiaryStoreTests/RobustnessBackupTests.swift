import Diary
@testable import DiaryStore
import Foundation
import TestSupport
import Testing

/// A private temporary folder for one test; removed by `cleanup()`.
struct ScratchFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cramp-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }

    /// Permission bits of a file or folder (`0o600`...).
    /// `20261117T080640Z` for a UTC instant, by Foundation's formatter (an oracle independent of the store's).
    static func stamp(_ utc: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(utc)))
    }

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as! NSNumber).intValue & 0o777
    }
}

/// A value shared between threads in a test.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func set(_ value: Value) { lock.withLock { stored = value } }

    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}

/// Stored test data: episodes logged the way `cramp log` does, with their journal rows.
enum Diaries {
    static let start: Int64 = 1_795_000_000

    /// Logs `count` episodes into the diary at `path`, one transaction each, as `cramp log` does.
    @discardableResult
    static func log(_ count: Int, into file: DiaryFile, from first: Int = 0) throws -> [Int64] {
        var ids: [Int64] = []
        for index in first..<(first + count) {
            let episode = Episode(
                start: Timestamp(utc: start + Int64(index) * 600, offset: 3600), leg: index % 2 == 0 ? .left : .right,
                site: .calf, durationSeconds: 60 + index % 300, intensity: index % 11,
                triggers: [Trigger(.standing)], reliefs: [Relief(.stretch, outcome: .helped)], note: "episode \(index)")
            ids.append(try file.write {
                let id = try EpisodeRepository(file.db).insert(episode, nowUTC: start)
                let operation = try Journal(file.db).begin(command: "log", nowUTC: start)
                try operation.inserted(.episode, rowID: id)
                try operation.describe("logged #\(id)")
                return id
            })
        }
        return ids
    }

    /// A migration list with one extra, test-only step after the real ones.
    static func withTestUpgrade() -> Migrator {
        let extra = Migration(version: MigrationCatalogue.latestVersion + 1, fileName: "9999_test_only.sql",
                              bytes: Array("CREATE TABLE test_only_upgrade (x INTEGER);".utf8))
        return Migrator(migrations: MigrationCatalogue.all + [extra])
    }

    /// Episodes, operations and episodes lacking a journal row, trigger or relief ("half-written").
    static func census(_ path: String) throws -> (episodes: Int, operations: Int, halfWritten: Int) {
        let db = try Database(path: path, create: false, readOnly: true)
        let episodes = Int(try db.scalarInt("SELECT count(*) FROM episode") ?? -1)
        let operations = Int(try db.scalarInt("SELECT count(*) FROM operation") ?? -1)
        let halfWritten = Int(try db.scalarInt("""
            SELECT count(*) FROM episode e
            WHERE NOT EXISTS (SELECT 1 FROM episode_trigger t WHERE t.episode_id = e.id)
               OR NOT EXISTS (SELECT 1 FROM episode_relief r WHERE r.episode_id = e.id)
               OR NOT EXISTS (SELECT 1 FROM operation_change c
                              WHERE c.target = 'episode' AND c.row_id = e.id AND c.action = 'insert')
            """) ?? -1)
        return (episodes, operations, halfWritten)
    }
}

@Suite("Robustness: backups")
struct RobustnessBackupTests {
    @Test func backupIsAVerifiedPrivateCopyInTheBackupsFolder() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/diary/cramp.db"
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try Diaries.log(12, into: file)

        let copy = try Backup.make(diaryAt: path, nowUTC: 1_795_000_000)
        #expect(copy.path == scratch.path + "/diary/backups/cramp-\(ScratchFolder.stamp(1_795_000_000))-v\(MigrationCatalogue.latestVersion).db")
        #expect(copy.episodes == 12)
        #expect(copy.schemaVersion == MigrationCatalogue.latestVersion)
        #expect(try ScratchFolder.mode(copy.path) == 0o600)
        #expect(try ScratchFolder.mode(scratch.path + "/diary/backups") == 0o700)
        let census = try Diaries.census(copy.path)
        #expect(census.episodes == 12 && census.operations == 12 && census.halfWritten == 0)
        // The copy reads back as the same diary.
        let original = try EpisodeRepository(file.db).episodes(fromUTC: 0, toUTC: .max)
        let copied = try EpisodeRepository(Database(path: copy.path, create: false, readOnly: true)).episodes(fromUTC: 0, toUTC: .max)
        #expect(copied == original)
        #expect(!FileManager.default.fileExists(atPath: copy.path + ".partial"))
    }

    @Test func secondBackupInTheSameSecondGetsItsOwnName() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        _ = try DiaryFile.open(path: path, create: true)
        let first = try Backup.make(diaryAt: path, nowUTC: 1_795_000_000)
        let second = try Backup.make(diaryAt: path, nowUTC: 1_795_000_000)
        #expect(first.path != second.path)
        let stamp = ScratchFolder.stamp(1_795_000_000)
        #expect(second.path.hasSuffix("cramp-\(stamp)-v\(MigrationCatalogue.latestVersion)-2.db"))
        #expect(Backup.existing(forDiary: path) == ["cramp-\(stamp)-v\(MigrationCatalogue.latestVersion).db", "cramp-\(stamp)-v\(MigrationCatalogue.latestVersion)-2.db"])
    }

    @Test func aBackupNeverReplacesAFile() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        _ = try DiaryFile.open(path: path, create: true)
        let taken = scratch.path + "/taken.db"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: taken))
        #expect(throws: BackupError.self) { try Backup.make(diaryAt: path, to: taken, nowUTC: 0) }
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == "keep me")
        // The store refuses even when the name appears between the check and the copy.
        let db = try Database(path: path, create: false)
        #expect(throws: BackupError.self) { try Backup.copy(db, diaryPath: path, to: taken) }
        #expect(try String(contentsOfFile: taken, encoding: .utf8) == "keep me")
    }

    @Test func backupRefusesAFileThatIsNotADiary() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let foreign = scratch.path + "/other.db"
        let db = try Database(path: foreign)
        try db.executeScript("CREATE TABLE notes (x TEXT)")
        #expect(throws: StoreError.self) { try Backup.make(diaryAt: foreign, nowUTC: 0) }
        let junk = scratch.path + "/junk.db"
        try Data(repeating: 0x41, count: 5000).write(to: URL(fileURLWithPath: junk))
        #expect(throws: StoreError.self) { try Backup.make(diaryAt: junk, nowUTC: 0) }
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/backups/junk-19700101T000000Z-v0.db"))
    }

    /// Backups taken while another connection keeps writing are each a complete state: never a half-written episode.
    @Test(.proof) func backupsTakenDuringWritesAreConsistentSnapshots() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        _ = try DiaryFile.open(path: path, create: true)
        let writes = 300
        let done = DispatchSemaphore(value: 0)
        let writerError = Locked<String?>(nil)
        let writer = Thread {
            do {
                let file = try DiaryFile.open(path: path, create: true)!
                try Diaries.log(writes, into: file)
            } catch {
                writerError.set("\(error)")
            }
            done.signal()
        }
        writer.start()
        var counts: [Int] = []
        var nowUTC: Int64 = 1_795_000_000
        while done.wait(timeout: .now()) == .timedOut {
            nowUTC += 1
            let copy = try Backup.make(diaryAt: path, nowUTC: nowUTC)
            let census = try Diaries.census(copy.path)
            #expect(census.halfWritten == 0)
            #expect(census.episodes == census.operations)
            counts.append(census.episodes)
        }
        #expect(writerError.value == nil)
        #expect(counts == counts.sorted(), "a later backup never has fewer episodes")
        proofLine("backups during writes: \(counts.count) backups while \(writes) episodes were logged; "
            + "episodes per backup \(counts.first ?? 0)...\(counts.last ?? 0); half-written rows in any backup: 0")
        #expect(counts.count >= 2, "the writer finished before two backups were taken")
    }
}

@Suite("Robustness: automatic backup before an upgrade")
struct RobustnessUpgradeBackupTests {
    /// The version this binary ships, and the test-only upgrade above it.
    static let shipped = MigrationCatalogue.latestVersion
    static let next = MigrationCatalogue.latestVersion + 1

    @Test func aDiaryWithDataIsCopiedBeforeItIsUpgraded() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        try Diaries.log(5, into: try #require(try DiaryFile.open(path: path, create: true)))

        let upgraded = try #require(try DiaryFile.open(path: path, create: false, migrator: Diaries.withTestUpgrade()))
        #expect(try upgraded.schemaVersion() == Self.next)
        let names = Backup.existing(forDiary: path)
        try #require(names.count == 1)
        #expect(names[0].hasSuffix("-v\(Self.shipped)-before-v\(Self.next).db"))
        let copy = Backup.folder(forDiary: path) + "/" + names[0]
        let db = try Database(path: copy, create: false, readOnly: true)
        #expect(try Migrator.version(of: db) == Self.shipped)
        #expect(try Diaries.census(copy).episodes == 5)
        #expect(try ScratchFolder.mode(copy) == 0o600)

        // Already upgraded: opening again takes no further copy.
        _ = try DiaryFile.open(path: path, create: false, migrator: Diaries.withTestUpgrade())
        #expect(Backup.existing(forDiary: path).count == 1)
    }

    @Test func aNewDiaryIsNotCopied() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        let file = try #require(try DiaryFile.open(path: path, create: true, migrator: Diaries.withTestUpgrade()))
        #expect(try file.schemaVersion() == Self.next)
        #expect(Backup.existing(forDiary: path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: Backup.folder(forDiary: path)))
    }

    @Test func onlyTheLastFiveAutomaticCopiesAreKeptAndManualOnesAreNeverRemoved() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        try Diaries.log(1, into: try #require(try DiaryFile.open(path: path, create: true)))
        let manual = try Backup.make(diaryAt: path, nowUTC: 1_700_000_000)
        for round in 1...7 {
            // Put the diary back to the shipped version, holding `round` episodes, then upgrade it again.
            let db = try Database(path: path, create: false)
            try db.executeScript("DROP TABLE IF EXISTS test_only_upgrade; PRAGMA user_version = \(Self.shipped)")
            let file = try #require(try DiaryFile.open(path: path, create: false))
            if round > 1 { try Diaries.log(1, into: file, from: round) }
            _ = try DiaryFile.open(path: path, create: false, migrator: Diaries.withTestUpgrade())
        }
        let names = Backup.existing(forDiary: path)
        let automatic = names.filter { $0.contains("-before-v\(Self.next)") }
        #expect(automatic.count == AutomaticBackup.kept)
        #expect(names.contains(URL(fileURLWithPath: manual.path).lastPathComponent))
        // The newest five survive: they hold 3...7 episodes.
        let held = try automatic.map { try Diaries.census(Backup.folder(forDiary: path) + "/" + $0).episodes }
        #expect(held == [3, 4, 5, 6, 7])
    }

    @Test func noUpgradeWithoutABackup() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/cramp.db"
        try Diaries.log(3, into: try #require(try DiaryFile.open(path: path, create: true)))
        // A file where the backups folder should be: the copy cannot be made.
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: Backup.folder(forDiary: path)))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) {
            _ = try DiaryFile.open(path: path, create: false, migrator: Diaries.withTestUpgrade())
        }
        guard case .upgradeBackupFailed(_, let target, _) = error else {
            Issue.record("expected upgradeBackupFailed, got \(String(describing: error))")
            return
        }
        #expect(target == Self.next)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let db = try Database(path: path, create: false, readOnly: true)
        #expect(try Migrator.version(of: db) == Self.shipped)
    }

    @Test func backupNamesReadBackAndSortByTime() throws {
        var name = BackupName(stem: "my-diary", timeUTC: 1_795_000_000, version: 1, before: 2)
        name.counter = 3
        #expect(name.fileName == "my-diary-\(ScratchFolder.stamp(1_795_000_000))-v1-before-v2-3.db")
        let parsed = try #require(BackupName(fileName: name.fileName, stem: "my-diary"))
        #expect(parsed.fileName == name.fileName)
        #expect(BackupName(fileName: "my-diary-20261117T080640Z-v1.db", stem: "my-diary")?.before == nil)
        #expect(BackupName(fileName: "my-diary-20261117T080640Z-v1.db", stem: "my-diary")?.counter == 1)
        #expect(BackupName(fileName: "other-20261117T080640Z-v1.db", stem: "my-diary") == nil)
        #expect(BackupName(fileName: "my-diary-notes.db", stem: "my-diary") == nil)
        let older = BackupName(stem: "c", timeUTC: 1_795_000_000, version: 1, before: nil)
        let newer = BackupName(stem: "c", timeUTC: 1_795_000_001, version: 1, before: nil)
        #expect(older < newer && parsed > older)
    }
}
