import Diary
import DiaryStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the diary's files are and what they hold, as `paths` shows it. Only reads.
public struct DiaryLocations: Sendable {
    /// The diary file.
    public let path: String
    /// False before the first write.
    public let exists: Bool
    /// The backups folder beside it.
    public let backupsFolder: String
    /// The backups there, oldest first.
    public let backups: [String]
    /// Settings changed from their defaults; nil when the diary could not be read.
    public let storedSettings: [String: String]?
    /// Why the settings could not be read.
    public let settingsProblem: String?
}

extension Actions {
    /// Makes a verified copy of the diary at `destination` (a new file), or in the backups folder when nil.
    public func backup(to destination: String? = nil) throws -> BackupCopy {
        try requireExistingDiary(for: "nothing to back up")
        if let destination, destination.isEmpty || Actions.exists(destination) {
            throw InputError(field: "-o", value: destination, accepted: "a file path that does not exist yet",
                             hint: destination.isEmpty ? nil : "a backup never replaces a file; choose a new name")
        }
        return try Backup.make(diaryAt: path, to: destination, nowUTC: clock.nowUTC)
    }

    /// Puts a verified copy of `backup` in the diary's place, the replaced diary kept beside it with its `-wal` and
    /// `-shm`; with a nil `backup`, a new empty diary instead (the deliberate start after a wipe).
    public func restore(from backup: String?) throws -> RestoreOutcome {
        if let backup, backup.isEmpty {
            throw InputError(field: "BACKUP", value: backup, accepted: "the path of a backup",
                             hint: "cramp paths lists the backups")
        }
        return try Restore.run(diaryAt: path, from: backup, nowUTC: clock.nowUTC, migrator: migrator)
    }

    /// SQLite's integrity check, the schema version, the links between rows and the schema itself. Only reads.
    public func check() throws -> IntegrityReport {
        try requireExistingDiary(for: "nothing to check")
        return try IntegrityCheck.run(path: path, migrator: migrator)
    }

    /// Episodes and sitting or standing stretches that start after now (a clock set wrong, an import), oldest
    /// first: no report counts them until their night begins, so `check` names them. Only reads.
    public func datedAfterNow() throws -> (episodes: [Episode], postureSessions: [PostureSession]) {
        let reader = try reader()
        var episodes: [Episode] = [], sessions: [PostureSession] = []
        try reader.forEachEpisode(fromUTC: clock.nowUTC + 1, toUTC: .max) { episodes.append($0) }
        try reader.forEachPostureSession(fromUTC: clock.nowUTC + 1, toUTC: .max) { sessions.append($0) }
        return (episodes, sessions)
    }

    /// The diary's files and changed settings; creates nothing.
    public func locations() -> DiaryLocations {
        let exists = Actions.exists(path)
        var stored: [String: String]?
        var problem: String?
        if exists {
            do {
                stored = try SettingsRepository(try Database.openExisting(path: path)).stored()
            } catch {
                problem = "\(error)"
            }
        } else {
            stored = [:]
        }
        return DiaryLocations(path: path, exists: exists, backupsFolder: Backup.folder(forDiary: path),
                              backups: Backup.existing(forDiary: path), storedSettings: stored, settingsProblem: problem)
    }

    /// `check` and `backup` have nothing to do on a new machine.
    private func requireExistingDiary(for purpose: String) throws(InputError) {
        guard Actions.exists(path) else {
            if let newest = Backup.newest(forDiary: path) {
                throw InputError(field: "diary", value: path, accepted: "an existing diary",
                                 hint: "there is no diary there, so \(purpose), but backups of it exist; to get it back: cramp restore \(newest)")
            }
            throw InputError(field: "diary", value: path, accepted: "an existing diary",
                             hint: "there is no diary there yet, so \(purpose); cramp paths shows where cramp looks, --db or CRAMP_DB choose another file")
        }
    }

    /// True when something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The size in bytes of the file at `path`, or nil when nothing is there.
    static func size(_ path: String) -> Int64? {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : nil
    }
}
