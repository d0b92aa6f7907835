/// What a `cramp log` stores from what was typed: the rule for the fields left out.
///
/// Half asleep, a person types `cramp log` or `cramp log 2m`: the leg (and, with it, the site) and the duration
/// come from the previous episode, and the echo says so. A leg given means a new place, so the site is not copied.
public struct LogDefaults: Sendable, Equatable {
    /// The episode to store (not yet validated).
    public let episode: Episode
    /// What was copied or assumed, e.g. `leg and site copied from #12`; empty when everything was typed.
    public let notes: [String]

    /// Resolves `draft` against the previous episode (nil on an empty diary) at `now`.
    public init(draft: EpisodeDraft, previous: Episode?, now: Timestamp) throws(InputError) {
        var notes: [String] = []
        guard let leg = draft.leg ?? previous?.leg else {
            throw InputError(field: "leg", value: "", accepted: "left, right or both",
                             hint: "there is no earlier episode to copy it from: e.g. cramp log left calf 2m")
        }
        var site = draft.site
        if draft.leg == nil, let previous, let id = previous.id {
            if site == nil, let previousSite = previous.site {
                site = previousSite
                notes.append("leg and site copied from #\(id)")
            } else {
                notes.append("leg copied from #\(id)")
            }
        }
        let duration: Int
        if let given = draft.duration {
            duration = given
        } else if let previous, let id = previous.id {
            duration = previous.durationSeconds
            notes.append("duration not given, copied from #\(id)")
        } else {
            duration = LogDefaults.firstDurationSeconds
            notes.append("duration not given, 1m assumed")
        }
        episode = Episode(
            kind: draft.kind ?? .cramp, start: draft.start ?? now, leg: leg, site: site, durationSeconds: duration,
            intensity: draft.intensity, woke: draft.woke ?? .unknown, triggers: draft.triggers ?? [],
            reliefs: draft.reliefs ?? [], note: draft.note ?? nil)
        self.notes = notes
    }

    /// The duration assumed when neither the line nor an earlier episode gives one.
    public static let firstDurationSeconds = 60
}

/// A cramp typed as lasting over an hour is far more often "90m" meant as "90s" than a real cramp.
public enum LongCrampGuard {
    /// Longest cramp accepted without confirmation.
    public static let limitSeconds = 3600

    /// Refuses a cramp over the limit unless the person confirmed it.
    public static func check(_ episode: Episode, confirmed: Bool) throws(InputError) {
        guard episode.kind == .cramp, episode.durationSeconds > limitSeconds, !confirmed else { return }
        throw InputError(field: "duration", value: DurationText.format(episode.durationSeconds),
                         accepted: "up to 60m without --yes",
                         hint: "a cramp that long is unusual (did you mean seconds?); if it is right, add --yes")
    }
}
