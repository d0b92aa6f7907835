import Diary
import DiaryStore

/// A record an import can store: an episode or a posture session.
public protocol ImportableRecord: Equatable, Sendable {
    var id: Int64? { get set }
    var createdUTC: Int64 { get set }
    var updatedUTC: Int64 { get set }
}

extension ImportableRecord {
    /// The values a person entered: id and bookkeeping times cleared, for comparing a file row with the diary.
    var withoutBookkeeping: Self {
        var copy = self
        copy.id = nil
        copy.createdUTC = 0
        copy.updatedUTC = 0
        return copy
    }
}

extension Episode: ImportableRecord {}
extension PostureSession: ImportableRecord {}

/// Records held in memory, for `importRecords`: tests and small inputs.
public enum ImportRecords: Sendable {
    case episodes([Episode])
    case postureSessions([PostureSession])
}

/// Two rows of one file with the same id (`importRecords` throws it; a streamed import reports it as a problem).
public struct RepeatedImportID: Error, Sendable {
    public let id: Int64
    /// The row (1-based position, or the file line) that repeats it, and the one that had it first.
    public let line: Int, firstLine: Int
}

extension Actions {
    /// Imports episodes as `rows` hands them to the writer, in one transaction recorded as one journal
    /// operation, so `undo` takes the whole import back. When `rows` throws, nothing is stored; when every row
    /// is already in the diary, nothing is written (no journal entry either).
    ///
    /// Into a diary that does not exist yet, the import builds it under a private name beside it and puts it
    /// in place only once every row passed: a refused import leaves no diary behind.
    public func importEpisodes(from source: String, rows: (ImportWriter<Episode>) throws -> Void) throws -> ImportResult {
        try importing(source: source, noun: .episodes) { file, now, operation in
            let repository = EpisodeRepository(file.db)
            let batch = try EpisodeImportBatch(file.db, operation: operation, nowUTC: now)
            return ImportWriter<Episode>.Table(
                isEmpty: try repository.count() == 0,
                isFree: { try batch.isFree($0) },
                namesSameRecord: { try repository.hasUnclaimed(id: $0, kind: $1.kind, startUTC: $1.start.utc, leg: $1.leg) },
                unclaimedMatch: { try repository.unclaimedID(kind: $0.kind, startUTC: $0.start.utc, leg: $0.leg) },
                fetch: { try repository.fetch(id: $0) },
                insert: { try batch.insert($0, keepingID: $1) },
                finish: { try batch.finish() })
        } rows: { try rows($0) }
    }

    /// Imports posture sessions; see `importEpisodes`.
    public func importPostureSessions(from source: String,
                                      rows: (ImportWriter<PostureSession>) throws -> Void) throws -> ImportResult {
        try importing(source: source, noun: .postureSessions) { file, now, operation in
            let repository = PostureRepository(file.db)
            let journaled = InsertedRuns(operation, .postureSession)
            var table = ImportWriter<PostureSession>.Table(
                isEmpty: try repository.count() == 0,
                isFree: { try !repository.contains(id: $0) },
                namesSameRecord: { try repository.hasUnclaimed(id: $0, posture: $1.posture, startUTC: $1.start.utc) },
                unclaimedMatch: { try repository.unclaimedID(posture: $0.posture, startUTC: $0.start.utc) },
                fetch: { try repository.fetch(id: $0) },
                insert: { record, keepingID in
                    let id = try repository.insert(record, nowUTC: now, keepingID: keepingID)
                    try journaled.add(id)
                    return id
                },
                finish: { try journaled.finish() })
            // As `sit` and `stand` refuse it: a row over a stored record, or over an earlier row (stored as it was read).
            table.conflict = { record, line in
                guard let other = try repository.sessions(overlappingFromUTC: record.start.utc, toUTC: record.end.utc).first
                else { return nil }
                return ImportConflict(line: line, field: "start_local", value: record.start.iso8601,
                                      accepted: "a time no other sitting or standing record covers; "
                                          + EpisodeText.line(other) + " overlaps it")
            }
            return table
        } rows: { try rows($0) }
    }

    /// Imports records held in memory (rows numbered from 1); throws `RepeatedImportID` for an id used twice.
    public func importRecords(_ records: ImportRecords, from source: String) throws -> ImportResult {
        func feed<Record>(_ items: [Record], _ writer: ImportWriter<Record>) throws {
            for (index, item) in items.enumerated() {
                if let first = try writer.add(item, line: index + 1) {
                    throw RepeatedImportID(id: item.id ?? 0, line: index + 1, firstLine: first)
                }
            }
        }
        switch records {
        case .episodes(let items): return try importEpisodes(from: source) { try feed(items, $0) }
        case .postureSessions(let items): return try importPostureSessions(from: source) { try feed(items, $0) }
        }
    }

    /// Runs one import into the diary, or into a new diary built aside and put in place when something was stored.
    func importing<Record>(
        source: String, noun: ImportNoun, table: (DiaryFile, Int64, Journal.Operation) throws -> ImportWriter<Record>.Table,
        rows: (ImportWriter<Record>) throws -> Void
    ) throws -> ImportResult {
        if let file = try existingFile() {
            return try importing(into: file, source: source, noun: noun, table: table, rows: rows)
        }
        let staged = try DiaryFile.reserveStaging(for: path)
        do {
            // The staged diary is closed when this call returns, before it is put in place.
            let result = try importing(into: try DiaryFile.openStaging(staged, migrator: migrator),
                                       source: source, noun: noun, table: table, rows: rows)
            if result.stored { try DiaryFile.publish(staged, as: path) } else { DiaryFile.discardStaging(staged) }
            return result
        } catch {
            DiaryFile.discardStaging(staged)
            throw error
        }
    }

