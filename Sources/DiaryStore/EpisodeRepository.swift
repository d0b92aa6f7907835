import Diary

/// Reads and writes episodes with their triggers and reliefs.
public struct EpisodeRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Columns read for every episode, in the order `decode` expects.
    ///
    /// Triggers and reliefs come back in the same row as `position<US>name` lists joined by the
    /// record separator, so a range of episodes is one indexed query, not one query per episode.
    /// Names cannot hold control characters (`Trigger`/`Relief` refuse them), so the separators are safe.
    static let select = """
        SELECT e.id, e.kind, e.start_utc, e.utc_offset, e.leg, e.site, e.duration_s, e.intensity, e.woke,
               e.note, e.created_utc, e.updated_utc,
               (SELECT group_concat(t.position || char(31) || t.name, char(30))
                  FROM episode_trigger t WHERE t.episode_id = e.id),
               (SELECT group_concat(r.position || char(31) || r.name || char(31) || r.outcome, char(30))
                  FROM episode_relief r WHERE r.episode_id = e.id)
        FROM episode e
        """

    /// Stores a new episode and returns its id. The caller validates and opens the transaction.
    /// With `keepingID`, `episode.id` is stored as given (import keeps a file's ids; the caller checks it is free);
    /// otherwise a new id is assigned.
    public func insert(_ episode: Episode, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.run("""
            INSERT INTO episode (id, kind, start_utc, utc_offset, leg, site, duration_s, intensity, woke, note,
                                 created_utc, updated_utc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            keepingID ? episode.id : nil, episode.kind.rawValue, episode.start.utc, episode.start.offset, episode.leg.rawValue,
            episode.site?.rawValue, episode.durationSeconds, episode.intensity, episode.woke.rawValue,
            episode.note, nowUTC, nowUTC)
        let id = db.lastInsertRowID
        try insertChildren(of: id, episode)
        return id
    }

    /// Replaces every field of the stored episode `episode.id`; keeps `created_utc`.
    public func update(_ episode: Episode, nowUTC: Int64) throws {
        guard let id = episode.id else { preconditionFailure("update needs a stored episode") }
        try db.run("""
            UPDATE episode SET kind = ?, start_utc = ?, utc_offset = ?, leg = ?, site = ?, duration_s = ?,
                   intensity = ?, woke = ?, note = ?, updated_utc = max(created_utc, ?)
            WHERE id = ?
            """,
            episode.kind.rawValue, episode.start.utc, episode.start.offset, episode.leg.rawValue,
            episode.site?.rawValue, episode.durationSeconds, episode.intensity, episode.woke.rawValue,
            episode.note, nowUTC, id)
        try db.run("DELETE FROM episode_trigger WHERE episode_id = ?", id)
        try db.run("DELETE FROM episode_relief WHERE episode_id = ?", id)
        try insertChildren(of: id, episode)
    }

    private func insertChildren(of id: Int64, _ episode: Episode) throws {
        var seen = Set<String>()
        let trigger = try db.prepare("INSERT INTO episode_trigger (episode_id, position, name) VALUES (?, ?, ?)")
        for (position, item) in episode.triggers.enumerated() where seen.insert(item.name).inserted {
            try trigger.bind([id, position, item.name]).run()
        }
        let relief = try db.prepare(
            "INSERT INTO episode_relief (episode_id, position, name, outcome) VALUES (?, ?, ?, ?)")
        for (position, item) in episode.reliefs.enumerated() {
            try relief.bind([id, position, item.name, item.outcome.rawValue]).run()
        }
    }

    /// Deletes an episode (its triggers and reliefs go with it); false when there was none.
    @discardableResult
    public func delete(id: Int64) throws -> Bool {
        try db.run("DELETE FROM episode WHERE id = ?", id)
        return db.changes > 0
    }

    /// The episode with this id.
    public func fetch(id: Int64) throws -> Episode? {
        try db.prepare(Self.select + " WHERE e.id = ?").bind([id]).first(Self.decode)
    }

    /// The most recently started episode.
    public func latest() throws -> Episode? {
        try db.prepare(Self.select + " ORDER BY e.start_utc DESC, e.id DESC LIMIT 1").bind([]).first(Self.decode)
    }

    /// Episodes starting in `fromUTC ..< toUTC`, oldest first, through the start-time index.
    public func episodes(fromUTC: Int64, toUTC: Int64) throws -> [Episode] {
        var result: [Episode] = []
        try forEach(fromUTC: fromUTC, toUTC: toUTC) { result.append($0) }
        return result
    }

    /// Calls `body` for each episode starting in `fromUTC ..< toUTC`, oldest first, one row in memory at a time.
    public func forEach(fromUTC: Int64, toUTC: Int64, _ body: (Episode) throws -> Void) throws {
        let statement = try db.prepare(
            Self.select + " WHERE e.start_utc >= ? AND e.start_utc < ? ORDER BY e.start_utc, e.id")
        try statement.bind([fromUTC, toUTC]).forEachRow { row in try body(try Self.decode(row)) }
    }

    /// Number of stored episodes.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM episode") ?? 0) }

    /// Start of the earliest episode, with its offset.
    public func earliestStart() throws -> Timestamp? {
        try db.prepare("SELECT start_utc, utc_offset FROM episode ORDER BY start_utc LIMIT 1").bind([]).first {
            Timestamp(utc: $0.int64(0), offset: $0.int(1))
        }
    }

    /// Id of a stored episode with the same kind, start instant and leg (the natural key used by import).
    public func existingID(kind: EpisodeKind, startUTC: Int64, leg: Leg) throws -> Int64? {
        try db.scalarInt(
            "SELECT id FROM episode WHERE start_utc = ? AND kind = ? AND leg = ? LIMIT 1",
            startUTC, kind.rawValue, leg.rawValue)
    }

    static func decode(_ row: Row) throws -> Episode {
        // Stored values passed the table's CHECKs, so unknown words mean a damaged file.
        func word<W: VocabularyWord>(_ type: W.Type, _ column: Int32) throws -> W {
            guard let value = W(rawValue: row.text(column)) else {
                throw SQLiteError(code: 11, message: "unexpected \(W.self) \"\(row.text(column))\" in episode row")
            }
            return value
        }
        var episode = Episode(
            id: row.int64(0), kind: try word(EpisodeKind.self, 1),
            start: Timestamp(utc: row.int64(2), offset: row.int(3)), leg: try word(Leg.self, 4),
            site: row.isNull(5) ? nil : try word(Site.self, 5), durationSeconds: row.int(6),
            intensity: row.optionalInt(7), woke: try word(Woke.self, 8), note: row.optionalText(9),
            createdUTC: row.int64(10), updatedUTC: row.int64(11))
        episode.triggers = positioned(row.optionalText(12)).compactMap { Trigger($0[0]) }
        episode.reliefs = positioned(row.optionalText(13)).compactMap { parts in
            parts.count == 2 ? Relief(name: parts[0], outcome: ReliefOutcome(rawValue: String(parts[1])) ?? .unsure) : nil
        }
        return episode
    }

    /// Splits `pos<US>a<US>b<RS>pos<US>...` into the fields after the position, ordered by position.
    private static func positioned(_ text: String?) -> [[Substring]] {
        guard let text, !text.isEmpty else { return [] }
        var items: [(position: Int, fields: [Substring])] = []
        for item in text.split(separator: "\u{1E}") {
            let fields = item.split(separator: "\u{1F}", omittingEmptySubsequences: false)
            items.append((Int(fields[0]) ?? 0, Array(fields.dropFirst())))
        }
        items.sort { $0.position < $1.position }
        return items.map(\.fields)
    }
}
