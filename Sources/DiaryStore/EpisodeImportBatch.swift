import Diary

/// Stores the new episodes of an import a few thousand at a time, with their triggers and reliefs, each table in
/// multi-row INSERTs whose CHECKs are evaluated in Swift (`SwiftCheckedTable`, `Database.insertCheckedRows`), and
/// journals their ids in runs (`InsertedRuns`).
///
/// Ids are decided when a record is handed over, as AUTOINCREMENT would give them in file order: the next
/// id is past both the largest id ever handed out (`sqlite_sequence`) and the largest present.
public final class EpisodeImportBatch {
    private let db: Database
    /// The journal's record of the new ids, a change per run of consecutive ones.
    private let journaled: InsertedRuns
    private let nowUTC: Int64
    private var pending: [Episode] = []
    private var pendingIDs = Set<Int64>()
    /// The id a renumbered record gets next; nil past the largest id SQLite can hand out.
    private var nextID: Int64?
    /// Episodes stored together: setting SQLite's CHECKs aside and back makes it prepare its statements again,
    /// so a group is large enough for that to cost little. Also stored once their texts reach `byteLimit`, so that
    /// a file of long notes waits in memory no larger than any other.
    private static let size = 8192, byteLimit = 4 << 20
    private var pendingBytes = 0

    /// A batch writing into `db` inside the import's transaction, journaling into `operation`.
    public init(_ db: Database, operation: Journal.Operation, nowUTC: Int64) throws {
        self.db = db
        journaled = InsertedRuns(operation, .episode)
        self.nowUTC = nowUTC
        let handedOut = try db.scalarInt("SELECT seq FROM sqlite_sequence WHERE name = 'episode'") ?? 0
        let largest = try db.scalarInt("SELECT max(id) FROM episode") ?? 0
        let next = max(handedOut, largest).addingReportingOverflow(1)
        nextID = next.overflow ? nil : next.partialValue
    }

    /// True when no stored record and no record waiting in the batch has `id`.
    public func isFree(_ id: Int64) throws -> Bool {
        // Past every id present and handed out: free without asking (the ids of an export into a new diary).
        if let next = nextID, id >= next { return true }
        return try !pendingIDs.contains(id) && !EpisodeRepository(db).contains(id: id)
    }

    /// Takes `episode` for storing, under its own id when `keepingID` (checked free), else the next new one;
    /// returns the id.
    public func insert(_ episode: Episode, keepingID: Bool) throws -> Int64 {
        var episode = episode
        if keepingID, let id = episode.id {
            advance(past: id)
        } else if let id = nextID {
            episode.id = id
            advance(past: id)
        } else {
            // No id left: SQLite's own insert says so, as it does for `log`.
            try flush()
            let id = try EpisodeRepository(db).insert(episode, nowUTC: nowUTC)
            try journaled.add(id)
            return id
        }
        let id = episode.id!
        pending.append(episode)
        pendingIDs.insert(id)
        pendingBytes += 256 + (episode.note?.utf8.count ?? 0) + episode.triggers.reduce(0) { $0 + $1.name.utf8.count }
            + episode.reliefs.reduce(0) { $0 + $1.name.utf8.count }
        if pending.count == Self.size || pendingBytes >= Self.byteLimit { try flush() }
        return id
    }

    /// Stores what is waiting and journals the last run of ids; call once every row was handed over.
    public func finish() throws {
        try flush()
        try journaled.finish()
    }

    /// Stores what is waiting.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        try db.withChecksInSwift {
            try insertPending()
        }
        for episode in pending { try journaled.add(episode.id!) }
        pending.removeAll(keepingCapacity: true)
        pendingIDs.removeAll(keepingCapacity: true)
        pendingBytes = 0
    }

    private func insertPending() throws {
        try db.insertCheckedRows(into: EpisodeTable.self, pending) { episode, column in
            EpisodeRepository.value(of: column, episode, nowUTC: nowUTC)
        }
        try db.insertCheckedRows(into: EpisodeTriggerTable.self, triggerRows()) { row, column in
            switch column {
            case .episodeID: .integer(row.id)
            case .position: row.position.sqlValue
            case .name: .text(row.name)
            }
        }
        let reliefs = pending.flatMap { episode in
            episode.reliefs.enumerated().map { (id: episode.id!, position: $0.offset, relief: $0.element) }
        }
        try db.insertCheckedRows(into: EpisodeReliefTable.self, reliefs) { row, column in
            switch column {
            case .episodeID: .integer(row.id)
            case .position: row.position.sqlValue
            case .name: .text(row.relief.name)
            case .outcome: .text(row.relief.outcome.rawValue)
            }
        }
    }

    /// The trigger rows as `EpisodeRepository.insert` writes them: a name listed again is skipped, and each
    /// keeps its position in the list.
    private func triggerRows() -> [(id: Int64, position: Int, name: String)] {
        var rows: [(id: Int64, position: Int, name: String)] = []
        for episode in pending {
            let triggers = episode.triggers
            // A list holds a few names: looking back costs less than hashing each.
            for (position, item) in triggers.enumerated() where !triggers[..<position].contains(item) {
                rows.append((episode.id!, position, item.name))
            }
        }
        return rows
    }

    private func advance(past id: Int64) {
        guard let next = nextID, id >= next else { return }
        let after = id.addingReportingOverflow(1)
        nextID = after.overflow ? nil : after.partialValue
    }
}
