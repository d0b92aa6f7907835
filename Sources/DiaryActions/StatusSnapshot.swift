import Diary
import DiaryStore

/// What bare `cramp` shows: the last episode, last night (or tonight so far) and this week.
public struct StatusSnapshot: Sendable {
    /// Episodes in the diary.
    public let episodeCount: Int
    /// The most recently started episode.
    public let last: Episode?
    public let window: NightWindow
    /// The night shown: tonight while inside the night window, else last night.
    public let shownNight: Night
    /// True while the shown night is still going on.
    public let inProgress: Bool
    public let shownNightCounts: EpisodeCounts
    /// This ISO week's nights, Monday first, through the current night.
    public let week: NightRange
    public let weekCounts: EpisodeCounts
    /// The check-in about the latest night.
    public let lastCheckIn: CheckIn?
    /// The open gap while keeping is ended.
    public let keepingEnded: KeepingGap?
    /// The trial running tonight or planned ahead, with tonight's night (`Trial.phase(of:)` says which phase).
    public let trial: (trial: Trial, tonight: Night)?
}

/// Cramps, the nights they fell on, and numbness episodes.
public struct EpisodeCounts: Sendable, Equatable {
    public let cramps: Int
    public let crampNights: Int
    public let numbness: Int

    /// Counts `episodes` by the nights of `window`.
    public init(_ episodes: [Episode], window: NightWindow) {
        let cramps = episodes.filter { $0.kind == .cramp }
        self.cramps = cramps.count
        crampNights = Set(cramps.map { window.night(of: $0.start.local) }).count
        numbness = episodes.count - cramps.count
    }
}

extension DiaryReader {
    /// The status; nil when there is no diary yet.
    public func status() throws -> StatusSnapshot? {
        guard exists else { return nil }
        let window = try settings().nightWindow
        let current = clock.currentNight(window: window)
        let week = NightRange(from: Night(evening: current.evening.startOfISOWeek), to: current)!
        // Inside the night window the current night is still going on: show it, not the one before.
        let inProgress = window.contains(clock.now.local)
        let shown = inProgress ? current : current.adding(-1)
        // On a Monday morning last night is Sunday's, before this week: read both.
        let recent = try episodes(in: NightRange(from: min(week.from, shown), to: current)!, window: window)
        return StatusSnapshot(
            episodeCount: try episodeCount(), last: try latestEpisode(), window: window, shownNight: shown,
            inProgress: inProgress,
            shownNightCounts: EpisodeCounts(recent.filter { window.night(of: $0.start.local) == shown }, window: window),
            week: week, weekCounts: EpisodeCounts(recent.filter { week.contains(window.night(of: $0.start.local)) }, window: window),
            lastCheckIn: try latestCheckIn(), keepingEnded: try keepingEnded(),
            trial: try trials().last { $0.lastNight >= current }.map { ($0, current) })
    }
}
