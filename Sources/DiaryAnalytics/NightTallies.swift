import Diary

/// What one night holds: the counts every total, the 30-night count and the links are made of.
public struct NightTally: Hashable, Sendable {
    /// Cramps placed on the night, nocturnal or not.
    public var cramps = 0
    /// Of those, nocturnal.
    public var nocturnalCramps = 0
    /// Numbness episodes placed on the night.
    public var numbness = 0
    /// Seconds of cramp and numbness.
    public var seconds = 0

    /// No episode.
    public static let zero = NightTally()
}

/// Episodes counted per night in one pass, so every count over a run of nights costs a lookup per
/// night instead of a pass over the episodes.
public struct NightTallies: Hashable, Sendable {
    private var byNight: [Night: NightTally] = [:]

    /// Counts `outlines` on their nights, with the person's night window.
    public init(_ outlines: some Sequence<EpisodeOutline>, window: NightWindow) {
        for outline in outlines {
            let night = outline.night(window: window)
            var tally = byNight[night, default: .zero]
            switch outline.kind {
            case .cramp:
                tally.cramps += 1
                if outline.isNocturnal(window: window) { tally.nocturnalCramps += 1 }
            case .numbness:
                tally.numbness += 1
            }
            tally.seconds += outline.durationSeconds
            byNight[night] = tally
        }
    }

    /// The counts of one night (zero when nothing was logged).
    public subscript(night: Night) -> NightTally { byNight[night, default: .zero] }
}
