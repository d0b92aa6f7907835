import CSQLite

/// What an import remembers about the rows it has seen, kept in the connection's TEMP schema (a file SQLite
/// pages through its small cache) so that a file of a million rows costs no memory per row.
///
/// `import_file_id`: each id the file gave, with its line, to refuse a second row with the same id.
/// `import_claimed`: stored records already matched by a row, or stored by this import, which later rows
/// must not match. Both live as long as the import's transaction and are emptied when the next one starts.
public struct ImportLedger {
    let db: Database

    /// The ledger of a new import; call inside its transaction, after `DiaryFile.prepareImportLedger`.
    public init(_ db: Database) throws {
        precondition(db.isInTransaction, "the ledger belongs to the import's transaction")
        self.db = db
        try db.executeScript("""
            CREATE TEMP TABLE IF NOT EXISTS import_file_id (id INTEGER PRIMARY KEY, line INTEGER NOT NULL);
            CREATE TEMP TABLE IF NOT EXISTS import_claimed (id INTEGER PRIMARY KEY);
            DELETE FROM temp.import_file_id;
            DELETE FROM temp.import_claimed;
            """)
    }

    /// Notes that the row on `line` carries `id`; returns the line of an earlier row with the same id, or nil.
    public func noteFileID(_ id: Int64, line: Int) throws -> Int? {
        try db.cached("INSERT OR IGNORE INTO temp.import_file_id (id, line) VALUES (?, ?)").bind([id, line]).run()
        guard db.changes == 0 else { return nil }
        return try db.cached("SELECT line FROM temp.import_file_id WHERE id = ?").bind([id]).first { $0.int(0) }
    }

    /// Marks record `id` as taken by a row of this import: matched, or stored by it.
    public func claim(_ id: Int64) throws {
        try db.cached("INSERT OR IGNORE INTO temp.import_claimed (id) VALUES (?)").bind([id]).run()
    }
}

extension DiaryFile {
    /// Keeps TEMP tables in a file rather than in memory, whatever SQLite was built with, and the freed heap of
    /// the per-row inserts for reuse (`cramp_keep_freed_heap`); call outside a transaction.
    public func prepareImportLedger() throws {
        try db.executeScript("PRAGMA temp_store = FILE")
        cramp_keep_freed_heap(32 << 20)
    }
}
