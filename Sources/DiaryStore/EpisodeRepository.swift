import Diary

/// Reads and writes episodes with their triggers and reliefs.
public struct EpisodeRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Columns read for every episode, in the order `decode` expects.
    static let columns = """
        e.id, e.kind, e.start_utc, e.utc_offset, e.leg, e.site, e.duration_s, e.intensity, e.woke, e.note,
        e.created_utc, e.updated_utc
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
        var found: Episode?
        try read(where: "e.id = ?", order: "e.id", [id]) { found = $0 }
        return found
    }

    /// The most recently started episode.
    public func latest() throws -> Episode? {
        guard let id = try db.scalarInt("SELECT id FROM episode ORDER BY start_utc DESC, id DESC LIMIT 1") else {
            return nil
        }
        return try fetch(id: id)
    }

    /// Episodes starting in `fromUTC ..< toUTC`, oldest first, through the start-time index.
    public func episodes(fromUTC: Int64, toUTC: Int64) throws -> [Episode] {
        var result: [Episode] = []
        try forEach(fromUTC: fromUTC, toUTC: toUTC) { result.append($0) }
        return result
    }

    /// Calls `body` for each episode starting in `fromUTC ..< toUTC`, oldest first, one row in memory at a time.
    public func forEach(fromUTC: Int64, toUTC: Int64, _ body: (Episode) throws -> Void) throws {
        try read(where: "e.start_utc >= ? AND e.start_utc < ?", order: "e.start_utc, e.id", [fromUTC, toUTC], body)
    }

    /// The outlines of the episodes starting in `fromUTC ..< toUTC`, oldest first: what counts over
    /// many nights need, read without notes, lists or text.
    ///
    /// SQLite turns kind and woke into numbers against bound words, so no row builds a string; an
    /// unknown word comes back NULL and is refused as damage, as `decode` refuses it.
    public func outlines(fromUTC: Int64, toUTC: Int64) throws -> [EpisodeOutline] {
        let statement = try db.prepare("""
            SELECT start_utc, utc_offset, CASE kind WHEN ? THEN 0 WHEN ? THEN 1 END, woke = ?, duration_s
            FROM episode WHERE start_utc >= ? AND start_utc < ? ORDER BY start_utc
            """)
        try statement.bind([EpisodeKind.cramp.rawValue, EpisodeKind.numbness.rawValue, Woke.yes.rawValue,
                            fromUTC, toUTC])
        var result: [EpisodeOutline] = []
        while try statement.step() {
            let row = statement.currentRow
            guard !row.isNull(2) else {
                throw SQLiteError(code: 11, message: "unexpected episode kind in the episode starting at \(row.int64(0))")
            }
            result.append(EpisodeOutline(start: Timestamp(utc: row.int64(0), offset: row.int(1)),
                                         kind: row.int(2) == 0 ? .cramp : .numbness, wokeThem: row.int(3) == 1,
                                         durationSeconds: row.int(4)))
        }
        return result
    }

    /// Streams the episodes matching `condition` in `order` (a unique order over `e`), with their
    /// triggers and reliefs.
    ///
    /// Three statements walk the same episodes in the same order: the episodes, their triggers and
    /// their reliefs (each joined to the episodes and ordered by position). Merging them as they
    /// stream costs three indexed scans for any number of episodes, with no subquery per row and no
    /// text to split. `condition` and `order` are fixed SQL from this file, never input.
    private func read(where condition: String, order: String, _ values: [any SQLBindable],
                      _ body: (Episode) throws -> Void) throws {
        let episodes = try db.prepare("SELECT \(Self.columns) FROM episode e WHERE \(condition) ORDER BY \(order)")
        let triggers = try db.prepare("""
            SELECT t.episode_id, t.name FROM episode e JOIN episode_trigger t ON t.episode_id = e.id
            WHERE \(condition) ORDER BY \(order), t.position
            """)
        let reliefs = try db.prepare("""
            SELECT r.episode_id, r.name, r.outcome FROM episode e JOIN episode_relief r ON r.episode_id = e.id
            WHERE \(condition) ORDER BY \(order), r.position
            """)
        try episodes.bind(values)
        var moreTriggers = try triggers.bind(values).step()
        var moreReliefs = try reliefs.bind(values).step()
        while try episodes.step() {
            var episode = try Self.decode(episodes.currentRow)
            let id = episode.id!
            // Children of episodes before this one cannot be left over: all three follow `order`.
            while moreTriggers, triggers.currentRow.int64(0) == id {
                episode.triggers.append(Trigger(storedName: triggers.currentRow.text(1)))
                moreTriggers = try triggers.step()
            }
            while moreReliefs, reliefs.currentRow.int64(0) == id {
                let row = reliefs.currentRow
                guard let outcome = ReliefOutcome(rawValue: row.text(2)) else {
                    throw SQLiteError(code: 11, message: "unexpected relief outcome \"\(row.text(2))\" in episode \(id)")
                }
                episode.reliefs.append(Relief(storedName: row.text(1), outcome: outcome))
                moreReliefs = try reliefs.step()
            }
            try body(episode)
        }
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

    /// The episode in `row` (columns as in `columns`), without its triggers and reliefs.
    static func decode(_ row: Row) throws -> Episode {
        // Stored values passed the table's CHECKs, so unknown words mean a damaged file.
        func word<W: VocabularyWord>(_ type: W.Type, _ column: Int32) throws -> W {
            guard let value = W(rawValue: row.text(column)) else {
                throw SQLiteError(code: 11, message: "unexpected \(W.self) \"\(row.text(column))\" in episode row")
            }
            return value
        }
        return Episode(
            id: row.int64(0), kind: try word(EpisodeKind.self, 1),
            start: Timestamp(utc: row.int64(2), offset: row.int(3)), leg: try word(Leg.self, 4),
            site: row.isNull(5) ? nil : try word(Site.self, 5), durationSeconds: row.int(6),
            intensity: row.optionalInt(7), woke: try word(Woke.self, 8), note: row.optionalText(9),
            createdUTC: row.int64(10), updatedUTC: row.int64(11))
    }
}
