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
        // Triggers and reliefs only where the report reads them (`rows.episodeLists`); the other rows feed counts.
        let repository = EpisodeRepository(file.db)
        var episodes = try repository.episodes(
            fromUTC: rows.episodes.lowerBound, toUTC: rows.episodeLists.lowerBound, lists: false)
        episodes += try repository.episodes(fromUTC: rows.episodeLists.lowerBound, toUTC: rows.episodeLists.upperBound)
        episodes += try repository.episodes(
            fromUTC: rows.episodeLists.upperBound, toUTC: rows.episodes.upperBound, lists: false)
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
