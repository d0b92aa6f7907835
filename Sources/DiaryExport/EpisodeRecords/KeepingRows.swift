import Diary

/// One check-in row of an import file, checked field by field.
enum CheckInRow {
    /// The check-in, or nil with every problem of the row recorded in `fields`.
    static func parse(_ fields: inout RowFields) -> CheckIn? {
        let id = fields.id()
        let night = fields.date("night")
        let quiet = fields.yesNo("quiet")
        let score = fields.number("sleep_disturbance", in: CheckIn.scoreRange, optional: true)
        let soreness = fields.number("soreness", in: CheckIn.scoreRange, optional: true)
        let at = fields.timestamp("at_local")
        let note = fields.note()
        guard let id, let night, let quiet, let score, let soreness, let at, let note else { return nil }
        // The table ties the two: a quiet night has no score, one that was not quiet has one.
        switch (quiet, score) {
        case (true, nil), (false, _?): break
        case (true, let score?):
            fields.refuse("sleep_disturbance", String(score), accepted: "empty when quiet is yes")
        case (false, nil):
            fields.refuse("sleep_disturbance", "", accepted: "a whole number from 0 to 10 when quiet is no")
        }
        let checkIn = CheckIn(id: id, night: Night(evening: night), sleep: score.map(CheckIn.Sleep.disturbed) ?? .quiet,
                              soreness: soreness, note: note, at: at)
        do {
            try checkIn.validate()
        } catch {
            fields.refuse(error.field, error.value, accepted: error.accepted)
        }
        return fields.problems.isEmpty ? checkIn : nil
    }
}

/// One gap row of an import file, checked field by field.
enum GapRow {
    /// The gap, or nil with every problem of the row recorded in `fields`.
    static func parse(_ fields: inout RowFields) -> KeepingGap? {
        let id = fields.id()
        let first = fields.date("first_night")
        let last: CivilDate?? = fields.text("last_night").trimmingSpaces.isEmpty ? .some(nil) : fields.date("last_night").map { $0 }
        let note = fields.note()
        guard let id, let first, let last, let note else { return nil }
        for date in [first, last].compactMap({ $0 }) where !DateBounds.contains(date) {
            fields.refuse(date == first ? "first_night" : "last_night", date.description, accepted: "a night dated \(DateBounds.text)")
        }
        if let last, last < first {
            fields.refuse("last_night", last.description, accepted: "first_night (\(first)) or later, or empty while keeping stays ended")
        }
        guard fields.problems.isEmpty else { return nil }
        return KeepingGap(id: id, first: Night(evening: first), last: last.map(Night.init), note: note)
    }
}

extension RowFields {
    /// `yes` (true) or `no` (false), any case, spaces around ignored.
    mutating func yesNo(_ column: String) -> Bool? {
        let cell = text(column)
        switch cell.trimmingSpaces.lowercased() {
        case "yes": return true
        case "no": return false
        default:
            refuse(column, cell, accepted: "yes or no")
            return nil
        }
    }
}
