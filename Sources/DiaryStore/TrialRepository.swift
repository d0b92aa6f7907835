import Diary

/// Reads and writes treatment trials: the plan as numbers, and the night a trial was stopped early.
public struct TrialRepository {
    let db: Database

    /// A repository over an open connection.
    public init(_ db: Database) { self.db = db }

    /// Every column of the table, in `decode`'s order; callers add the WHERE clause.
    static let select = "SELECT \(TrialTable.selectList) FROM \(TrialTable.table)"

    /// Stores a new trial and returns its id; with `keepingID`, `trial.id` as given. The caller checks the plan.
    public func insert(_ trial: Trial, nowUTC: Int64, keepingID: Bool = false) throws -> Int64 {
        try db.insertRow(into: TrialTable.self) { column in
            switch column {
            case .id: keepingID ? trial.id : nil
            case .name: trial.name
            case .firstNight: trial.firstNight.description
            case .baselineNights: Int64(trial.baselineNights)
            case .treatmentNights: Int64(trial.treatmentNights)
            case .washoutNights: Int64(trial.washoutNights)
            case .cycles: Int64(trial.cycles)
            case .stoppedNight: trial.stoppedNight?.description
            case .stopNote: trial.stopNote
            case .note: trial.note
            case .createdUTC, .updatedUTC: nowUTC
            }
        }
    }

    /// Records that trial `trial.id` stopped early: its last night and why; keeps `created_utc`.
    public func recordStop(_ trial: Trial, nowUTC: Int64) throws {
        guard let id = trial.id else { preconditionFailure("a stop needs a stored trial") }
        try db.run("""
            UPDATE trial SET stopped_night = ?, stop_note = ?, updated_utc = max(created_utc, ?) WHERE id = ?
            """, trial.stoppedNight?.description, trial.stopNote, nowUTC, id)
    }

    /// The trial with this id.
    public func fetch(id: Int64) throws -> Trial? {
        try db.prepare(Self.select + " WHERE id = ?").bind([id]).first(decode)
    }

    /// Every trial, earliest first night first.
    public func all() throws -> [Trial] {
        try db.prepare(Self.select + " ORDER BY first_night, id").bind([]).all(decode)
    }

    /// Number of stored trials.
    public func count() throws -> Int { Int(try db.scalarInt("SELECT count(*) FROM trial") ?? 0) }

    /// The trial in `row` (read with `select`).
    func decode(_ row: Row) throws(StoreError) -> Trial {
        let id = row.int64(TrialTable.id)
        let place = "trial \(id)"
        let stopped = row.isNull(TrialTable.stoppedNight) ? nil : try row.night(TrialTable.stoppedNight, in: place, db)
        return Trial(
            id: id, name: row.text(TrialTable.name), firstNight: try row.night(TrialTable.firstNight, in: place, db),
            baselineNights: row.int(TrialTable.baselineNights), treatmentNights: row.int(TrialTable.treatmentNights),
            washoutNights: row.int(TrialTable.washoutNights), cycles: row.int(TrialTable.cycles), stoppedNight: stopped,
            stopNote: row.optionalText(TrialTable.stopNote), note: row.optionalText(TrialTable.note),
            createdUTC: row.int64(TrialTable.createdUTC), updatedUTC: row.int64(TrialTable.updatedUTC))
    }
}
