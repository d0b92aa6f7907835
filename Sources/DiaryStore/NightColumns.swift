import Diary

extension Row {
    /// The night stored as `YYYY-MM-DD` in `column` of the row `place` names ("check-in 3").
    ///
    /// The tables' GLOB lets a date such as `2026-02-30` through, which names no night: read back, it means the
    /// file was altered, and is refused as damage like an unknown word.
    func night(_ column: some TableColumns, in place: @autoclosure () -> String, _ db: Database) throws(StoreError) -> Night {
        let stored = text(column)
        guard let date = CivilDate(iso: stored) else {
            throw db.damaged("\(place()) holds the \(column.columnName) \"\(stored)\", which is not a calendar date")
        }
        return Night(evening: date)
    }

    /// The moment stored in `utc` and `offset`; the tables CHECK the offset, so one beyond ±18 h is damage.
    func timestamp(_ utc: some TableColumns, _ offset: some TableColumns, in place: @autoclosure () -> String,
                   _ db: Database) throws(StoreError) -> Timestamp {
        let seconds = int(offset)
        guard abs(seconds) <= Timestamp.maxOffset else {
            throw db.damaged("\(place()) holds the \(offset.columnName) \(seconds), beyond ±18 hours")
        }
        return Timestamp(utc: int64(utc), offset: seconds)
    }
}
