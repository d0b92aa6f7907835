import Diary
import DiaryStore

/// An episode before and after `edit`; equal when there was nothing to change (and nothing was written).
public struct EditedEpisode: Sendable {
    public let before: Episode
    public let after: Episode
    public let window: NightWindow
    /// True when the diary was changed.
    public var changed: Bool { before != after }
}

/// The episode `delete` removed.
public struct DeletedEpisode: Sendable {
    public let episode: Episode
    public let window: NightWindow
}

extension Actions {
    /// Applies `draft` (its fields and clears) over stored episode `id`; a new trigger or relief name close to a
    /// known one is refused unless `newNames`.
    public func edit(id: Int64, _ draft: EpisodeDraft, confirmedLong: Bool = false,
                     newNames: Bool = false) throws -> EditedEpisode {
        let (file, before) = try storedEpisode(id)
        try checkNewNames(draft, in: file, allowNew: newNames)
        let after = draft.applied(to: before)
        try after.validate()
        try LongCrampGuard.check(after, confirmed: confirmedLong)
        let window = try SettingsRepository(file.db).load().nightWindow
        let edited = EditedEpisode(before: before, after: after, window: window)
        guard edited.changed else { return edited }
        let now = clock.nowUTC
        try file.journaled("edit", nowUTC: now) { operation in
            try operation.willChange(.episode, rowID: id, .update)
            try EpisodeRepository(file.db).update(after, nowUTC: now)
            return ((), "edited " + EpisodeText.line(after, window: window))
        }
        return edited
    }

    /// Deletes stored episode `id`; `undo` brings it back with the same id.
    public func delete(id: Int64) throws -> DeletedEpisode {
        let (file, episode) = try storedEpisode(id)
        let window = try SettingsRepository(file.db).load().nightWindow
        try file.journaled("delete", nowUTC: clock.nowUTC) { operation in
            try operation.willChange(.episode, rowID: id, .delete)
            try EpisodeRepository(file.db).delete(id: id)
            return ((), "deleted " + EpisodeText.line(episode, window: window))
        }
        return DeletedEpisode(episode: episode, window: window)
    }

    /// The open diary and stored episode `id`, or the not-found refusal (also when there is no diary yet).
    func storedEpisode(_ id: Int64) throws -> (file: DiaryFile, episode: Episode) {
        guard let file = try existingFile(), let episode = try EpisodeRepository(file.db).fetch(id: id) else {
            throw EpisodeNumber.notFound(id)
        }
        return (file, episode)
    }
}
