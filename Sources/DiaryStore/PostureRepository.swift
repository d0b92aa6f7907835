import Diary

/// Reads and writes sitting and standing sessions.
public struct PostureRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Every column of the table, in `decode`'s order; callers add the WHERE clause.
    static let select = "SELECT \(PostureSessionTable.selectList) FROM \(PostureSessionTable.table)"

    /// Stores a new session and returns its id; with `keepingID`, `session.id` as given (see `EpisodeRepository.insert`).
    public func insert(_ session: PostureSession, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.insertRow(into: PostureSessionTable.self) { column in
            switch column {
            case .id: keepingID ? session.id : nil
            case .posture: session.posture.rawValue
            case .startUTC: session.start.utc
            case .utcOffset: session.start.offset
            case .durationSeconds: session.durationSeconds
            case .breaksTaken: session.breaksTaken
            case .note: session.note
            case .createdUTC, .updatedUTC: nowUTC
            }
        }
    }

    /// Rewrites stored session `session.id` with every field of `session`.
    public func update(_ session: PostureSession, nowUTC: Int64) throws {
        guard let id = session.id else { preconditionFailure("update needs a stored session") }
        try db.run("""
            UPDATE posture_session SET posture = ?, start_utc = ?, utc_offset = ?, duration_s = ?, breaks_taken = ?,
                   note = ?, updated_utc = max(created_utc, ?)
            WHERE id = ?
            """,
            session.posture.rawValue, session.start.utc, session.start.offset, session.durationSeconds,
            session.breaksTaken, session.note, nowUTC, id)
    }

    /// Deletes a session; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM posture_session WHERE id = ?", id)
        return db.changes > 0
    }

    /// The session with this id.
    public func fetch(id: Int64) throws -> PostureSession? {
        try db.prepare(Self.select + " WHERE id = ?").bind([id]).first(decode)
    }

    /// Sessions overlapping `fromUTC ..< toUTC`, oldest first.
    ///
    /// A session lasts at most 24 h (table CHECK), so only starts from a day before `fromUTC` can
    /// overlap: the lower bound keeps the query on the start-time index.
    public func sessions(overlappingFromUTC fromUTC: Int64, toUTC: Int64) throws -> [PostureSession] {
        try db.prepare(Self.select + """
             WHERE start_utc >= ? AND start_utc < ? AND start_utc + duration_s > ? ORDER BY start_utc, id
            """).bind([fromUTC - 86_400, toUTC, fromUTC]).all(decode)
    }

    /// Calls `body` for every session starting in `fromUTC ..< toUTC`, oldest first.
    public func forEach(fromUTC: Int64, toUTC: Int64, _ body: (PostureSession) throws -> Void) throws {
        try db.prepare(Self.select + " WHERE start_utc >= ? AND start_utc < ? ORDER BY start_utc, id")
            .bind([fromUTC, toUTC]).forEachRow { try body(try decode($0)) }
    }

    /// Number of stored sessions.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM posture_session") ?? 0) }

    /// The first and the last session by start time, or nil when there is none.
    public func firstAndLast() throws -> (first: PostureSession, last: PostureSession)? {
        guard let first = try db.prepare(Self.select + " ORDER BY start_utc, id LIMIT 1").bind([]).first(decode),
              let last = try db.prepare(Self.select + " ORDER BY start_utc DESC, id DESC LIMIT 1").bind([]).first(decode)
        else { return nil }
        return (first, last)
    }

    /// The session in `row` (read with `select`).
    func decode(_ row: Row) throws(StoreError) -> PostureSession {
        let id = row.int64(PostureSessionTable.id)
        return PostureSession(
            id: id, posture: try row.word(Posture.self, PostureSessionTable.posture, in: "posture session \(id)", db),
            start: Timestamp(utc: row.int64(PostureSessionTable.startUTC), offset: row.int(PostureSessionTable.utcOffset)),
            durationSeconds: row.int(PostureSessionTable.durationSeconds), breaksTaken: row.int(PostureSessionTable.breaksTaken),
            note: row.optionalText(PostureSessionTable.note), createdUTC: row.int64(PostureSessionTable.createdUTC),
            updatedUTC: row.int64(PostureSessionTable.updatedUTC))
    }
}

/// Reads and writes stretch breaks logged live.
public struct BreakRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Stores a break and returns its id.
    public func insert(_ item: StretchBreak, nowUTC: Int64) throws -> Int64 {
        // The id is always new.
        try db.insertRow(into: StretchBreakTable.self) { column in
            switch column {
            case .id: SQLValue.null
            case .atUTC: item.at.utc
            case .utcOffset: item.at.offset
            case .createdUTC: nowUTC
            }
        }
    }

    /// Breaks in `fromUTC ..< toUTC`, oldest first.
    public func breaks(fromUTC: Int64, toUTC: Int64) throws -> [StretchBreak] {
        try db.prepare("""
            SELECT \(StretchBreakTable.selectList) FROM \(StretchBreakTable.table)
            WHERE at_utc >= ? AND at_utc < ? ORDER BY at_utc, id
            """).bind([fromUTC, toUTC]).all {
            StretchBreak(id: $0.int64(StretchBreakTable.id),
                         at: Timestamp(utc: $0.int64(StretchBreakTable.atUTC), offset: $0.int(StretchBreakTable.utcOffset)),
                         createdUTC: $0.int64(StretchBreakTable.createdUTC))
        }
    }

    /// Deletes a break; false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM stretch_break WHERE id = ?", id)
        return db.changes > 0
    }
}
