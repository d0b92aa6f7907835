import Diary

/// Reads and writes the medicine timeline: one row per start, dose change or stop.
public struct MedicineEventRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Every column of the table, in `decode`'s order; callers add the WHERE clause.
    static let select = "SELECT \(MedicineEventTable.selectList) FROM \(MedicineEventTable.table)"

    /// Stores a new event and returns its id; with `keepingID`, `event.id` as given (see `EpisodeRepository.insert`).
    /// The caller validates it (a stop has no dose, a change has one).
    public func insert(_ event: MedicineEvent, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.insertRow(into: MedicineEventTable.self) { column in
            switch column {
            case .id: keepingID ? event.id : nil
            case .name: event.name
            case .action: event.action.rawValue
            case .dose: event.dose
            case .atUTC: event.at.utc
            case .utcOffset: event.at.offset
            case .note: event.note
            case .createdUTC, .updatedUTC: nowUTC
            }
        }
    }

    /// Deletes an event; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM medicine_event WHERE id = ?", id)
        return db.changes > 0
    }

    /// The event with this id.
    public func fetch(id: Int64) throws -> MedicineEvent? {
        try db.prepare(Self.select + " WHERE id = ?").bind([id]).first(decode)
    }

    /// Every event, earliest first (ties in the order they were typed).
    public func all() throws -> [MedicineEvent] {
        try db.prepare(Self.select + " ORDER BY at_utc, id").bind([]).all(decode)
    }

    /// Number of stored events.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM medicine_event") ?? 0) }

    /// The event in `row` (read with `select`).
    func decode(_ row: Row) throws(StoreError) -> MedicineEvent {
        let id = row.int64(MedicineEventTable.id)
        let place = "medicine event \(id)"
        return MedicineEvent(
            id: id, name: row.text(MedicineEventTable.name),
            action: try row.word(MedicineAction.self, MedicineEventTable.action, in: place, db),
            dose: row.optionalText(MedicineEventTable.dose),
            at: try row.timestamp(MedicineEventTable.atUTC, MedicineEventTable.utcOffset, in: place, db),
            note: row.optionalText(MedicineEventTable.note),
            createdUTC: row.int64(MedicineEventTable.createdUTC), updatedUTC: row.int64(MedicineEventTable.updatedUTC))
    }
}

// Look-ups an import needs (see `RecordLookups.swift`): an event's natural key is its medicine (any case), its
// action and its instant. SQLite's lower() knows ASCII only, so the name is compared here, not in SQL.
extension MedicineEventRepository {
    /// True when an event has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.cached("SELECT 1 FROM medicine_event WHERE id = ?").bind([id]).first { _ in true } ?? false
    }

    /// True when event `id` has `event`'s natural key and no row of the running import took it yet.
    public func hasUnclaimed(id: Int64, _ event: MedicineEvent) throws -> Bool {
        try db.cached("""
            SELECT name FROM medicine_event WHERE id = ? AND at_utc = ? AND action = ?
            AND id NOT IN (SELECT id FROM temp.import_claimed)
            """).bind([id, event.at.utc, event.action.rawValue]).first { $0.text(0).lowercased() == event.nameKey } ?? false
    }

    /// The lowest id of an event with `event`'s natural key that no row of the running import took yet.
    public func unclaimedID(_ event: MedicineEvent) throws -> Int64? {
        let candidates = try db.cached("""
            SELECT id, name FROM medicine_event WHERE at_utc = ? AND action = ?
            AND id NOT IN (SELECT id FROM temp.import_claimed) ORDER BY id
            """).bind([event.at.utc, event.action.rawValue]).all { ($0.int64(0), $0.text(1)) }
        return candidates.first { $0.1.lowercased() == event.nameKey }?.0
    }
}
