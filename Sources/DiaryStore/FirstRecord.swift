import Diary

/// The night of the diary's first record (README.md, "Kept nights"): the earliest of the first episode's night,
/// the first sitting or standing stretch's night (the one under way included) and the first check-in's night.
public enum FirstRecord {
    /// Widest spread of two stored offsets (±18 h each): the row with the earliest local reading starts at most
    /// this long after the row with the earliest UTC start.
    static let offsetSpread: Int64 = 2 * Int64(Timestamp.maxOffset)

    /// The first record's night under `window`, or nil when the diary holds no record.
    ///
    /// An episode belongs to `window.night(of:)` of its local start, a stretch to the night after the day it
    /// started on (its exposure, as the reports count it), a check-in to the night it names.
    public static func night(in db: Database, window: NightWindow) throws -> Night? {
        let episode = try earliestLocalStart(in: db, posture: false).map { window.night(of: $0) }
        let stretch = try earliestLocalStart(in: db, posture: true).map { Night(evening: $0.date) }
        // A stretch under way counts in the analytics as the same stretch recorded would, so it keeps nights too.
        let underWay = try OpenStretchRepository(db).current().map { Night(evening: $0.start.local.date) }
        let checkIn = try CheckInRepository(db).earliestNight()
        return [episode, stretch, underWay, checkIn].compactMap { $0 }.min()
    }

    /// The earliest local reading of an episode's (or, with `posture`, a stretch's) start.
    ///
    /// Nights follow the local reading, and the row with the smallest UTC start need not have the smallest local
    /// one (a +14:00 reading can be earlier on the clock than a -10:00 one stored before it). Only rows starting
    /// within `offsetSpread` of the smallest UTC start can hold the smallest local reading: the start-time index finds
    /// the smallest start in one step and bounds the rows read to those few.
    public static func earliestLocalStart(in db: Database, posture: Bool) throws -> LocalDateTime? {
        let sql = posture
            ? """
              SELECT min(start_utc + utc_offset) FROM posture_session
              WHERE start_utc <= (SELECT min(start_utc) FROM posture_session) + ?
              """
            : """
              SELECT min(start_utc + utc_offset) FROM episode
              WHERE start_utc <= (SELECT min(start_utc) FROM episode) + ?
              """
        return try db.scalarInt(sql, offsetSpread).map { LocalDateTime(naiveEpochSeconds: $0) }
    }
}
