import Diary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A verified copy of a diary, as `cramp backup` reports it.
public struct BackupCopy: Sendable, Equatable {
    /// Where the copy is.
    public let path: String
    /// The copy's schema version (`PRAGMA user_version`).
    public let schemaVersion: Int
    /// Episodes in the copy.
    public let episodes: Int
}

/// Verified copies of a diary: `cramp backup` and the automatic copy taken before a schema upgrade.
///
/// A copy is written with `VACUUM INTO` (one read transaction, so it is a consistent snapshot even while
/// other processes write), synced, checked with `PRAGMA integrity_check`, and only then given its name:
/// a file under a backup name is always complete and verified.
public enum Backup {
    /// The backups folder of the diary at `diaryPath`: `backups/` beside it.
    public static func folder(forDiary diaryPath: String) -> String {
        let folder = DatabaseLocation.folder(of: diaryPath)
        return folder == "/" ? "/backups" : folder + "/backups"
    }

    /// Copies the diary at `diaryPath` to `destination`, or to a new name in the backups folder when nil.
    ///
    /// The diary is only read. `nowUTC` names the copy (`cramp-20261121T090000Z-v1.db`). A copy never
    /// replaces an existing file. Throws `StoreError` when the diary cannot be read, `BackupError` when
    /// the copy cannot be written or fails its check.
    public static func make(diaryAt diaryPath: String, to destination: String? = nil, nowUTC: Int64) throws -> BackupCopy {
        FileSystem.restrictNewFilesToOwner()
        let db: Database
        let version: Int
        do {
            db = try Database.openExisting(path: diaryPath)
            let tables: Int
            (version, tables) = try DiaryFile.versionAndTables(db)
            if version == 0 && tables > 0 { throw StoreError.notADiary(path: diaryPath) }
        } catch let error as SQLiteError {
            throw StoreError(error, path: diaryPath)
        }
        if let destination {
            if FileSystem.exists(destination) { throw BackupError.destinationExists(path: destination) }
            return try copy(db, diaryPath: diaryPath, to: destination)
        }
        let folder = folder(forDiary: diaryPath)
        try BackupFiles.makeFolder(folder)
        PartialFile.removeAbandoned(in: folder, prefix: BackupName.stem(ofDiary: diaryPath) + "-")
        let target = BackupName(stem: BackupName.stem(ofDiary: diaryPath), timeUTC: nowUTC, version: version, before: nil)
        return try copy(db, diaryPath: diaryPath, to: target.freePath(in: folder))
    }

    /// Writes a verified copy of `db` to `destination`, which must not exist.
    static func copy(_ db: Database, diaryPath: String, to destination: String) throws -> BackupCopy {
        let (temporary, copy) = try verifiedTemporary(db, diaryPath: diaryPath, beside: destination)
        do {
            try BackupFiles.publish(temporary.path, as: destination)
            try BackupFiles.sync(DatabaseLocation.folder(of: destination), folder: true)
            return copy
        } catch {
            temporary.remove()
            throw error
        }
    }

    /// Writes a synced, checked copy of `db` to a new temporary beside `destination`; the caller names it.
    static func verifiedTemporary(_ db: Database, diaryPath: String, beside destination: String) throws
        -> (file: PartialFile, copy: BackupCopy)
    {
        // A crash mid-copy leaves only a temporary with a unique name, never a half-written backup under a real
        // name, and never touches a file this process did not create.
        let temporary = try PartialFile.create(beside: destination)
        if let error = vacuum(db, into: temporary.path) {
            temporary.remove()
            // Reading the diary failed: say so about the diary. Anything else is about the copy.
            if error.isNotADatabase || error.isCorrupt { throw StoreError(error, path: diaryPath) }
            let reason = error.isFull ? "the disk is full" : error.message
            throw BackupError.cannotWrite(path: destination, reason: reason)
        }
        do {
            BackupFiles.restrictToOwner(temporary.path)
            // "SQLite does not invoke fsync() ... on the generated database" (VACUUM INTO documentation).
            try BackupFiles.sync(temporary.path)
            return (temporary, try verify(temporary.path, reportedAs: destination))
        } catch {
            temporary.remove()
            throw error
        }
    }

    /// Writes the snapshot; the failure, if any.
    private static func vacuum(_ db: Database, into path: String) -> SQLiteError? {
        do {
            // "The argument to INTO can be any expression that evaluates to a string": the path is bound.
            try db.prepare("VACUUM INTO ?").bind([path]).run()
            return nil
        } catch {
            return error
        }
    }

