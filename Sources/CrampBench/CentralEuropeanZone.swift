import Diary

/// Europe/Berlin as the EU has defined it since 1996: UTC+1, and UTC+2 from the last Sunday of March
/// 01:00 UTC to the last Sunday of October 01:00 UTC.
///
/// The generator computes offsets itself instead of asking libc, so the file it writes does not depend
/// on the machine's tz database; the benchmark then runs `cramp` with `TZ=Europe/Berlin`, which agrees.
struct CentralEuropeanZone: ZoneRules {
    /// The name to pass as `TZ` so `cramp` reads the same rules.
    static let tzName = "Europe/Berlin"

    func offset(atUTC utc: Int64) -> Int {
        let year = LocalDateTime(naiveEpochSeconds: utc).date.year
        let summerStarts = Self.lastSundayOneAM(year: year, month: 3)
        let summerEnds = Self.lastSundayOneAM(year: year, month: 10)
        return utc >= summerStarts && utc < summerEnds ? 7200 : 3600
    }

    /// 01:00 UTC on the last Sunday of `month`.
    static func lastSundayOneAM(year: Int, month: Int) -> Int64 {
        let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
        let sunday = last.adding(days: -(last.isoWeekday % 7))
        return Int64(sunday.daysSinceEpoch) * 86_400 + 3600
    }

    /// The instant a wall-clock reading names; a reading the spring change skipped moves an hour on,
    /// and a reading the autumn change showed twice takes the first.
    func timestamp(local: LocalDateTime) -> Timestamp {
        if let first = timestamps(for: local).first { return first }
        let later = LocalDateTime(naiveEpochSeconds: local.naiveEpochSeconds + 3600)
        return timestamps(for: later).first ?? Timestamp(local: later, offset: 7200)
    }
}
