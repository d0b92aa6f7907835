import Diary
import DiaryAnalytics
import DiaryStore

/// Loads exactly the rows a report over `period` needs, through the start-time indexes, so its cost
/// follows the period's length and not the diary's size. Shared by `report` and `summary`.
enum ReportData {
    /// The report's rows; `counting` widens the episodes counted per night (the summary's 60-night trend).
    static func input(file: DiaryFile?, period: NightRange, currentNight: Night, settings: Settings,
                      counting extra: (from: Int64, to: Int64)? = nil) throws -> ReportInput {
        let rows = ReportInput.rows(period: period, currentNight: currentNight, settings: settings)
        guard let file else {
            return ReportInput(period: period, currentNight: currentNight, settings: settings,
                               episodes: [], postureSessions: [], stretchBreaks: [])
        }
        let counted = min(rows.episodes.lowerBound, extra?.from ?? .max) ..< max(rows.episodes.upperBound, extra?.to ?? .min)
        let listed = rows.episodeLists.clamped(to: counted)
        // Whole episodes where the report reads their details; outside, the nights only need counts,
        // and an outline costs a fraction of an episode to read (no note, no lists, no text).
        let repository = EpisodeRepository(file.db)
        let episodes = try repository.episodes(fromUTC: listed.lowerBound, toUTC: listed.upperBound)
        let outlines = try repository.outlines(fromUTC: counted.lowerBound, toUTC: listed.lowerBound)
            + repository.outlines(fromUTC: listed.upperBound, toUTC: counted.upperBound)
        let sessions = try PostureRepository(file.db).sessions(
            overlappingFromUTC: rows.postureSessions.lowerBound, toUTC: rows.postureSessions.upperBound)
        let breaks = try BreakRepository(file.db).breaks(fromUTC: rows.stretchBreaks.lowerBound,
                                                          toUTC: rows.stretchBreaks.upperBound)
        return ReportInput(period: period, currentNight: currentNight, settings: settings, episodes: episodes,
                           outlines: outlines, postureSessions: sessions, stretchBreaks: breaks)
    }

    /// The earliest night in the diary, for `all`.
    static func earliestNight(file: DiaryFile?, window: NightWindow) throws -> Night? {
        try file.flatMap { try EpisodeRepository($0.db).earliestStart() }.map { window.night(of: $0.local) }
    }
}
