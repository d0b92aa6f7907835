import Diary

/// Reads and writes sitting and standing sessions.
public struct PostureRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    static let select = """
        SELECT id, posture, start_utc, utc_offset, duration_s, breaks_taken, note, created_utc, updated_utc
        FROM posture_session
        """

    /// Stores a new session and returns its id; with `keepingID`, `session.id` as given (see `EpisodeRepository.insert`).
    public func insert(_ session: PostureSession, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.run("""
            INSERT INTO posture_session (id, posture, start_utc, utc_offset, duration_s, breaks_taken, note,
                                         created_utc, updated_utc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            keepingID ? session.id : nil, session.posture.rawValue, session.start.utc, session.start.offset, session.durationSeconds,
            session.breaksTaken, session.note, nowUTC, nowUTC)
        return db.lastInsertRowID
    }

    /// Deletes a session; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM posture_session WHERE id = ?", id)
        return db.changes > 0
    }

    /// The session with this id.
    public func fetch(id: Int64) throws -> PostureSession? {
        try db.prepare(Self.select + " WHERE id = ?").bind([id]).first(Self.decode)
    }

    /// Sessions overlapping `fromUTC ..< toUTC`, oldest first.
    ///
    /// A session lasts at most 24 h (table CHECK), so only starts from a day before `fromUTC` can
    /// overlap: the lower bound keeps the query on the start-time index.
    public func sessions(overlappingFromUTC fromUTC: Int64, toUTC: Int64) throws -> [PostureSession] {
        try db.prepare(Self.select + """
             WHERE start_utc >= ? AND start_utc < ? AND start_utc + duration_s > ? ORDER BY start_utc, id
            """).bind([fromUTC - 86_400, toUTC, fromUTC]).all(Self.decode)
    }

    /// Calls `body` for every session starting in `fromUTC ..< toUTC`, oldest first.
    public func forEach(fromUTC: Int64, toUTC: Int64, _ body: (PostureSession) throws -> Void) throws {
        try db.prepare(Self.select + " WHERE start_utc >= ? AND start_utc < ? ORDER BY start_utc, id")
            .bind([fromUTC, toUTC]).forEachRow { try body(try Self.decode($0)) }
    }

    /// Number of stored sessions.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM posture_session") ?? 0) }

    static func decode(_ row: Row) throws -> PostureSession {
        guard let posture = Posture(rawValue: row.text(1)) else {
            throw SQLiteError(code: 11, message: "unexpected posture \"\(row.text(1))\"")
        }
        return PostureSession(
            id: row.int64(0), posture: posture, start: Timestamp(utc: row.int64(2), offset: row.int(3)),
            durationSeconds: row.int(4), breaksTaken: row.int(5), note: row.optionalText(6),
            createdUTC: row.int64(7), updatedUTC: row.int64(8))
    }
}

/// Reads and writes stretch breaks logged live.
public struct BreakRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Stores a break and returns its id.
    public func insert(_ item: StretchBreak, nowUTC: Int64) throws -> Int64 {
        try db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (?, ?, ?)",
                   item.at.utc, item.at.offset, nowUTC)
        return db.lastInsertRowID
    }

    /// Breaks in `fromUTC ..< toUTC`, oldest first.
    public func breaks(fromUTC: Int64, toUTC: Int64) throws -> [StretchBreak] {
        try db.prepare("""
            SELECT id, at_utc, utc_offset, created_utc FROM stretch_break
            WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id
            """).bind([fromUTC, toUTC]).all {
            StretchBreak(id: $0.int64(0), at: Timestamp(utc: $0.int64(1), offset: $0.int(2)), createdUTC: $0.int64(3))
        }
    }

    /// Deletes a break; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM stretch_break WHERE id = ?", id)
        return db.changes > 0
    }
}
