import Diary
import DiaryStore

/// What an import did with one row of the file.
public enum ImportRowOutcome: Hashable, Sendable {
    /// Stored under the id the file gave.
    case kept(id: Int64)
    /// Stored under a new id: the file gave none, or another record in the diary already has it.
    case renumbered(id: Int64)
    /// Not stored: the diary already holds this record (same natural key) as `existingID`;
    /// `differs` when the stored version has other values (the diary's version is kept).
    case duplicate(existingID: Int64, differs: Bool)
}

/// The records of an import file, checked (`Episode.validate`, no key twice) and ready to store.
public enum ImportRecords: Sendable {
    case episodes([Episode])
    case postureSessions([PostureSession])

    /// The `id` cell of each row, in file order.
    public var fileIDs: [Int64?] {
        switch self {
        case .episodes(let rows): rows.map(\.id)
        case .postureSessions(let rows): rows.map(\.id)
        }
    }

    /// How messages name the rows and their natural key.
    public var noun: ImportNoun {
        switch self {
        case .episodes: ImportNoun(singular: "episode", plural: "episodes", key: "kind, start time and leg")
        case .postureSessions: ImportNoun(singular: "posture session", plural: "posture sessions", key: "posture and start time")
        }
    }
}

/// What `import` did, row by row, and the line it reports.
public struct ImportResult: Sendable {
    /// One outcome per row, in file order.
    public let outcomes: [ImportRowOutcome]
    /// `imported 12 episodes from visit.csv; skipped 3 …`, also the summary `undo` shows.
    public let summary: String
    /// True when anything was written (and `undo` can take it back).
    public var stored: Bool { outcomes.contains { if case .duplicate = $0 { false } else { true } } }
}

extension Actions {
    /// Stores the records of an import file in one transaction recorded as one journal operation, so `undo`
    /// takes the whole import back; writes nothing (no journal entry either) when every row is already there.
    ///
    /// Duplicates are recognised by the natural key (episodes: kind, start instant in UTC and leg; posture
    /// sessions: posture and start instant), never by id: ids differ between diaries, the key does not. A row
    /// keeps the file's id when no record in the diary has it, so importing an export into an empty diary gives
    /// back the same ids (and the same export); otherwise it gets a new one. Rows that keep their id are stored
    /// first, so a renumbered row never takes an id a later row of the file asks for.
    public func importRecords(_ records: ImportRecords, from source: String) throws -> ImportResult {
        let file = try fileForWriting()
        let noun = records.noun
        let outcomes: [ImportRowOutcome]
        switch records {
        case .episodes(let episodes):
            let repository = EpisodeRepository(file.db)
            outcomes = try store(episodes, in: file, target: .episode, source: source, noun: noun,
                existingID: { try repository.existingID(kind: $0.kind, startUTC: $0.start.utc, leg: $0.leg) },
                fetch: { try repository.fetch(id: $0) }, isFree: { try !repository.contains(id: $0) },
                insert: { try repository.insert($0, nowUTC: $2, keepingID: $1) })
        case .postureSessions(let sessions):
            let repository = PostureRepository(file.db)
            outcomes = try store(sessions, in: file, target: .postureSession, source: source, noun: noun,
                existingID: { try repository.existingID(posture: $0.posture, startUTC: $0.start.utc) },
                fetch: { try repository.fetch(id: $0) }, isFree: { try !repository.contains(id: $0) },
                insert: { try repository.insert($0, nowUTC: $2, keepingID: $1) })
        }
        return ImportResult(outcomes: outcomes, summary: ImportReport.summary(outcomes, source: source, noun: noun))
    }

    private func store<Record: ImportableRecord>(
        _ records: [Record], in file: DiaryFile, target: Journal.Target, source: String, noun: ImportNoun,
        existingID: (Record) throws -> Int64?, fetch: (Int64) throws -> Record?, isFree: (Int64) throws -> Bool,
        insert: (Record, Bool, Int64) throws -> Int64
    ) throws -> [ImportRowOutcome] {
        let now = clock.nowUTC
        return try file.journaled("import", nowUTC: now) { operation in
            var outcomes = [ImportRowOutcome?](repeating: nil, count: records.count)
            var renumber: [Int] = []
            for (index, item) in records.enumerated() {
                if let existing = try existingID(item) {
                    let stored = try fetch(existing)
                    let differs = stored.map { $0.withoutBookkeeping != item.withoutBookkeeping } ?? true
                    outcomes[index] = .duplicate(existingID: existing, differs: differs)
                } else if let id = item.id, try isFree(id) {
                    try operation.inserted(target, rowID: try insert(item, true, now))
                    outcomes[index] = .kept(id: id)
                } else {
                    renumber.append(index)
                }
            }
            for index in renumber {
                let id = try insert(records[index], false, now)
                try operation.inserted(target, rowID: id)
                outcomes[index] = .renumbered(id: id)
            }
            let result = outcomes.map { $0! }
            let anyStored = result.contains { if case .duplicate = $0 { false } else { true } }
            return (result, anyStored ? ImportReport.summary(result, source: source, noun: noun) : nil)
        }
    }
}

/// A stored record with an optional id and bookkeeping times, so one import routine serves both tables.
protocol ImportableRecord: Equatable {
    var id: Int64? { get set }
    var createdUTC: Int64 { get set }
    var updatedUTC: Int64 { get set }
}

extension ImportableRecord {
    /// The values a person entered: id and bookkeeping times cleared, for comparing a file row with the diary.
    var withoutBookkeeping: Self {
        var copy = self
        copy.id = nil
        copy.createdUTC = 0
        copy.updatedUTC = 0
        return copy
    }
}

extension Episode: ImportableRecord {}
extension PostureSession: ImportableRecord {}
