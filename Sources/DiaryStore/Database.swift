import CSQLite

/// One connection to a SQLite file; closed when released.
///
/// Opens with foreign keys on, a 5 s busy timeout and extended result codes. The raw handle never
/// leaves this type and `Statement`.
public final class Database {
    let handle: OpaquePointer
    /// The file path as opened.
    public let path: String
    private var transactionDepth = 0
    /// Statements kept for reuse (`cached(_:)`).
    var preparedStatements: [String: Statement] = [:]
    /// The values and text bytes of the last `insertRows` statement, kept to reuse their memory.
    var boundValues: [SQLValue] = []
    var boundBytes: [UInt8] = []

    /// How long a writer waits for another process's lock before giving up with SQLITE_BUSY.
    public static let busyTimeoutMilliseconds: Int32 = 5_000

    /// Opens (or, with `create`, creates) the file at `path`; `readOnly` never writes anything.
    public init(path: String, create: Bool = true, readOnly: Bool = false) throws(SQLiteError) {
        var flags = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX
        flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        var connection: OpaquePointer?
        let result = sqlite3_open_v2(path, &connection, flags, nil)
        guard result == SQLITE_OK, let connection else {
            let error = SQLiteError(result: result, connection: connection, sql: nil)
            // "Whether or not an error occurs when it is opened, resources associated with the database
            // connection handle should be released by passing it to sqlite3_close() when it is no longer required."
            sqlite3_close_v2(connection)
            throw error
        }
        self.handle = connection
        self.path = path
        sqlite3_busy_timeout(connection, Database.busyTimeoutMilliseconds)
        // Defensive mode: no SQL text can corrupt the file (writable_schema and the like are refused).
        _ = cramp_sqlite3_enable_defensive(connection)
    }

    /// Runs once the connection is closed (and SQLite has checkpointed the WAL into the file): the damage guard's record.
    var afterClose: (() -> Void)?

    deinit {
        // Finalized first: with a statement still open, sqlite3_close_v2 only marks the connection closed, and the
        // WAL checkpoint of the real close would come after `afterClose` recorded the file.
        preparedStatements.removeAll()
        sqlite3_close_v2(handle)
        afterClose?()
    }

    /// Prepares one statement.
    public func prepare(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(connection: handle, sql: sql)
    }

    /// Runs one statement with bound values, ignoring rows.
    public func run(_ sql: String, _ values: any SQLBindable...) throws(SQLiteError) {
        try prepare(sql).bind(values).run()
    }

    /// Runs a script of several statements with no parameters (migrations, pragmas).
    public func executeScript(_ sql: String) throws(SQLiteError) {
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, sql, nil, nil, &message)
        guard result == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(result))
            sqlite3_free(message)
            throw SQLiteError(code: result, extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// The first column of the first row as an integer, or nil when there is no row.
    public func scalarInt(_ sql: String, _ values: any SQLBindable...) throws -> Int64? {
        try prepare(sql).bind(values).first { $0.isNull(0) ? nil : $0.int64(0) } ?? nil
    }

    /// The first column of the first row as text, or nil.
    public func scalarText(_ sql: String, _ values: any SQLBindable...) throws -> String? {
        try prepare(sql).bind(values).first { $0.optionalText(0) } ?? nil
    }

    /// Row id of the last insert on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last statement.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: committed when it returns, rolled back when it throws.
    ///
    /// IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout instead of
    /// one failing with SQLITE_BUSY at its first write ("deadlock" between two deferred readers).
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        precondition(transactionDepth == 0, "nested transactions are not supported")
        try executeScript("BEGIN IMMEDIATE")
        transactionDepth = 1
        defer { transactionDepth = 0 }
        do {
            let value = try body()
            try executeScript("COMMIT")
            return value
        } catch {
            // After some errors (SQLITE_FULL, IOERR) SQLite has already rolled back; a second ROLLBACK
            // then fails harmlessly with "no transaction is active".
            if sqlite3_get_autocommit(handle) == 0 { _ = try? executeScript("ROLLBACK") }
            throw error
        }
    }

    /// True inside `transaction`.
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
