/// The four facts of an episode that counting needs: when it started, what it was, whether it woke
/// the person, and how long it lasted.
///
/// Counts over many nights (the 30-night count, the link look-back, the period before) read outlines
/// instead of whole episodes: no note, no lists, no text to decode. The night rules live here, and
/// `Episode` applies them through its outline, so a count and a listed episode can never disagree.
public struct EpisodeOutline: Hashable, Sendable {
    /// When it started, with the offset in force then.
    public var start: Timestamp
    public var kind: EpisodeKind
    /// True when the person marked that it woke them (`woke: yes`); `no` and `unknown` are both false.
    public var wokeThem: Bool
    /// How long it lasted, in seconds.
    public var durationSeconds: Int

    /// Creates an outline.
    public init(start: Timestamp, kind: EpisodeKind, wokeThem: Bool, durationSeconds: Int) {
        self.start = start
        self.kind = kind
        self.wokeThem = wokeThem
        self.durationSeconds = durationSeconds
    }

    /// Nocturnal when the person marked that it woke them, or when it starts inside the night window
    /// (README.md, "Clinical basis").
    public func isNocturnal(window: NightWindow) -> Bool {
        wokeThem || window.contains(start.local)
    }

    /// The night this episode belongs to, read at its own stored offset.
    public func night(window: NightWindow) -> Night {
        window.night(of: start.local)
    }
}

extension Episode {
    /// What counts need of this episode.
    public var outline: EpisodeOutline {
        EpisodeOutline(start: start, kind: kind, wokeThem: woke == .yes, durationSeconds: durationSeconds)
    }

    /// Nocturnal when the person marked that it woke them, or when it starts inside the night window
    /// (README.md, "Clinical basis").
    public func isNocturnal(window: NightWindow) -> Bool { outline.isNocturnal(window: window) }

    /// The night this episode belongs to, read at its own stored offset.
    public func night(window: NightWindow) -> Night { outline.night(window: window) }
}
