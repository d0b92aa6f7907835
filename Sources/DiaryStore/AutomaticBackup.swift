#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The verified copy taken before a schema upgrade touches a diary that holds data; the last 5 are kept.
///
/// Users of other trackers lost years of entries to a format change; with this copy an upgrade that goes
/// wrong, or a newer `cramp` that turns out not to suit, costs nothing. If the copy cannot be made, the
/// upgrade is not applied.
enum AutomaticBackup {
    /// How many automatic copies of one diary are kept; older ones are removed after a new one is verified.
    static let kept = 5

    /// Copies the diary open on `db` (at schema `version`) into its backups folder before it is upgraded to `target`.
    ///
    /// Two processes upgrading at once may both take a copy; each is a complete copy of a real state.
    @discardableResult
    static func beforeUpgrading(_ db: Database, diaryPath: String, from version: Int, to target: Int,
                                nowUTC: Int64 = Int64(time(nil))) throws(StoreError) -> String {
        let folder = Backup.folder(forDiary: diaryPath)
        let stem = BackupName.stem(ofDiary: diaryPath)
        do {
            try BackupFiles.makeFolder(folder)
            PartialFile.removeAbandoned(in: folder, prefix: stem + "-")
            let name = BackupName(stem: stem, timeUTC: nowUTC, version: version, before: target)
            // Another process upgrading the same diary in the same second may take the free name first: take the
            // next one, as a second manual backup in a second does.
            var taken = 0
            while true {
                do {
                    let copy = try Backup.copy(db, diaryPath: diaryPath, to: name.freePath(in: folder))
                    prune(folder: folder, stem: stem)
                    return copy.path
                } catch BackupError.destinationExists where taken < 4 {
                    taken += 1
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.upgradeBackupFailed(path: diaryPath, target: target, reason: "\(error)")
        }
    }

    /// Removes all but the newest `kept` automatic copies of the diary `stem`; manual backups are never touched.
    static func prune(folder: String, stem: String) {
        let automatic = BackupFiles.names(in: folder)
            .compactMap { name in BackupName(fileName: name, stem: stem).map { (name, $0) } }
            .filter { $0.1.before != nil }
            .sorted { $0.1 < $1.1 }
        for (name, _) in automatic.dropLast(kept) {
            BackupFiles.remove(folder + "/" + name)
        }
    }
}
