import Diary

/// Reads and writes morning check-ins, one per night.
public struct CheckInRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Every column of the table, in `decode`'s order; callers add the WHERE clause.
    static let select = "SELECT \(CheckInTable.selectList) FROM \(CheckInTable.table)"

    /// Stores a new check-in and returns its id; with `keepingID`, `checkIn.id` as given (see `EpisodeRepository.insert`).
    /// The night must be free (the table holds one check-in per night); the caller validates.
    public func insert(_ checkIn: CheckIn, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.insertRow(into: CheckInTable.self) { column in
            switch column {
            case .id: keepingID ? checkIn.id : nil
            case .night: checkIn.night.description
            case .quiet: checkIn.sleep == .quiet ? 1 : 0
            case .sleepDisturbance: CheckInRepository.score(of: checkIn.sleep)
            case .soreness: checkIn.soreness
            case .note: checkIn.note
            case .atUTC: checkIn.at.utc
            case .utcOffset: checkIn.at.offset
            case .createdUTC, .updatedUTC: nowUTC
            }
        }
    }

    /// Replaces every field of the stored check-in `checkIn.id`; keeps `created_utc`.
    public func update(_ checkIn: CheckIn, nowUTC: Int64) throws {
        guard let id = checkIn.id else { preconditionFailure("update needs a stored check-in") }
        try db.run("""
            UPDATE check_in SET night = ?, quiet = ?, sleep_disturbance = ?, soreness = ?, note = ?, at_utc = ?,
                   utc_offset = ?, updated_utc = max(created_utc, ?)
            WHERE id = ?
            """,
            checkIn.night.description, checkIn.sleep == .quiet ? 1 : 0, CheckInRepository.score(of: checkIn.sleep),
            checkIn.soreness, checkIn.note, checkIn.at.utc, checkIn.at.offset, nowUTC, id)
    }

    /// The stored disturbance score: NULL for a quiet night (the table's CHECK ties the two).
    private static func score(of sleep: CheckIn.Sleep) -> Int? {
        if case .disturbed(let score) = sleep { return score }
        return nil
    }

    /// Deletes a check-in; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM check_in WHERE id = ?", id)
        return db.changes > 0
    }

    /// The check-in with this id.
    public func fetch(id: Int64) throws -> CheckIn? {
        try db.prepare(Self.select + " WHERE id = ?").bind([id]).first(decode)
    }

    /// The check-in about `night`.
    public func fetch(night: Night) throws -> CheckIn? {
        try db.prepare(Self.select + " WHERE night = ?").bind([night.description]).first(decode)
    }

    /// True when a check-in has this id.
    public func contains(id: Int64) throws -> Bool {
        try db.cached("SELECT 1 FROM check_in WHERE id = ?").bind([id]).first { _ in true } ?? false
    }

    /// Every check-in, earliest night first.
    public func all() throws -> [CheckIn] {
        try db.prepare(Self.select + " ORDER BY night").bind([]).all(decode)
    }

    /// Check-ins about the nights `from` through `to`, earliest first (the night's UNIQUE index serves the range).
    public func checkIns(from: Night, through to: Night) throws -> [CheckIn] {
        try db.prepare(Self.select + " WHERE night >= ? AND night <= ? ORDER BY night")
            .bind([from.description, to.description]).all(decode)
    }

    /// The check-in about the latest night.
    public func latest() throws -> CheckIn? {
        try db.prepare(Self.select + " ORDER BY night DESC LIMIT 1").bind([]).first(decode)
    }

    /// The earliest night with a check-in.
    public func earliestNight() throws -> Night? {
        // The UNIQUE index on the night makes this one step.
        guard let text = try db.scalarText("SELECT min(night) FROM check_in") else { return nil }
        guard let date = CivilDate(iso: text) else {
            throw db.damaged("a check-in holds the night \"\(text)\", which is not a calendar date")
        }
        return Night(evening: date)
    }

    /// Number of stored check-ins.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM check_in") ?? 0) }

    /// The check-in in `row` (read with `select`).
    func decode(_ row: Row) throws(StoreError) -> CheckIn {
        let id = row.int64(CheckInTable.id)
        let place = "check-in \(id)"
        let sleep: CheckIn.Sleep = row.int(CheckInTable.quiet) == 1
            ? .quiet : .disturbed(row.int(CheckInTable.sleepDisturbance))
        return CheckIn(
            id: id, night: try row.night(CheckInTable.night, in: place, db),
            sleep: sleep, soreness: row.optionalInt(CheckInTable.soreness), note: row.optionalText(CheckInTable.note),
            at: try row.timestamp(CheckInTable.atUTC, CheckInTable.utcOffset, in: place, db),
            createdUTC: row.int64(CheckInTable.createdUTC), updatedUTC: row.int64(CheckInTable.updatedUTC))
    }
}

// Look-ups an import needs (see `RecordLookups.swift`): a check-in's natural key is its night.
extension CheckInRepository {
    /// True when check-in `id` is about `night` and no row of the running import took it yet.
    public func hasUnclaimed(id: Int64, night: Night) throws -> Bool {
        try db.cached("""
            SELECT 1 FROM check_in WHERE id = ? AND night = ? AND id NOT IN (SELECT id FROM temp.import_claimed)
            """).bind([id, night.description]).first { _ in true } ?? false
    }

    /// The check-in about `night` when no row of the running import took it yet.
    public func unclaimedID(night: Night) throws -> Int64? {
        try db.cached("""
            SELECT id FROM check_in WHERE night = ? AND id NOT IN (SELECT id FROM temp.import_claimed)
            """).bind([night.description]).first { $0.int64(0) }
    }
}
