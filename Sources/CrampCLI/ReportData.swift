import Diary
import DiaryAnalytics
import DiaryStore

/// Loads exactly the rows a report over `period` needs, through the start-time indexes, so its cost
/// follows the period's length and not the diary's size. Shared by `report` and `summary`.
enum ReportData {
    static func input(file: DiaryFile?, period: NightRange, currentNight: Night, settings: Settings) throws -> ReportInput {
        let rows = ReportInput.rows(period: period, currentNight: currentNight, settings: settings)
        guard let file else {
            return ReportInput(period: period, currentNight: currentNight, settings: settings,
                               episodes: [], postureSessions: [], stretchBreaks: [])
        }
        let episodes = try EpisodeRepository(file.db).episodes(fromUTC: rows.episodes.lowerBound,
                                                               toUTC: rows.episodes.upperBound)
        let sessions = try PostureRepository(file.db).sessions(
            overlappingFromUTC: rows.postureSessions.lowerBound, toUTC: rows.postureSessions.upperBound)
        let breaks = try BreakRepository(file.db).breaks(fromUTC: rows.stretchBreaks.lowerBound,
                                                          toUTC: rows.stretchBreaks.upperBound)
        return ReportInput(period: period, currentNight: currentNight, settings: settings,
                           episodes: episodes, postureSessions: sessions, stretchBreaks: breaks)
    }

    /// The earliest night in the diary, for `all`.
    static func earliestNight(file: DiaryFile?, window: NightWindow) throws -> Night? {
        try file.flatMap { try EpisodeRepository($0.db).earliestStart() }.map { window.night(of: $0.local) }
    }
}
