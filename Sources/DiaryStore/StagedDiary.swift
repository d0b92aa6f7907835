#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new diary built under a private name beside its final path and put in place only when complete, so a
/// command that fails half way (an import with a bad row at the end) leaves no diary behind.
extension DiaryFile {
    /// Creates an empty file with a unique hidden name in the diary's folder (made 0700 when missing); returns its path.
    /// A missing or empty diary with backups beside it is refused as `open` refuses it: it was most likely lost.
    public static func reserveStaging(for path: String) throws(StoreError) -> String {
        FileSystem.restrictNewFilesToOwner()
        let size = FileSystem.size(path)
        if size == nil || size == 0, let newest = Backup.newest(forDiary: path) {
            throw size == 0 ? StoreError.wiped(path: path, newestBackup: newest)
                : StoreError.missingWithBackups(path: path, newestBackup: newest)
        }
        let folder = DatabaseLocation.folder(of: path)
        try FileSystem.makeFolders(folder)
        let name = path.split(separator: "/").last.map(String.init) ?? "cramp.db"
        var template = Array("\(folder)/.\(name).new-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw StoreError.cannotCreateFolder(path: folder, reason: String(cString: strerror(errno)))
        }
        close(fd)
        return String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Opens the staged file as a new, migrated diary.
    public static func openStaging(_ staged: String, migrator: Migrator) throws(StoreError) -> DiaryFile {
        // An existing empty file is a new database to SQLite; `create: true` returns a file or throws.
        try open(path: staged, create: true, migrator: migrator)!
    }

    /// Puts the staged diary, closed, at `path`; never replaces a diary another process created meanwhile.
    public static func publish(_ staged: String, as path: String) throws(StoreError) {
        if link(staged, path) == 0 {
            // The damage guard's record describes the same file under its new name.
            rename(DamageGuard.recordPath(of: staged), DamageGuard.recordPath(of: path))
            discardStaging(staged)
            return
        }
        let failure = errno
        if failure == EEXIST { throw StoreError.createdMeanwhile(path: path) }
        // A file system without hard links: rename, after making sure nothing is there.
        guard !FileSystem.exists(path) else { throw StoreError.createdMeanwhile(path: path) }
        guard rename(staged, path) == 0 else {
            throw StoreError.sqlite(path: path, SQLiteError(code: 10, message: String(cString: strerror(failure))))
        }
        rename(DamageGuard.recordPath(of: staged), DamageGuard.recordPath(of: path))
    }

    /// Removes the staged file, what SQLite kept beside it and the damage guard's record of it.
    public static func discardStaging(_ staged: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(staged + suffix) }
        DamageGuard.forget(staged)
    }
}