    private func importing<Record>(
        into file: DiaryFile, source: String, noun: ImportNoun,
        table: (DiaryFile, Int64, Journal.Operation) throws -> ImportWriter<Record>.Table, rows: (ImportWriter<Record>) throws -> Void
    ) throws -> ImportResult {
        let now = clock.nowUTC
        try file.prepareImportLedger()
        return try file.journaled("import", nowUTC: now) { operation in
            let writer = ImportWriter(table: try table(file, now, operation), ledger: try ImportLedger(file.db))
            try rows(writer)
            try writer.finish()
            let result = writer.result(source: source, noun: noun)
            return (result, result.stored ? result.summary : nil)
        }
    }
}

/// Takes the rows of one import file as they are read, inside the import's transaction, and decides for each
/// whether it is a record the diary already holds or a new one.
///
/// Identity: ids from a cramp export decide. A row whose id names a record that was in the diary before this
/// import, with the same natural key (episodes: kind, start instant and leg; posture sessions: posture and
/// start instant), is that record. Otherwise the row is a record already in the diary when a record that was
/// there before the import, not yet matched by another row, has its natural key: each stored record matches
/// one row at most, so two rows with one key (two cramps logged the same minute) match the two stored ones.
/// Otherwise the row is new: stored under its id when no record has it, else under a new id. Rows of this
/// import never match each other; only an id used twice in one file is refused.
///
/// What this needs to remember per row lives in the connection's TEMP tables (`ImportLedger`), not in
/// memory; the counts and the first few lines to report are all it keeps itself.
public final class ImportWriter<Record: ImportableRecord> {
    /// The table-specific steps, as closures over one repository.
    struct Table {
        /// True when the table held nothing before the import: then no row can match a stored record.
        let isEmpty: Bool
        let isFree: (Int64) throws -> Bool
        /// Whether `id` is a record from before the import, unmatched, with this record's natural key.
        let namesSameRecord: (Int64, Record) throws -> Bool
        /// The lowest-id record from before the import, unmatched, with this record's natural key.
        let unclaimedMatch: (Record) throws -> Int64?
        let fetch: (Int64) throws -> Record?
        /// Stores and journals the record, keeping its id when told to; returns the id. It may be written
        /// later, with others, but by `finish` at the latest.
        let insert: (Record, Bool) throws -> Int64
        let finish: () throws -> Void
        /// Why a new record read on a line cannot be stored beside what the table holds (one check-in per
        /// night, gaps that share no night), or nil when it can.
        var conflict: (Record, Int) throws -> ImportConflict? = { _, _ in nil }
    }

    private let table: Table
    private let ledger: ImportLedger
    private var kept = 0, renumbered = 0, duplicates = 0
    private var renumberedLines = CappedList()
    private var differingLines = CappedList()
    private var refused = false

    init(table: Table, ledger: ImportLedger) {
        self.table = table
        self.ledger = ledger
    }

    /// Stores or matches the record read on `line`; returns nil, or the line of an earlier row with the same id
    /// (then nothing is done with this one and the import is to be refused). After a refusal, rows are only
    /// checked for repeated ids: nothing more is stored, since the transaction will be rolled back.
    public func add(_ record: Record, line: Int) throws -> Int? {
        if let id = record.id, let first = try ledger.noteFileID(id, line: line) {
            refused = true
            return first
        }
        guard !refused else { return nil }
        if !table.isEmpty, let existing = try match(record) {
            try ledger.claim(existing)
            duplicates += 1
            let differs = try table.fetch(existing).map { $0.withoutBookkeeping != record.withoutBookkeeping } ?? true
            if differs { differingLines.append("line \(line) (#\(existing))") }
            return nil
        }
        if let conflict = try table.conflict(record, line) { throw conflict }
        let id: Int64
        if let wanted = record.id, try table.isFree(wanted) {
            id = try table.insert(record, true)
            kept += 1
        } else {
            id = try table.insert(record, false)
            renumbered += 1
            if let wanted = record.id { renumberedLines.append("line \(line): #\(wanted) → #\(id)") }
        }
        if !table.isEmpty { try ledger.claim(id) }
        return nil
    }

    /// Writes what the table still holds back; nothing to do after a refusal (the transaction is rolled back).
    func finish() throws {
        guard !refused else { return }
        try table.finish()
    }

    /// Marks the import as refused (a row had problems): later rows are only checked, nothing more is stored.
    public func refuseRest() { refused = true }

    private func match(_ record: Record) throws -> Int64? {
        if let id = record.id, try table.namesSameRecord(id, record) { return id }
        return try table.unclaimedMatch(record)
    }

    func result(source: String, noun: ImportNoun) -> ImportResult {
        ImportResult(kept: kept, renumbered: renumbered, duplicates: duplicates, noun: noun, source: source,
                     renumberedLines: renumberedLines, differingLines: differingLines)
    }
}
