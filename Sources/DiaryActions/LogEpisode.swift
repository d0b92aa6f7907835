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
    /// When a `medication` trigger names no medicine: the medicines running at the episode's start, for the
    /// echo to ask which it was (`Episode.asksWhichMedicine`); nil otherwise.
    public var runningMedicines: [RunningMedicine]? = nil
}

extension Actions {
    /// Logs one episode from what the person typed. The missing fields come from the episode typed last
    /// (`LogDefaults`); every input problem is refused before the diary is created or written, a new trigger or
    /// relief name close to a known one too unless `newNames` (`--new-name`).
    public func log(_ draft: EpisodeDraft, confirmedLong: Bool = false, dryRun: Bool = false,
                    newNames: Bool = false) throws -> LoggedEpisode {
        let existing = try existingFile()
        try checkNewNames(draft, in: existing, allowNew: newNames)
        // The one typed last, not the one that starts last: after `cramp log --at "yesterday 23:00" ...` a bare
        // `cramp log` means "again, like that one", even when an earlier-typed episode starts later.
        let previous = try existing.map { try EpisodeRepository($0.db).lastStored() } ?? nil
        let window = try existing.map { try SettingsRepository($0.db).load() }?.nightWindow ?? Settings.defaults.nightWindow
        let resolved = try LogDefaults(draft: draft, previous: previous, now: clock.now)
        var episode = resolved.episode
        try episode.validate()
        try LongCrampGuard.check(episode, confirmed: confirmedLong)
        let medicines = try episode.asksWhichMedicine
            ? MedicineTimeline(existing.map { try MedicineEventRepository($0.db).all() } ?? []).running(atUTC: episode.start.utc)
            : nil
        if dryRun {
            return LoggedEpisode(episode: episode, notes: resolved.notes, window: window, dryRun: true, runningMedicines: medicines)
        }

        let file = try existing ?? fileForWriting()
        let now = clock.nowUTC
        episode.id = try file.journaled("log", nowUTC: now) { operation in
            let id = try EpisodeRepository(file.db).insert(episode, nowUTC: now)
            try operation.inserted(.episode, rowID: id)
            episode.id = id
            return (id, "logged " + EpisodeText.line(episode, window: window))
        }
        return LoggedEpisode(episode: episode, notes: resolved.notes, window: window, dryRun: false, runningMedicines: medicines)
    }
}
