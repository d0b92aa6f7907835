import Diary

/// Reads and writes marked gaps: nights not logged, or keeping ended (a gap with no last night).
public struct KeepingGapRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Every column of the table, in `decode`'s order; callers add the WHERE clause.
    static let select = "SELECT \(KeepingGapTable.selectList) FROM \(KeepingGapTable.table)"

    /// Stores a new gap and returns its id; with `keepingID`, `gap.id` as given (see `EpisodeRepository.insert`).
    /// The caller checks it overlaps no other gap (the table only refuses a second open one).
    public func insert(_ gap: KeepingGap, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.insertRow(into: KeepingGapTable.self) { column in
            switch column {
            case .id: keepingID ? gap.id : nil
            case .firstNight: gap.first.description
            case .lastNight: gap.last?.description
            case .note: gap.note
            case .createdUTC, .updatedUTC: nowUTC
            }
        }
    }

    /// Replaces the nights and note of the stored gap `gap.id`; keeps `created_utc`.
    public func update(_ gap: KeepingGap, nowUTC: Int64) throws {
        guard let id = gap.id else { preconditionFailure("update needs a stored gap") }
        try db.run("""
            UPDATE keeping_gap SET first_night = ?, last_night = ?, note = ?, updated_utc = max(created_utc, ?)
            WHERE id = ?
            """, gap.first.description, gap.last?.description, gap.note, nowUTC, id)
    }

    /// Deletes a gap; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM keeping_gap WHERE id = ?", id)
        return db.changes > 0
    }

    /// The gap with this id.
    public func fetch(id: Int64) throws -> KeepingGap? {
        try db.prepare(Self.select + " WHERE id = ?").bind([id]).first(decode)
    }

    /// The gap whose first night is `first` (the lowest id when several are: an import's key).
    public func fetch(firstNight first: Night) throws -> KeepingGap? {
        try db.prepare(Self.select + " WHERE first_night = ? ORDER BY id LIMIT 1").bind([first.description]).first(decode)
    }

    /// True when a gap has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.cached("SELECT 1 FROM keeping_gap WHERE id = ?").bind([id]).first { _ in true } ?? false
    }

    /// Every gap, earliest first.
    public func all() throws -> [KeepingGap] {
        try db.prepare(Self.select + " ORDER BY first_night, id").bind([]).all(decode)
    }

    /// The gap left open by ending keeping, if keeping is ended.
    public func open() throws -> KeepingGap? {
        try db.prepare(Self.select + " WHERE last_night IS NULL").bind([]).first(decode)
    }

    /// The gaps sharing a night with `first ... last` (`last` nil: running on without end), earliest first.
    /// Night texts sort as dates, so the comparison is on the stored text.
    public func overlapping(first: Night, last: Night?) throws -> [KeepingGap] {
        try db.prepare(Self.select + """
             WHERE (?1 IS NULL OR first_night <= ?1) AND (last_night IS NULL OR last_night >= ?2)
             ORDER BY first_night, id
            """).bind([last?.description, first.description]).all(decode)
    }

    /// Number of stored gaps.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM keeping_gap") ?? 0) }

    /// The gap in `row` (read with `select`).
    func decode(_ row: Row) throws(StoreError) -> KeepingGap {
        let id = row.int64(KeepingGapTable.id)
        let place = "keeping gap \(id)"
        let last = row.isNull(KeepingGapTable.lastNight) ? nil : try row.night(KeepingGapTable.lastNight, in: place, db)
        return KeepingGap(
            id: id, first: try row.night(KeepingGapTable.firstNight, in: place, db), last: last, note: row.optionalText(KeepingGapTable.note),
            createdUTC: row.int64(KeepingGapTable.createdUTC), updatedUTC: row.int64(KeepingGapTable.updatedUTC))
    }
}

// Look-ups an import needs (see `RecordLookups.swift`): a gap's natural key is its first night.
extension KeepingGapRepository {
    /// True when gap `id` begins on `first` and no row of the running import took it yet.
    public func hasUnclaimed(id: Int64, first: Night) throws -> Bool {
        try db.cached("""
            SELECT 1 FROM keeping_gap WHERE id = ? AND first_night = ? AND id NOT IN (SELECT id FROM temp.import_claimed)
            """).bind([id, first.description]).first { _ in true } ?? false
    }

    /// The lowest id of a gap beginning on `first` that no row of the running import took yet.
    public func unclaimedID(first: Night) throws -> Int64? {
        try db.cached("""
            SELECT id FROM keeping_gap WHERE first_night = ? AND id NOT IN (SELECT id FROM temp.import_claimed)
            ORDER BY id LIMIT 1
            """).bind([first.description]).first { $0.int64(0) }
    }
}
