import Diary
import DiaryStore

/// What `log` stored (or, in a dry run, would store).
public struct LoggedEpisode: Sendable {
    /// The episode, with its new id (nil in a dry run).
    public let episode: Episode
    /// What was copied from the previous episode or assumed (`LogDefaults.notes`).
    public let notes: [String]
    /// The night window the echo names the night with.
    public let window: NightWindow
    /// True when nothing was stored.
    public let dryRun: Bool
}

extension Actions {
    /// Logs one episode from what the person typed. The missing fields come from the previous episode
    /// (`LogDefaults`); every input problem is refused before the diary is created or written, a new trigger or
    /// relief name close to a known one too unless `newNames` (`--new-name`).
    public func log(_ draft: EpisodeDraft, confirmedLong: Bool = false, dryRun: Bool = false,
                    newNames: Bool = false) throws -> LoggedEpisode {
        let existing = try existingFile()
        try checkNewNames(draft, in: existing, allowNew: newNames)
        let previous = try existing.map { try EpisodeRepository($0.db).latest() } ?? nil
        let window = try existing.map { try SettingsRepository($0.db).load() }?.nightWindow ?? Settings.defaults.nightWindow
        let resolved = try LogDefaults(draft: draft, previous: previous, now: clock.now)
        var episode = resolved.episode
        try episode.validate()
        try LongCrampGuard.check(episode, confirmed: confirmedLong)
        if dryRun { return LoggedEpisode(episode: episode, notes: resolved.notes, window: window, dryRun: true) }

        let file = try existing ?? fileForWriting()
        let now = clock.nowUTC
        episode.id = try file.journaled("log", nowUTC: now) { operation in
            let id = try EpisodeRepository(file.db).insert(episode, nowUTC: now)
            try operation.inserted(.episode, rowID: id)
            episode.id = id
            return (id, "logged " + EpisodeText.line(episode, window: window))
        }
        return LoggedEpisode(episode: episode, notes: resolved.notes, window: window, dryRun: false)
    }
}
