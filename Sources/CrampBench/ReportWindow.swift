import Diary
import DiaryAnalytics
import DiaryStore

/// How many episodes the default `cramp report` reads from a diary: the report's own row range
/// (`ReportInput.rows`: the period, the one before it, 30 nights of counts and the link look-back),
/// counted with SQL. It explains the scaling pair: the cost follows these rows, not the diary's size.
enum ReportWindow {
    static func episodesRead(diary path: String, now: Timestamp) throws -> Int {
        let settings = Settings.defaults
        let current = Clock(nowUTC: now.utc, zone: CentralEuropeanZone()).currentNight(window: settings.nightWindow)
        let period = PeriodExpression.standard.resolve(currentNight: current, earliest: nil)
        let rows = ReportInput.rows(period: period, currentNight: current, settings: settings).episodes
        let db = try Database(path: path, create: false, readOnly: true)
        return Int(try db.scalarInt("SELECT count(*) FROM episode WHERE start_utc >= ? AND start_utc < ?",
                                    rows.lowerBound, rows.upperBound) ?? 0)
    }
}
