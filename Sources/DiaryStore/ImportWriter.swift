import Diary

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

/// Writes the records of an import file in one transaction, recorded as one journal operation so
/// `cramp undo` takes the whole import back. The rows come checked (`Episode.validate`, no key twice).
///
/// Duplicates are recognised by the natural key (`EpisodeKey`: kind, start instant in UTC and leg;
/// `PostureKey`: posture and start instant), never by id: ids differ between diaries, the key does not.
/// Ids: a row keeps the file's id when no record in the diary has it, so importing an export into an
/// empty diary gives back the same ids (and the same export); otherwise it gets a new one. Rows that keep
/// their id are stored first, so a renumbered row never takes an id a later row of the file asks for.
public struct ImportWriter {
    let file: DiaryFile

    /// A writer into an open diary.
    public init(_ file: DiaryFile) { self.file = file }

    /// Imports episodes; returns one outcome per episode, in the order given. Writes nothing (no journal
    /// entry either) when every row is already in the diary.
    public func importEpisodes(
        _ episodes: [Episode], nowUTC: Int64, summary: ([ImportRowOutcome]) -> String
    ) throws -> [ImportRowOutcome] {
        let repository = EpisodeRepository(file.db)
        return try importRecords(
            episodes, target: .episode, nowUTC: nowUTC, summary: summary,
            existingID: { try repository.existingID(kind: $0.kind, startUTC: $0.start.utc, leg: $0.leg) },
            fetch: { try repository.fetch(id: $0) },
            sameValues: { $0.withoutBookkeeping == $1.withoutBookkeeping },
            insert: { try repository.insert($0, nowUTC: nowUTC, keepingID: $1) }
        )
    }

    /// Imports posture sessions; as `importEpisodes`.
    public func importPostureSessions(
        _ sessions: [PostureSession], nowUTC: Int64, summary: ([ImportRowOutcome]) -> String
    ) throws -> [ImportRowOutcome] {
        let repository = PostureRepository(file.db)
        return try importRecords(
            sessions, target: .postureSession, nowUTC: nowUTC, summary: summary,
            existingID: { try repository.existingID(posture: $0.posture, startUTC: $0.start.utc) },
            fetch: { try repository.fetch(id: $0) },
            sameValues: { $0.withoutBookkeeping == $1.withoutBookkeeping },
            insert: { try repository.insert($0, nowUTC: nowUTC, keepingID: $1) }
        )
    }

    private func importRecords<Record: Identified>(
        _ records: [Record], target: Journal.Target, nowUTC: Int64, summary: ([ImportRowOutcome]) -> String,
        existingID: (Record) throws -> Int64?, fetch: (Int64) throws -> Record?,
        sameValues: (Record, Record) -> Bool, insert: (Record, Bool) throws -> Int64
    ) throws -> [ImportRowOutcome] {
        let db = file.db
        let table = target.rawValue
        return try file.write {
            var outcomes = [ImportRowOutcome?](repeating: nil, count: records.count)
            var operation: Journal.Operation?
            func record(_ id: Int64) throws {
                if operation == nil { operation = try Journal(db).begin(command: "import", nowUTC: nowUTC) }
                try operation!.inserted(target, rowID: id)
            }
            var renumber: [Int] = []
            for (index, item) in records.enumerated() {
                if let existing = try existingID(item) {
                    let stored = try fetch(existing)
                    outcomes[index] = .duplicate(existingID: existing, differs: stored.map { !sameValues($0, item) } ?? true)
                } else if let id = item.id, try db.scalarInt("SELECT 1 FROM \(table) WHERE id = ?", id) == nil {
                    try record(try insert(item, true))
                    outcomes[index] = .kept(id: id)
                } else {
                    renumber.append(index)
                }
            }
            for index in renumber {
                let id = try insert(records[index], false)
                try record(id)
                outcomes[index] = .renumbered(id: id)
            }
            let result = outcomes.map { $0! }
            try operation?.describe(summary(result))
            return result
        }
    }
}

/// A stored record with an optional id, so one import routine serves both tables.
protocol Identified {
    var id: Int64? { get }
}

extension Episode: Identified {
    /// The values a person entered: id and bookkeeping times cleared, for comparing a file row with the diary.
    var withoutBookkeeping: Episode {
        var copy = self
        copy.id = nil
        copy.createdUTC = 0
        copy.updatedUTC = 0
        return copy
    }
}

extension PostureSession: Identified {
    /// As `Episode.withoutBookkeeping`.
    var withoutBookkeeping: PostureSession {
        var copy = self
        copy.id = nil
        copy.createdUTC = 0
        copy.updatedUTC = 0
        return copy
    }
}

extension PostureRepository {
    /// Id of a stored session with the same posture and start instant (the natural key used by import).
    public func existingID(posture: Posture, startUTC: Int64) throws -> Int64? {
        try db.scalarInt(
            "SELECT id FROM posture_session WHERE start_utc = ? AND posture = ? LIMIT 1", startUTC, posture.rawValue)
    }
}
