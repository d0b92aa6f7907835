import Diary

/// An episode placed on its night, with the nocturnal rule already applied.
public struct PlacedEpisode: Hashable, Sendable {
    /// The episode as logged.
    public let episode: Episode
    /// The night it belongs to (see `NightAssignment.night(of:window:)`).
    public let night: Night
    /// True when it counts as nocturnal (see `NightAssignment.isNocturnal(_:window:)`).
    public let isNocturnal: Bool

    /// Places an episode with the person's night window.
    public init(_ episode: Episode, window: NightWindow) {
        self.episode = episode
        self.night = NightAssignment.night(of: episode, window: window)
        self.isNocturnal = NightAssignment.isNocturnal(episode, window: window)
    }

    /// True for a nocturnal cramp, the unit the 30-night count and the links count.
    public var isNocturnalCramp: Bool { isNocturnal && episode.kind == .cramp }
}

/// CLINICAL.md's night rules, read at the episode's own stored offset (never today's zone), so a
/// 02:40 cramp stays on its night after travel or a clock change.
public enum NightAssignment {
    /// The night an episode belongs to: the night that began the evening before when it starts
    /// before the end of the night window, else its own date. A 14:00 episode therefore belongs to
    /// the night that begins that evening: every episode has a night, nocturnal or not.
    public static func night(of episode: Episode, window: NightWindow) -> Night {
        window.night(of: episode.start.local)
    }

    /// Nocturnal when the person marked that it woke them, or when it starts inside the night
    /// window. `woke: no` does not overrule the window, and `unknown` never counts as "no".
    public static func isNocturnal(_ episode: Episode, window: NightWindow) -> Bool {
        episode.woke == .yes || window.contains(episode.start.local)
    }
}

/// The range of `count` nights ending with `end`.
func lastNights(_ count: Int, endingWith end: Night) -> NightRange {
    NightRange(from: end.adding(-(count - 1)), to: end)
}

/// Every night in a range, in order.
func nightList(_ range: NightRange) -> [Night] {
    (0..<range.count).map { range.from.adding($0) }
}
