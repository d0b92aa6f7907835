import Diary

/// Reads and writes episodes with their triggers and reliefs.
public struct EpisodeRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Stores a new episode and returns its id. The caller validates and opens the transaction.
    /// With `keepingID`, `episode.id` is stored as given (import keeps a file's ids; the caller checks it is free);
    /// otherwise a new id is assigned.
    public func insert(_ episode: Episode, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        let id = try db.insertRow(into: EpisodeTable.self) { column in
            column == .id && !keepingID ? SQLValue.null : Self.value(of: column, episode, nowUTC: nowUTC)
        }
        try insertChildren(of: id, episode)
        return id
    }

    /// The value `column` stores for a new `episode` (its id as given), written at `nowUTC`: one mapping for the
    /// single insert and the import's grouped inserts.
    static func value(of column: EpisodeTable, _ episode: Episode, nowUTC: Int64) -> SQLValue {
        switch column {
        case .id: episode.id.sqlValue
        case .kind: .text(episode.kind.rawValue)
        case .startUTC: .integer(episode.start.utc)
        case .utcOffset: episode.start.offset.sqlValue
        case .leg: .text(episode.leg.rawValue)
        case .site: episode.site?.rawValue.sqlValue ?? .null
        case .durationSeconds: episode.durationSeconds.sqlValue
        case .intensity: episode.intensity.sqlValue
        case .woke: .text(episode.woke.rawValue)
        case .note: episode.note.sqlValue
        case .createdUTC, .updatedUTC: .integer(nowUTC)
        }
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
        let trigger = try db.cached("INSERT INTO episode_trigger (episode_id, position, name) VALUES (?, ?, ?)")
        for (position, item) in episode.triggers.enumerated() where seen.insert(item.name).inserted {
            try trigger.bind([id, position, item.name]).run()
        }
        let relief = try db.cached(
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

    /// The episode stored last, whatever its start: ids come from AUTOINCREMENT and are never handed out again, so
    /// the highest is the newest row (an undone delete comes back with its old id, as it was before).
    public func lastStored() throws -> Episode? {
        guard let id = try db.scalarInt("SELECT max(id) FROM episode") else { return nil }
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
            SELECT \(Outline.selectList) FROM \(EpisodeTable.table)
            WHERE start_utc >= ?4 AND start_utc < ?5 ORDER BY start_utc
            """)
        try statement.bind([EpisodeKind.cramp.rawValue, EpisodeKind.numbness.rawValue, Woke.yes.rawValue,
                            fromUTC, toUTC])
        var result: [EpisodeOutline] = []
        while try statement.step() {
            let row = statement.currentRow
            guard !row.isNull(Outline.kindNumber) else {
                throw db.damaged("an unknown kind in the episode starting at \(row.int64(Outline.startUTC))")
            }
            result.append(EpisodeOutline(start: Timestamp(utc: row.int64(Outline.startUTC), offset: row.int(Outline.utcOffset)),
                                         kind: row.int(Outline.kindNumber) == 0 ? .cramp : .numbness,
                                         wokeThem: row.int(Outline.wokeThem) == 1,
                                         durationSeconds: row.int(Outline.durationSeconds)))
        }
        return result
    }

    /// The SELECT list of `outlines`. Parameters ?1 and ?2 are the kind words, ?3 the woke word.
    private enum Outline: Int32, SelectList {
        case startUTC, utcOffset, kindNumber, wokeThem, durationSeconds

        var sql: String {
            switch self {
            case .startUTC: EpisodeTable.startUTC.columnName
            case .utcOffset: EpisodeTable.utcOffset.columnName
            case .kindNumber: "CASE \(EpisodeTable.kind.columnName) WHEN ?1 THEN 0 WHEN ?2 THEN 1 END"
            case .wokeThem: "\(EpisodeTable.woke.columnName) = ?3"
            case .durationSeconds: EpisodeTable.durationSeconds.columnName
            }
        }
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
        let episodes = try db.prepare("""
            SELECT \(EpisodeTable.selectList(alias: "e")) FROM \(EpisodeTable.table) e
            WHERE \(condition) ORDER BY \(order)
            """)
        // Children are read whole, so their columns too come from their enums.
        let triggers = try db.prepare("""
            SELECT \(EpisodeTriggerTable.selectList(alias: "t")) FROM \(EpisodeTable.table) e
            JOIN \(EpisodeTriggerTable.table) t ON t.episode_id = e.id
            WHERE \(condition) ORDER BY \(order), t.position
            """)
        let reliefs = try db.prepare("""
            SELECT \(EpisodeReliefTable.selectList(alias: "r")) FROM \(EpisodeTable.table) e
            JOIN \(EpisodeReliefTable.table) r ON r.episode_id = e.id
            WHERE \(condition) ORDER BY \(order), r.position
            """)
        try episodes.bind(values)
        var moreTriggers = try triggers.bind(values).step()
        var moreReliefs = try reliefs.bind(values).step()
        while try episodes.step() {
            var episode = try decode(episodes.currentRow)
            let id = episode.id!
            // Children of episodes before this one cannot be left over: all three follow `order`.
            while moreTriggers, triggers.currentRow.int64(EpisodeTriggerTable.episodeID) == id {
                episode.triggers.append(Trigger(storedName: triggers.currentRow.text(EpisodeTriggerTable.name)))
                moreTriggers = try triggers.step()
            }
            while moreReliefs, reliefs.currentRow.int64(EpisodeReliefTable.episodeID) == id {
                let row = reliefs.currentRow
                let outcome = try row.word(ReliefOutcome.self, EpisodeReliefTable.outcome, in: "episode \(id)", db)
                episode.reliefs.append(Relief(storedName: row.text(EpisodeReliefTable.name), outcome: outcome))
                moreReliefs = try reliefs.step()
            }
            try body(episode)
        }
    }

    /// Number of stored episodes.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM episode") ?? 0) }

    /// Start of the earliest episode, with its offset.
    public func earliestStart() throws -> Timestamp? {
        try db.prepare("""
            SELECT \(EpisodeTable.selectList) FROM \(EpisodeTable.table) ORDER BY start_utc LIMIT 1
            """).bind([]).first {
            Timestamp(utc: $0.int64(EpisodeTable.startUTC), offset: $0.int(EpisodeTable.utcOffset))
        }
    }

    /// The episode in `row` (read with `EpisodeTable.selectList`), without its triggers and reliefs.
    func decode(_ row: Row) throws(StoreError) -> Episode {
        let id = row.int64(EpisodeTable.id)
        return Episode(
            id: id, kind: try row.word(EpisodeKind.self, EpisodeTable.kind, in: "episode \(id)", db),
            start: Timestamp(utc: row.int64(EpisodeTable.startUTC), offset: row.int(EpisodeTable.utcOffset)),
            leg: try row.word(Leg.self, EpisodeTable.leg, in: "episode \(id)", db),
            site: row.isNull(EpisodeTable.site) ? nil : try row.word(Site.self, EpisodeTable.site, in: "episode \(id)", db),
            durationSeconds: row.int(EpisodeTable.durationSeconds), intensity: row.optionalInt(EpisodeTable.intensity),
            woke: try row.word(Woke.self, EpisodeTable.woke, in: "episode \(id)", db), note: row.optionalText(EpisodeTable.note),
            createdUTC: row.int64(EpisodeTable.createdUTC), updatedUTC: row.int64(EpisodeTable.updatedUTC))
    }
}
