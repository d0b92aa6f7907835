import Diary
import DiaryStore

extension MedicineEvent: ImportableRecord {}

extension ImportNoun {
    static let medicineEvents = ImportNoun(singular: "medicine event", plural: "medicine events",
                                           key: "medicine, action and time")
}

extension Actions {
    /// Imports medicine events; see `importEpisodes`. The key is the medicine's name (any case), the action and the
    /// instant. Rows are stored as they are: a file's timeline is the person's record, so it is not checked
    /// against the steps already in the diary (`med list` shows every step in time order).
    public func importMedicineEvents(from source: String, rows: (ImportWriter<MedicineEvent>) throws -> Void) throws -> ImportResult {
        try importing(source: source, noun: .medicineEvents) { file, now, operation in
            let repository = MedicineEventRepository(file.db)
            return ImportWriter<MedicineEvent>.Table(
                isEmpty: try repository.count() == 0,
                isFree: { try !repository.contains(id: $0) },
                namesSameRecord: { try repository.hasUnclaimed(id: $0, $1) },
                unclaimedMatch: { try repository.unclaimedID($0) },
                fetch: { try repository.fetch(id: $0) },
                insert: { record, keepingID in
                    let id = try repository.insert(record, nowUTC: now, keepingID: keepingID)
                    try operation.inserted(.medicineEvent, rowID: id)
                    return id
                },
                finish: {})
        } rows: { try rows($0) }
    }
}