    /// Runs `PRAGMA integrity_check` on a finished copy and reads its version and size.
    static func verify(_ path: String, reportedAs name: String) throws -> BackupCopy {
        do {
            let copy = try Database(path: path, create: false, readOnly: true)
            let rows = try copy.prepare("PRAGMA integrity_check").bind([]).all { $0.text(0) }
            guard rows == ["ok"] else { throw BackupError.copyFailedCheck(path: name, problems: rows) }
            let version = try Migrator.version(of: copy)
            let hasEpisodes = try copy.scalarInt(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'episode'") == 1
            let episodes = hasEpisodes ? Int(try copy.scalarInt("SELECT count(*) FROM episode") ?? 0) : 0
            return BackupCopy(path: name, schemaVersion: version, episodes: episodes)
        } catch let error as SQLiteError {
            throw BackupError.copyFailedCheck(path: name, problems: [error.message])
        }
    }
}

/// `cramp-20261121T090000Z-v1.db`; automatic copies add `-before-v2`; `-2`, `-3`... when a name is taken.
struct BackupName: Comparable {
    let stem: String
    let time: String
    let version: Int
    let before: Int?
    var counter = 1

    init(stem: String, timeUTC: Int64, version: Int, before: Int?) {
        self.stem = stem
        let moment = LocalDateTime(naiveEpochSeconds: timeUTC)
        let date = moment.date
        time = "\(pad(date.year, 4))\(pad(date.month, 2))\(pad(date.day, 2))T"
            + "\(pad(moment.hour, 2))\(pad(moment.minute, 2))\(pad(moment.second, 2))Z"
        self.version = version
        self.before = before
    }

    /// The diary's file name without `.db`: backups of `health.db` and `cramp.db` in one folder never mix.
    static func stem(ofDiary path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? "cramp"
        return name.hasSuffix(".db") && name.count > 3 ? String(name.dropLast(3)) : name
    }

    var fileName: String {
        var name = "\(stem)-\(time)-v\(version)"
        if let before { name += "-before-v\(before)" }
        if counter > 1 { name += "-\(counter)" }
        return name + ".db"
    }

    /// A free path in `folder` that sorts after every backup of this diary taken in the same second.
    ///
    /// Counting past the highest counter in use, not into the first gap, keeps names in the order they were
    /// taken even after pruning removed older copies of the same second.
    func freePath(in folder: String) -> String {
        var name = self
        // A copy being written (`NAME.partial-PID-XXXXXX`) holds its name too.
        let sameSecond = BackupFiles.names(in: folder)
            .compactMap { file in
                BackupName(fileName: FileSystem.split(file, at: ".partial").map { String($0.head) } ?? file, stem: stem)
            }
            .filter { $0.time == time }
        name.counter = (sameSecond.map(\.counter).max() ?? 0) + 1
        while FileSystem.exists(folder + "/" + name.fileName) {
            name.counter += 1
        }
        return folder + "/" + name.fileName
    }

    /// Reads back a name this type wrote for the diary `stem`; nil for anything else.
    init?(fileName: String, stem: String) {
        guard fileName.hasPrefix(stem + "-"), fileName.hasSuffix(".db") else { return nil }
        var parts = fileName.dropFirst(stem.count + 1).dropLast(3).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts[0].count == 16, parts[0].hasSuffix("Z") else { return nil }
        self.stem = stem
        time = String(parts.removeFirst())
        if let last = parts.last, last.allSatisfy(\.isNumber), let number = Int(last) {
            counter = number
            parts.removeLast()
        }
        guard let first = parts.first, first.hasPrefix("v"), let version = Int(first.dropFirst()) else { return nil }
        self.version = version
        switch parts.count {
        case 1: before = nil
        case 3 where parts[1] == "before" && parts[2].hasPrefix("v"):
            guard let target = Int(parts[2].dropFirst()) else { return nil }
            before = target
        default: return nil
        }
    }

    /// Oldest first: by time, then by counter within the same second.
    static func < (a: BackupName, b: BackupName) -> Bool {
        (a.time, a.counter) < (b.time, b.counter)
    }
}

extension Backup {
    /// File names of the backups of the diary at `diaryPath` in its backups folder, oldest first.
    public static func existing(forDiary diaryPath: String) -> [String] {
        let stem = BackupName.stem(ofDiary: diaryPath)
        return BackupFiles.names(in: folder(forDiary: diaryPath))
            .compactMap { name in BackupName(fileName: name, stem: stem).map { (name, $0) } }
            .sorted { $0.1 < $1.1 }
            .map(\.0)
    }

    /// The full path of the newest backup of the diary at `diaryPath`, or nil when there is none.
    public static func newest(forDiary diaryPath: String) -> String? {
        existing(forDiary: diaryPath).last.map { folder(forDiary: diaryPath) + "/" + $0 }
    }
}
