import Diary
import DiaryStore

extension CheckIn: ImportableRecord {}
extension KeepingGap: ImportableRecord {}

extension ImportNoun {
    static let checkIns = ImportNoun(singular: "check-in", plural: "check-ins", key: "night")
    static let gaps = ImportNoun(singular: "gap", plural: "gaps", key: "first night")
}

/// A row of an import file that cannot be stored beside what the diary, or an earlier row, already holds.
public struct ImportConflict: Error, Sendable, Equatable {
    /// The line the row starts on.
    public let line: Int
    /// The column, its value and what would be accepted there.
    public let field: String, value: String, accepted: String
}

extension Actions {
    /// Imports check-ins; see `importEpisodes`. The key is the night: a row is the stored check-in about its night
    /// (the id deciding first, as for episodes). A new row for a night another row of the file already gave is a
    /// conflict: the diary holds one check-in per night.
    public func importCheckIns(from source: String, rows: (ImportWriter<CheckIn>) throws -> Void) throws -> ImportResult {
        try importing(source: source, noun: .checkIns) { file, now, operation in
            let repository = CheckInRepository(file.db)
            var table = ImportWriter<CheckIn>.Table(
                isEmpty: try repository.count() == 0,
                isFree: { try !repository.contains(id: $0) },
                namesSameRecord: { try repository.hasUnclaimed(id: $0, night: $1.night) },
                unclaimedMatch: { try repository.unclaimedID(night: $0.night) },
                fetch: { try repository.fetch(id: $0) },
                insert: { record, keepingID in
                    let id = try repository.insert(record, nowUTC: now, keepingID: keepingID)
                    try operation.inserted(.checkIn, rowID: id)
                    return id
                },
                finish: {})
            table.conflict = { record, line in
                guard let other = try repository.fetch(night: record.night) else { return nil }
                return ImportConflict(line: line, field: "night", value: record.night.description,
                                      accepted: "a night no other row gives; " + KeepingText.line(other) + " is already about it")
            }
            return table
        } rows: { try rows($0) }
    }

    /// Imports gaps; see `importEpisodes`. The key is the first night. A new gap sharing a night with a gap in the
    /// diary or an earlier row (or a second keeping ended) is a conflict, as `gap` refuses it.
    public func importGaps(from source: String, rows: (ImportWriter<KeepingGap>) throws -> Void) throws -> ImportResult {
        try importing(source: source, noun: .gaps) { file, now, operation in
            let repository = KeepingGapRepository(file.db)
            var table = ImportWriter<KeepingGap>.Table(
                isEmpty: try repository.count() == 0,
                isFree: { try !repository.contains(id: $0) },
                namesSameRecord: { try repository.hasUnclaimed(id: $0, first: $1.first) },
                unclaimedMatch: { try repository.unclaimedID(first: $0.first) },
                fetch: { try repository.fetch(id: $0) },
                insert: { record, keepingID in
                    let id = try repository.insert(record, nowUTC: now, keepingID: keepingID)
                    try operation.inserted(.keepingGap, rowID: id)
                    return id
                },
                finish: {})
            table.conflict = { record, line in
                guard let other = try repository.overlapping(first: record.first, last: record.last).first else { return nil }
                return ImportConflict(line: line, field: "first_night", value: record.first.description,
                                      accepted: "nights no other gap holds; " + KeepingText.line(other) + " shares some")
            }
            return table
        } rows: { try rows($0) }
    }
}
