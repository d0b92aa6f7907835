import Diary

/// An episode placed on its night, with the nocturnal rule already applied.
///
/// The rules themselves live on `Episode` in Diary (`night(window:)`, `isNocturnal(window:)`), so
/// `show`, `list` and the report can never disagree: the night that began the evening before when
/// the episode starts before the end of the night window, else its own date (a 14:00 episode belongs
/// to the night beginning that evening); nocturnal when marked as having woken the person or
/// starting inside the window. Both read the episode's own stored offset, never today's zone.
public struct PlacedEpisode: Hashable, Sendable {
    /// The episode as logged.
    public let episode: Episode
    /// The night it belongs to.
    public let night: Night
    /// True when it counts as nocturnal. `woke: no` does not overrule the window.
    public let isNocturnal: Bool

    /// Places an episode with the person's night window.
    public init(_ episode: Episode, window: NightWindow) {
        self.episode = episode
        self.night = episode.night(window: window)
        self.isNocturnal = episode.isNocturnal(window: window)
    }

    /// True for a nocturnal cramp, the unit the 30-night count and the links count.
    public var isNocturnalCramp: Bool { isNocturnal && episode.kind == .cramp }
}

extension NightRange {
    /// "2026-11-09 to 2026-11-15", as report sentences name a range.
    var spelled: String { "\(from) to \(to)" }
}
