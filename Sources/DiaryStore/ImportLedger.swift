import CSQLite

/// What an import remembers about the rows it has seen, kept in the connection's TEMP schema (a file SQLite
/// pages through its small cache) so that a file of a million rows costs no memory per row.
///
/// `import_file_run`: the ids the file gave, to refuse a second row with the same id and name the line of the
/// first. They are kept as runs: rows whose ids and lines both rise by one from row to row (an export's rows,
/// one line each, in id order) are one row of the table, `first_id..last_id` from `first_line`, rather than a
/// row each. Ids in different runs never overlap (a repeated id is refused), so the run holding an id is the
/// one with the largest `first_id` not above it.
/// `import_claimed`: stored records already matched by a row, or stored by this import, which later rows
/// must not match. Both live as long as the import's transaction and are emptied when the next one starts.
public final class ImportLedger {
    let db: Database
    /// The largest id the file gave so far: a larger one cannot repeat an earlier one (an export's ids rise).
    private var largestFileID: Int64 = 0
    /// Runs noted but not yet written to `import_file_run`, the last one still growing: written a few hundred at a time.
    private var unwrittenRuns: [FileIDRun] = []
    private static let unwrittenLimit = 256

    /// The ledger of a new import; call inside its transaction, after `DiaryFile.prepareImportLedger`.
    public init(_ db: Database) throws {
        precondition(db.isInTransaction, "the ledger belongs to the import's transaction")
        self.db = db
        try db.executeScript("""
            CREATE TEMP TABLE IF NOT EXISTS import_file_run (
                first_id INTEGER PRIMARY KEY, last_id INTEGER NOT NULL, first_line INTEGER NOT NULL);
            CREATE TEMP TABLE IF NOT EXISTS import_claimed (id INTEGER PRIMARY KEY);
            DELETE FROM temp.import_file_run;
            DELETE FROM temp.import_claimed;
            """)
    }

    /// Notes that the row on `line` carries `id`; returns the line of an earlier row with the same id, or nil.
    public func noteFileID(_ id: Int64, line: Int) throws -> Int? {
        if id > largestFileID {
            largestFileID = id
        } else if let first = try firstLine(of: id) {
            return first
        }
        if let last = unwrittenRuns.last, last.extends(to: id, line: line) {
            unwrittenRuns[unwrittenRuns.count - 1].lastID = id
            return nil
        }
        if unwrittenRuns.count == Self.unwrittenLimit { try writeRuns() }
        unwrittenRuns.append(FileIDRun(firstID: id, lastID: id, firstLine: line))
        return nil
    }

    /// Marks record `id` as taken by a row of this import: matched, or stored by it.
    public func claim(_ id: Int64) throws {
        try db.cached("INSERT OR IGNORE INTO temp.import_claimed (id) VALUES (?)").bind([id]).run()
    }

    /// The line of the row that gave `id` earlier, if one did.
    private func firstLine(of id: Int64) throws -> Int? {
        if let run = unwrittenRuns.last(where: { $0.firstID <= id && id <= $0.lastID }) { return run.line(of: id) }
        return try db.cached("""
            SELECT first_id, last_id, first_line FROM temp.import_file_run WHERE first_id <= ? ORDER BY first_id DESC LIMIT 1
            """).bind([id]).first { row in
            FileIDRun(firstID: row.int64(0), lastID: row.int64(1), firstLine: row.int(2))
        }.flatMap { $0.lastID >= id ? $0.line(of: id) : nil }
    }

    /// Writes every run but the last, which may still grow.
    private func writeRuns() throws {
        let finished = unwrittenRuns.dropLast()
        try db.insertRows(into: ImportFileRunTable.self, finished) { run, column in
            switch column {
            case .firstID: .integer(run.firstID)
            case .lastID: .integer(run.lastID)
            case .firstLine: run.firstLine.sqlValue
            }
        }
        unwrittenRuns.removeFirst(finished.count)
    }
}

/// Ids of consecutive rows of an import file, each one more than the last, on consecutive lines.
struct FileIDRun {
    let firstID: Int64
    var lastID: Int64
    let firstLine: Int

    /// True when the row with `id` on `line` continues the run.
    func extends(to id: Int64, line: Int) -> Bool {
        lastID != Int64.max && id == lastID + 1 && line - firstLine == Int(id - firstID)
    }

    /// The line of the run's row with `id`.
    func line(of id: Int64) -> Int { firstLine + Int(id - firstID) }
}

/// The columns of `temp.import_file_run`, for `Database.insertRows`.
enum ImportFileRunTable: Int32, TableColumns {
    case firstID, lastID, firstLine

    static let table = "temp.import_file_run"

    var columnName: String {
        switch self {
        case .firstID: "first_id"
        case .lastID: "last_id"
        case .firstLine: "first_line"
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
