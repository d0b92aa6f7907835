/// Why the diary file could not be opened or written. The CLI prints it on one line and exits 74.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The file exists but is not a SQLite database.
    case notADatabase(path: String)
    /// A SQLite database, but not a cramp diary (it has tables and no cramp schema version).
    case notADiary(path: String)
    /// Written by a newer `cramp`: this binary knows versions up to `known`.
    case newerVersion(path: String, found: Int, known: Int)
    /// The folder for the diary could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// The file or its folder cannot be written.
    case readOnly(path: String)
    /// The disk (or the database's size limit) is full.
    case full(path: String)
    /// `table` has handed out the largest id SQLite can store (2^63-1; a deleted id is never reused), so no
    /// row can be added to it: not a full disk.
    case idsUsedUp(path: String, table: String)
    /// Another process created the diary while this one was building a new diary to put there.
    case createdMeanwhile(path: String)
    /// Another process held the diary locked for longer than the busy timeout.
    case busy(path: String)
    /// A SQLite file whose pages are damaged or missing (truncated, overwritten).
    case damaged(path: String, detail: String)
    /// The diary file is empty (0 bytes): wiped, or cut off by a failing copy. `newestBackup` is the newest backup of it.
    case wiped(path: String, newestBackup: String?)
    /// There is no diary, but backups of one with this name are in its backups folder: most likely it was lost.
    case missingWithBackups(path: String, newestBackup: String)
    /// The verified copy taken before a schema upgrade could not be made, so the upgrade was not applied.
    case upgradeBackupFailed(path: String, target: Int, reason: String)
    /// Any other SQLite failure.
    case sqlite(path: String, SQLiteError)

    /// What happened to which file, and that it was left as it was; what to do about it is the caller's to add.
    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a SQLite database; it was left unchanged."
        case .notADiary(let path):
            "\(path) is a SQLite database but not a cramp diary; it was left unchanged."
        case .newerVersion(let path, let found, let known):
            "\(path) was written by a newer cramp (schema version \(found); this cramp knows up to \(known)); it was left unchanged."
        case .cannotCreateFolder(let path, let reason):
            "cannot create the folder \(path): \(reason)."
        case .readOnly(let path):
            "\(path) or its folder is read-only (SQLite must write the file, or create \(path)-wal and -shm beside it); nothing was written."
        case .full(let path):
            "the disk holding \(path) is full; nothing was written and earlier entries are intact."
        case .idsUsedUp(let path, let table):
            "\(path) cannot number another \(table) row: its ids have reached \(Int64.max), the largest SQLite can store "
                + "(an import let such an id in); nothing was written and earlier entries are intact."
        case .createdMeanwhile(let path):
            "another cramp created \(path) while this one was preparing it; nothing was written."
        case .busy(let path):
            "\(path) was locked by another process for more than \(StoreError.busyTimeout); nothing was written."
        case .damaged(let path, let detail):
            "\(path) is damaged (\(detail)); it was left unchanged."
        case .wiped(let path, _):
            "\(path) is empty (0 bytes): the diary was wiped or cut off; nothing was written to it."
        case .missingWithBackups(let path, let newest):
            "there is no diary at \(path), but its backups folder holds backups of one (the newest is \(newest)); nothing was written."
        case .upgradeBackupFailed(let path, let target, let reason):
            "cannot upgrade \(path) to schema version \(target): the backup taken first failed (\(reason)); nothing was changed."
        case .sqlite(let path, let error):
            "\(path): \(error)"
        }
    }

    /// `Database.busyTimeoutMilliseconds` as a person reads it: "5 s", or "750 ms" below a whole second.
    static var busyTimeout: String {
        let milliseconds = Database.busyTimeoutMilliseconds
        return milliseconds % 1_000 == 0 ? "\(milliseconds / 1_000) s" : "\(milliseconds) ms"
    }

    /// Classifies a SQLite failure on `path`.
    public init(_ error: SQLiteError, path: String) {
        if error.isFull {
            self = .full(path: path)
        } else if error.isReadOnly {
            self = .readOnly(path: path)
        } else if error.isBusy {
            self = .busy(path: path)
        } else if error.isNotADatabase {
            self = .notADatabase(path: path)
        } else if error.isCorrupt {
            // A truncated or overwritten file: SQLite refuses it before anything is written.
            self = .damaged(path: path, detail: error.message)
        } else {
            self = .sqlite(path: path, error)
        }
    }
}

extension StoreError {
    /// Any error met opening or reading the diary at `path`, as the store reports it: its own errors as they are,
    /// SQLite's named with the path, anything else as an SQLite error of its own.
    init(any error: any Error, path: String) {
        switch error {
        case let error as StoreError: self = error
        case let error as SQLiteError: self.init(error, path: path)
        default: self = .sqlite(path: path, SQLiteError(code: 1, message: "\(error)"))
        }
    }
}

extension Database {
    /// The error for a stored value the store cannot read back.
    ///
    /// Every table CHECKs its values, so a value outside them means the file was altered or damaged: the
    /// same `.damaged` SQLite's own corruption errors become, with `detail` naming the row and the value.
    func damaged(_ detail: String) -> StoreError { .damaged(path: path, detail: detail) }
}
