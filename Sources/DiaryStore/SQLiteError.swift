import CSQLite

/// A failure reported by SQLite, with the SQL that failed.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// Primary result code (`SQLITE_CONSTRAINT` = 19, `SQLITE_BUSY` = 5...).
    public let code: Int32
    /// Extended result code (`SQLITE_CONSTRAINT_CHECK` = 275...).
    public let extendedCode: Int32
    /// SQLite's own message.
    public let message: String
    /// The statement that failed, if any.
    public let sql: String?

    /// Creates an error from codes and text.
    public init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Reads the error state of a connection right after a failing call returned `result`.
    init(result: Int32, connection: OpaquePointer?, sql: String?) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? result
        let text = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(result))
        self.init(code: result, extendedCode: extended, message: text, sql: sql)
    }

    /// True when the disk or the database's size limit is full.
    public var isFull: Bool { code == SQLITE_FULL }
    /// True when another connection holds the lock beyond the busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    /// True when the file is not a database (or is encrypted or damaged at the header).
    public var isNotADatabase: Bool { code == SQLITE_NOTADB }
    /// True when a constraint (CHECK, UNIQUE, FOREIGN KEY, NOT NULL) refused a row.
    public var isConstraint: Bool { code == SQLITE_CONSTRAINT }
    /// True when the file or folder cannot be written.
    public var isReadOnly: Bool { code == SQLITE_READONLY }
    /// True when SQLite found the file damaged: truncated, or pages overwritten (`SQLITE_CORRUPT`).
    public var isCorrupt: Bool { code == SQLITE_CORRUPT }

    /// `SQLite error 19 (2067): UNIQUE constraint failed: t.x - while executing `INSERT ...``
    public var description: String {
        var text = "SQLite error \(code)"
        if extendedCode != code { text += " (\(extendedCode))" }
        text += ": \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }
}
