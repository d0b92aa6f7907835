import CSQLite

/// SQLite asks for this sentinel to copy bound text; the C macro `SQLITE_TRANSIENT` does not import.
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
/// Bound text that stays valid until the statement is run and its bindings cleared (`SQLITE_STATIC`).
private let SQLITE_STATIC: sqlite3_destructor_type? = nil

/// A prepared statement; finalized when released.
public final class Statement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    /// The SQL text, for error messages.
    public let sql: String

    init(connection: OpaquePointer, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        let result = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard result == SQLITE_OK, let statement else {
            throw SQLiteError(result: result, connection: connection, sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(handle) }

    /// Resets the statement and binds `values` to parameters 1...n.
    @discardableResult
    public func bind(_ values: [any SQLBindable]) throws(SQLiteError) -> Statement {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        // A wrong parameter count is a programmer mistake, not a runtime condition.
        precondition(values.count == Int(sqlite3_bind_parameter_count(handle)), "wrong number of bindings for `\(sql)`")
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value.sqlValue {
            case .null: result = sqlite3_bind_null(handle, index)
            case .integer(let i): result = sqlite3_bind_int64(handle, index, i)
            case .real(let d): result = sqlite3_bind_double(handle, index, d)
            // The byte length, not -1: with -1 SQLite stops at the first NUL and silently drops the rest.
            case .text(let s): result = sqlite3_bind_text(handle, index, s, Int32(s.utf8.count), SQLITE_TRANSIENT)
            }
            try check(result)
        }
        return self
    }

    /// Binds `values` to parameters 1...n and runs the statement to its end, for inserts of many rows at once.
    ///
    /// Unlike `bind`, no value is boxed and no text is copied by SQLite: every text is copied once into `bytes`
    /// and bound from there (SQLITE_STATIC), a quarter of a large import's store time when SQLite allocated a
    /// copy of each. The bindings are cleared before this returns, so nothing keeps pointing into `bytes`.
    func run(values: [SQLValue], through bytes: inout [UInt8]) throws(SQLiteError) {
        precondition(values.count == Int(sqlite3_bind_parameter_count(handle)), "wrong number of bindings for `\(sql)`")
        sqlite3_reset(handle)
        // Never empty, so an empty text is bound as a pointer into it with length 0, not as a NULL pointer.
        bytes.removeAll(keepingCapacity: true)
        bytes.append(0)
        for case .text(let text) in values { bytes.append(contentsOf: text.utf8) }
        let failure = bytes.withUnsafeBufferPointer { buffer -> SQLiteError? in
            defer { sqlite3_clear_bindings(handle) }
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var offset = 1
            for (position, value) in values.enumerated() {
                let index = Int32(position + 1)
                let bound: Int32
                switch value {
                case .null: bound = sqlite3_bind_null(handle, index)
                case .integer(let i): bound = sqlite3_bind_int64(handle, index, i)
                case .real(let d): bound = sqlite3_bind_double(handle, index, d)
                case .text(let s):
                    let count = s.utf8.count
                    bound = sqlite3_bind_text(handle, index, base + offset, Int32(count), SQLITE_STATIC)
                    offset += count
                }
                guard bound == SQLITE_OK else { return SQLiteError(result: bound, connection: connection, sql: sql) }
            }
            do throws(SQLiteError) {
                try run()
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Advances to the next row; false when done.
    public func step() throws(SQLiteError) -> Bool {
        let result = sqlite3_step(handle)
        switch result {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            // sqlite3_reset returns the same error; resetting now releases the statement's locks.
            sqlite3_reset(handle)
            throw SQLiteError(result: result, connection: connection, sql: sql)
        }
    }

    /// The row `step()` just returned true for; valid until the next `step()`, `bind` or reset.
    public var currentRow: Row { Row(handle: handle) }

    /// Runs the statement to completion, ignoring any rows.
    public func run() throws(SQLiteError) {
        while try step() {}
    }

    /// Calls `body` for every row.
    public func forEachRow(_ body: (Row) throws -> Void) throws {
        while try step() { try body(Row(handle: handle)) }
    }

    /// The first row mapped by `body`, or nil when there is none.
    public func first<T>(_ body: (Row) throws -> T) throws -> T? {
        defer { sqlite3_reset(handle) }
        return try step() ? body(Row(handle: handle)) : nil
    }

    /// Every row mapped by `body`.
    public func all<T>(_ body: (Row) throws -> T) throws -> [T] {
        var rows: [T] = []
        try forEachRow { rows.append(try body($0)) }
        return rows
    }

    private func check(_ result: Int32) throws(SQLiteError) {
        guard result == SQLITE_OK else { throw SQLiteError(result: result, connection: connection, sql: sql) }
    }
}

/// The current row of a statement, valid only inside the callback that received it.
///
/// Rows of the schema's tables are read by column (`TableColumns`); the numbered accessors below are for
/// short ad-hoc queries whose SELECT list is written right beside the read (a count, a pragma).
public struct Row {
    fileprivate let handle: OpaquePointer

    fileprivate init(handle: OpaquePointer) { self.handle = handle }

    /// True when column `i` is NULL.
    public func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }
    /// Column `i` as an integer (0 for NULL).
    public func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }
    /// Column `i` as an Int (0 for NULL).
    public func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }
    /// Column `i` as an integer, nil for NULL.
    public func optionalInt(_ i: Int32) -> Int? { isNull(i) ? nil : int(i) }
    /// Column `i` as a Double (0 for NULL).
    public func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }
    /// Column `i` as text ("" for NULL).
    public func text(_ i: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, i) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, i))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
    /// Column `i` as text, nil for NULL.
    public func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }
}
