import Diary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `cramp restore` did.
public struct RestoreOutcome: Sendable, Equatable {
    /// The diary that now holds the backup's copy.
    public let diary: String
    /// The backup restored; nil for a new, empty diary.
    public let backup: String?
    /// Where the diary that was replaced went, with its `-wal` and `-shm` beside it; nil when there was none.
    public let movedAside: String?
    /// The companion files moved with it (`-wal`, `-shm`, `-journal`).
    public let movedCompanions: [String]
    /// Episodes in the restored diary.
    public let episodes: Int
    /// Its schema version.
    public let schemaVersion: Int
}

/// Why a restore was refused. Nothing was moved or replaced.
public enum RestoreError: Error, Sendable, CustomStringConvertible {
    /// The backup is not a diary this cramp can restore: missing, not SQLite, foreign, newer, or damaged.
    case unusableBackup(path: String, reason: String)
    /// The backup is the diary itself.
    case backupIsTheDiary(path: String)

    /// What happened; the advice is the caller's.
    public var description: String {
        switch self {
        case .unusableBackup(let path, let reason):
            "cannot restore from \(path): \(reason); nothing was changed."
        case .backupIsTheDiary(let path):
            "\(path) is the diary itself, not a backup of it; nothing was changed."
        }
    }
}

/// Puts a backup in the diary's place without losing the diary it replaces.
///
/// The backup is checked (a cramp diary, not newer than this cramp, SQLite's integrity check) and copied beside
/// the diary (`VACUUM INTO`, which also takes in what its own `-wal` holds), synced and checked again. Then, while
/// no other cramp process has the diary open, the diary and its `-wal`, `-shm` and `-journal` move aside together
/// under one name (`cramp-replaced-20261121T090000Z.db`), and the copy is renamed into place: a `-wal` left by a
/// killed process never meets a file it does not belong to, and the replaced diary can itself be restored.
public enum Restore {
    /// Restores `backup` (or, when nil, starts a new empty diary) at `diaryPath`; `nowUTC` names the moved-aside file.
    public static func run(diaryAt diaryPath: String, from backup: String?, nowUTC: Int64,
                           migrator: Migrator = Migrator()) throws -> RestoreOutcome {
        FileSystem.restrictNewFilesToOwner()
        try FileSystem.makeFolders(DatabaseLocation.folder(of: diaryPath))
        let folder = DatabaseLocation.folder(of: diaryPath)
        let fileName = diaryPath.split(separator: "/").last.map(String.init) ?? diaryPath
        PartialFile.removeAbandoned(in: folder, prefix: fileName + PartialFile.marker)
        var prepared: (copy: PartialFile, version: Int, episodes: Int)?
        if let backup {
            if let inode = FileSystem.inode(backup), inode == FileSystem.inode(diaryPath) {
                throw RestoreError.backupIsTheDiary(path: backup)
            }
            prepared = try copyVerified(backup, beside: diaryPath, migrator: migrator)
        }
        do {
            let lock = try DiaryLock(path: diaryPath)
            defer { lock.release() }
            var aside: String?
            var moved: [String] = []
            if FileSystem.exists(diaryPath) {
                let target = asideName(for: diaryPath, nowUTC: nowUTC)
                moved = try moveAside(diaryPath, to: target, placing: prepared?.copy.path)
                aside = target
            } else if let copy = prepared?.copy, rename(copy.path, diaryPath) != 0 {
                throw BackupError.cannotWrite(path: diaryPath, reason: String(cString: strerror(errno)))
            }
            FileSystem.syncFolder(folder)
            DamageGuard.forget(diaryPath)
            if let prepared {
                // Checked a moment ago: the file at the diary's path is trusted as it is.
                DamageGuard.record(diaryPath, previous: nil)
                return RestoreOutcome(diary: diaryPath, backup: backup, movedAside: aside, movedCompanions: moved,
                                      episodes: prepared.episodes, schemaVersion: prepared.version)
            }
            lock.release()
            _ = try DiaryFile.open(path: diaryPath, create: true, migrator: migrator, fresh: true)
            return RestoreOutcome(diary: diaryPath, backup: nil, movedAside: aside, movedCompanions: moved,
                                  episodes: 0, schemaVersion: migrator.latestVersion)
        } catch {
            prepared?.copy.remove()
            throw error
        }
    }

