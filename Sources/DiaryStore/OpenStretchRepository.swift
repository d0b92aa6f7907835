import Diary

/// Reads and writes the stretch of sitting or standing under way (table `open_stretch`, at most one row).
public struct OpenStretchRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// The open stretch, or nil when none is open.
    public func current() throws -> OpenStretch? {
        try db.prepare("SELECT \(OpenStretchTable.selectList) FROM \(OpenStretchTable.table) LIMIT 1").bind([])
            .first { try decode($0, db) }
    }

    /// Stores the stretch and returns its id; the table's one slot refuses a second (SQLITE_CONSTRAINT).
    public func insert(_ stretch: OpenStretch, nowUTC: Int64) throws -> Int64 {
        try db.insertRow(into: OpenStretchTable.self) { column in
            switch column {
            case .id: SQLValue.null
            case .slot: 1
            case .posture: stretch.posture.rawValue
            case .startUTC: stretch.start.utc
            case .utcOffset: stretch.start.offset
            case .note: stretch.note
            case .createdUTC: nowUTC
            }
        }
    }

    /// Removes the stretch; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM open_stretch WHERE id = ?", id)
        return db.changes > 0
    }

    /// The stretch in `row` (read with `OpenStretchTable.selectList`).
    func decode(_ row: Row, _ db: Database) throws(StoreError) -> OpenStretch {
        let id = row.int64(OpenStretchTable.id)
        return OpenStretch(
            id: id, posture: try row.word(Posture.self, OpenStretchTable.posture, in: "open stretch \(id)", db),
            start: Timestamp(utc: row.int64(OpenStretchTable.startUTC), offset: row.int(OpenStretchTable.utcOffset)),
            note: row.optionalText(OpenStretchTable.note), createdUTC: row.int64(OpenStretchTable.createdUTC))
    }
}

extension BreakRepository {
    /// How many breaks fall in `fromUTC ... toUTC` (ends included), and the last of them.
    public func countAndLast(fromUTC: Int64, throughUTC toUTC: Int64) throws -> (count: Int, last: Int64?) {
        try db.prepare("SELECT count(*), max(at_utc) FROM stretch_break WHERE at_utc >= ? AND at_utc <= ?")
            .bind([fromUTC, toUTC]).first { ($0.int(0), $0.isNull(1) ? nil : $0.int64(1)) } ?? (0, nil)
    }
}
