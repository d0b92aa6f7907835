import CSQLite

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Database {
    /// Opens an existing database so that it can be read even on a full disk.
    ///
    /// A WAL database's first read creates and grows the shared-memory index (`-shm`, 32 KiB); on a full disk
    /// that fails with "disk I/O error" (SQLITE_IOERR_SHMSIZE) and leaves a 3-byte `-shm`, so nothing could be
    /// read or copied out. Then the file is opened again in EXCLUSIVE locking mode, where SQLite keeps that
    /// index in its own memory: it needs no `-shm`, and while it holds the lock no other connection can use the
    /// stray `-shm`, which is removed. Writes still fail with "the disk is full" as before.
    ///
    /// A file this user owns that group or others could read is first set to 0600, with its `-wal` and `-shm`:
    /// SQLite creates those with the database's own mode (`FileSystem.restrictDiaryToOwner`).
    public static func openExisting(path: String) throws(SQLiteError) -> Database {
        FileSystem.restrictDiaryToOwner(path)
        do {
            let db = try Database(path: path, create: false)
            guard let failure = db.firstReadFailure(), failure.isSharedMemoryFailure else { return db }
        }
        let fallback = try Database(path: path, create: false)
        try fallback.executeScript("PRAGMA locking_mode = EXCLUSIVE")
        if fallback.firstReadFailure() == nil, let size = FileSystem.size(path + "-shm"), size < 32_768 {
            unlink(path + "-shm")
        }
        return fallback
    }

    /// The error of the first read (the one that maps the WAL index), or nil when it succeeded.
    private func firstReadFailure() -> SQLiteError? {
        do {
            _ = try scalarInt("SELECT count(*) FROM sqlite_schema")
            return nil
        } catch let error as SQLiteError {
            return error
        } catch {
            return nil
        }
    }
}

extension SQLiteError {
    /// True when creating or growing the WAL's shared-memory index failed (a full disk, no space for `-shm`).
    var isSharedMemoryFailure: Bool {
        // The extended codes' high byte (sqlite3.h): WRITE 3, TRUNCATE 6, SHMOPEN 18, SHMSIZE 19, SHMLOCK 20, SHMMAP 21.
        code == SQLITE_FULL || code == SQLITE_CANTOPEN || (code == SQLITE_IOERR && [3, 6, 18, 19, 20, 21].contains(extendedCode >> 8))
    }
}