    /// Checks `backup` and writes a verified, synced copy of it beside the diary.
    private static func copyVerified(_ backup: String, beside diaryPath: String, migrator: Migrator) throws
        -> (copy: PartialFile, version: Int, episodes: Int)
    {
        guard let size = FileSystem.size(backup) else { throw RestoreError.unusableBackup(path: backup, reason: "there is no such file") }
        guard size > 0 else { throw RestoreError.unusableBackup(path: backup, reason: "it is empty (0 bytes)") }
        let db: Database
        do {
            db = try Database.openExisting(path: backup)
            let (version, tables) = try DiaryFile.versionAndTables(db)
            if version == 0 {
                throw RestoreError.unusableBackup(path: backup, reason: tables > 0
                    ? "it is a SQLite database but not a cramp diary" : "it is an empty SQLite database, not a cramp diary")
            }
            if version > migrator.latestVersion {
                throw RestoreError.unusableBackup(path: backup, reason:
                    "it was written by a newer cramp (schema version \(version); this cramp knows up to \(migrator.latestVersion))")
            }
            let problems = try db.prepare("PRAGMA integrity_check(3)").bind([]).all { $0.text(0) }
            guard problems == ["ok"] else {
                throw RestoreError.unusableBackup(path: backup, reason: "SQLite's integrity check found \(problems.joined(separator: "; "))")
            }
        } catch let error as SQLiteError {
            let reason = error.isNotADatabase ? "it is not a SQLite database" : error.isCorrupt ? "it is damaged (\(error.message))" : error.message
            throw RestoreError.unusableBackup(path: backup, reason: reason)
        }
        let (file, copy) = try Backup.verifiedTemporary(db, diaryPath: backup, beside: diaryPath)
        return (file, copy.schemaVersion, copy.episodes)
    }

    /// `cramp-replaced-20261121T090000Z.db` beside the diary; `-2`, `-3`... when taken (with any companion).
    static func asideName(for diaryPath: String, nowUTC: Int64) -> String {
        let folder = DatabaseLocation.folder(of: diaryPath)
        let time = BackupName(stem: "", timeUTC: nowUTC, version: 0, before: nil).time
        var counter = 1
        while true {
            let name = "\(folder)/\(BackupName.stem(ofDiary: diaryPath))-replaced-\(time)\(counter > 1 ? "-\(counter)" : "").db"
            if !([""] + FileSystem.companions).contains(where: { FileSystem.exists(name + $0) }) { return name }
            counter += 1
        }
    }

    /// Moves the diary and its companions to `target`, then renames `copy` (if any) into the diary's place.
    ///
    /// The diary is first linked to its new name, so its path never stands empty for a cramp starting meanwhile
    /// (which would create a new diary there); where hard links are not supported it is renamed.
    private static func moveAside(_ diaryPath: String, to target: String, placing copy: String?) throws -> [String] {
        let linked = link(diaryPath, target) == 0
        if !linked && rename(diaryPath, target) != 0 {
            throw BackupError.cannotWrite(path: target, reason: String(cString: strerror(errno)))
        }
        var moved: [String] = []
        for suffix in FileSystem.companions where FileSystem.exists(diaryPath + suffix) {
            guard rename(diaryPath + suffix, target + suffix) == 0 else {
                throw BackupError.cannotWrite(path: target + suffix, reason: String(cString: strerror(errno)))
            }
            moved.append(suffix)
        }
        if let copy {
            guard rename(copy, diaryPath) == 0 else {
                let reason = String(cString: strerror(errno))
                // Put everything back as it was: the diary never stays apart from its WAL.
                for suffix in moved { rename(target + suffix, diaryPath + suffix) }
                if linked { unlink(target) } else { rename(target, diaryPath) }
                throw BackupError.cannotWrite(path: diaryPath, reason: reason)
            }
        } else if linked {
            unlink(diaryPath)
        }
        return moved
    }
}
