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
    /// Another process held the diary locked for longer than the busy timeout.
    case busy(path: String)
    /// Any other SQLite failure.
    case sqlite(path: String, SQLiteError)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a SQLite database; it was left unchanged. Point --db (or CRAMP_DB) at your diary, or move this file away."
        case .notADiary(let path):
            "\(path) is a SQLite database but not a cramp diary; it was left unchanged. Point --db (or CRAMP_DB) at your diary."
        case .newerVersion(let path, let found, let known):
            "\(path) was written by a newer cramp (schema version \(found); this cramp knows up to \(known)); it was left unchanged. Install the newer cramp to use it."
        case .cannotCreateFolder(let path, let reason):
            "cannot create the folder \(path): \(reason). Choose another place with --db or CRAMP_DB."
        case .readOnly(let path):
            "\(path) cannot be written (read-only file or folder); nothing was written. Check its permissions, or use --db for another file."
        case .full(let path):
            "the disk holding \(path) is full; nothing was written and earlier entries are intact. Free some space and try again."
        case .busy(let path):
            "\(path) is locked by another cramp for more than 5 s; nothing was written. Try again."
        case .sqlite(let path, let error):
            "\(path): \(error)"
        }
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
        } else {
            self = .sqlite(path: path, error)
        }
    }
}
