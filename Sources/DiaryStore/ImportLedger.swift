import CSQLite

/// What an import remembers about the rows it has seen, kept in the connection's TEMP schema (a file SQLite
/// pages through its small cache) so that a file of a million rows costs no memory per row.
///
/// `import_file_id`: each id the file gave, with its line, to refuse a second row with the same id.
/// `import_claimed`: stored records already matched by a row, or stored by this import, which later rows
/// must not match. Both live as long as the import's transaction and are emptied when the next one starts.
public final class ImportLedger {
    let db: Database
    /// The largest id the file gave so far: a larger one cannot repeat an earlier one (an export's ids rise).
    private var largestFileID: Int64 = 0
    /// Ids noted but not yet written to `import_file_id`, with their lines: written a few hundred at a time.
    private var unwrittenFileIDs: [Int64: Int] = [:]
    private static let unwrittenLimit = 256

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
        if id > largestFileID {
            largestFileID = id
        } else if let first = unwrittenFileIDs[id] {
            return first
        } else if let first = try db.cached("SELECT line FROM temp.import_file_id WHERE id = ?").bind([id]).first({ $0.int(0) }) {
            return first
        }
        unwrittenFileIDs[id] = line
        if unwrittenFileIDs.count == Self.unwrittenLimit {
            try db.insertRows(into: ImportFileIDTable.self, unwrittenFileIDs) { entry, column in
                switch column {
                case .id: .integer(entry.key)
                case .line: entry.value.sqlValue
                }
            }
            unwrittenFileIDs.removeAll(keepingCapacity: true)
        }
        return nil
    }

    /// Marks record `id` as taken by a row of this import: matched, or stored by it.
    public func claim(_ id: Int64) throws {
        try db.cached("INSERT OR IGNORE INTO temp.import_claimed (id) VALUES (?)").bind([id]).run()
    }
}

/// The columns of `temp.import_file_id`, for `Database.insertRows`.
enum ImportFileIDTable: Int32, TableColumns {
    case id, line

    static let table = "temp.import_file_id"

    var columnName: String {
        switch self {
        case .id: "id"
        case .line: "line"
        }
    }
}

extension DiaryFile {
    /// Keeps TEMP tables in a file rather than in memory, whatever SQLite was built with, and the freed heap of
    /// the per-row inserts for reuse (`cramp_keep_freed_heap`); call outside a transaction.
    public func prepareImportLedger() throws {
        // A larger page cache than the default 2 MiB: the import's pages stay in it rather than being spilled
        // and read back; 16 MiB keeps the whole import well under its 64 MiB budget.
        try db.executeScript("PRAGMA temp_store = FILE; PRAGMA cache_size = -16384")
        cramp_keep_freed_heap(32 << 20)
    }
}
