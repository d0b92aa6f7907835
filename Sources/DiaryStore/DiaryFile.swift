#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open, migrated diary: the entry point of the store.
public final class DiaryFile {
    /// The connection.
    public let db: Database
    /// The file's path.
    public let path: String

    private init(db: Database, path: String) {
        self.db = db
        self.path = path
    }

    /// What the damage guard found when this diary was opened for reading: nil when it is trusted; else SQLite's
    /// findings (a write would have been refused).
    public private(set) var damage: String?

    /// Opens the diary at `path`, creating it (folder 0700, file 0600) when `create` is true;
    /// returns nil when the file is missing (or empty) and `create` is false (a read-only command on a new machine).
    ///
    /// A file that is not a SQLite database, a foreign database, or one written by a newer `cramp`
    /// is refused before anything is written to it. A diary that holds data is copied (verified, into
    /// its backups folder) before `migrator` upgrades it; tests pass their own migration list.
    ///
    /// A diary changed outside cramp since cramp last closed it is checked first (`DamageGuard`): damage
    /// refuses a write (`.damaged`) and is reported in `damage` to a reader. An empty (0-byte) diary, or a
    /// missing one, is refused for writing (`.wiped`, `.missingWithBackups`) when backups of it exist, unless
    /// `fresh` says a new diary is wanted: it is most likely a wiped diary, not a first run.
    public static func open(path: String, create: Bool, migrator: Migrator = Migrator(),
                            fresh: Bool = false) throws(StoreError) -> DiaryFile? {
        FileSystem.restrictNewFilesToOwner()
        let size = FileSystem.size(path)
        if size == nil || size == 0 {
            guard create else { return nil }
            // Without backups this is a first run (or another cramp creating the diary this very moment: the
            // file is empty until its first transaction), and stays as instant as it was.
            if !fresh, let newest = Backup.newest(forDiary: path) {
                throw size == 0 ? StoreError.wiped(path: path, newestBackup: newest)
                    : StoreError.missingWithBackups(path: path, newestBackup: newest)
            }
            try FileSystem.makeFolders(DatabaseLocation.folder(of: path))
        }
        let existed = size != nil
        let recorded = DamageGuard.recorded(path)
        let stamp = FileSystem.stamp(path)
        let unchanged = existed && recorded != nil && recorded == stamp
        do {
            let db = existed ? try Database.openExisting(path: path) : try Database(path: path, create: create)
            let file = DiaryFile(db: db, path: path)
            if existed {
                try file.refuseForeignOrNewer(known: migrator.latestVersion)
                // A `cramp restore` that replaced the file between the stat above and the lock SQLite took for that
                // read left this connection on the replaced diary: open the one now at `path` instead.
                if FileSystem.inode(path) != FileSystem.inode(ofStamp: stamp) {
                    return try open(path: path, create: create, migrator: migrator, fresh: fresh)
                }
            }
            if existed && !unchanged {
                file.damage = try DamageGuard.problems(in: db)
                if let damage = file.damage, create { throw StoreError.damaged(path: path, detail: damage) }
            }
            // WAL: readers never block the writer, and a killed writer leaves the file consistent.
            // It rewrites two header bytes, so it comes after the checks above.
            try enableWAL(db)
            // FULL: a write acknowledged on screen survives a power cut, not only a crash.
            try db.executeScript("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON")
            let version = try Migrator.version(of: db)
            if version > 0 && version < migrator.latestVersion {
                try AutomaticBackup.beforeUpgrading(db, diaryPath: path, from: version, to: migrator.latestVersion)
            }
            try migrator.migrate(db)
            if file.damage == nil {
                // Recorded after the close, when SQLite has checkpointed this session's writes into the file.
                db.afterClose = { DamageGuard.record(path, previous: recorded) }
            }
            return file
        } catch {
            throw StoreError(any: error, path: path)
        }
    }

    private func refuseForeignOrNewer(known: Int) throws {
        // The first read of the header is where SQLite notices a file that is not a database.
        // Version and tables come from one statement, one snapshot: read separately, another process's first
        // migration could commit in between and its new diary would look like a foreign database.
        let (version, tables) = try DiaryFile.versionAndTables(db)
        if version > known {
            throw StoreError.newerVersion(path: path, found: version, known: known)
        }
        if version == 0 && tables > 0 {
            throw StoreError.notADiary(path: path)
        }
    }

    /// `PRAGMA user_version` and the number of schema objects, read in one snapshot.
    static func versionAndTables(_ db: Database) throws -> (version: Int, tables: Int) {
        try db.prepare("SELECT \(VersionAndObjects.selectList) FROM pragma_user_version")
            .bind([]).first { ($0.int(VersionAndObjects.version), $0.int(VersionAndObjects.objects)) } ?? (0, 0)
    }

    /// The SELECT list of `versionAndTables`.
    private enum VersionAndObjects: Int32, SelectList {
        case version, objects

        var sql: String {
            switch self {
            case .version: "user_version"
            case .objects: "(SELECT count(*) FROM sqlite_schema)"
            }
        }
    }

    /// Switching a new file to WAL needs the file to itself for a moment, and SQLite answers SQLITE_BUSY at once
    /// instead of calling the busy handler; processes creating the diary together retry for up to the busy timeout.
    private static func enableWAL(_ db: Database) throws {
        var waitedMilliseconds: Int32 = 0
        while true {
            do {
                _ = try db.scalarText("PRAGMA journal_mode = WAL")
                return
            } catch let error as SQLiteError where error.isBusy && waitedMilliseconds < Database.busyTimeoutMilliseconds {
                usleep(2_000)
                waitedMilliseconds += 2
            }
        }
    }

    /// The schema version of the file.
    public func schemaVersion() throws -> Int { try Migrator.version(of: db) }

    /// Runs `body` as one transaction, mapping SQLite failures to `StoreError`; refused on a diary the damage guard
    /// found damaged (opened for reading first, as `log` does to read the previous episode).
    public func write<T>(_ body: () throws -> T) throws -> T {
        if let damage { throw StoreError.damaged(path: path, detail: damage) }
        do {
            return try db.transaction(body)
        } catch let error as SQLiteError {
            if error.isFull, let table = try? tableOutOfIDs() { throw StoreError.idsUsedUp(path: path, table: table) }
            throw StoreError(error, path: path)
        }
    }

    /// The table whose AUTOINCREMENT counter reached Int64.max, if one did: SQLite then answers SQLITE_FULL to
    /// every insert, which must not be mistaken for a full disk.
    private func tableOutOfIDs() throws -> String? {
        try db.scalarText("SELECT name FROM sqlite_sequence WHERE seq >= ? ORDER BY name LIMIT 1", Int64.max)
    }
}
