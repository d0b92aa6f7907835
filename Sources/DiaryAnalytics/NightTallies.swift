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

    /// Adds another tally of the same night.
    mutating func add(_ other: NightTally) {
        cramps += other.cramps
        nocturnalCramps += other.nocturnalCramps
        numbness += other.numbness
        seconds += other.seconds
    }
}

/// Episodes counted per night in one pass, so every count over a run of nights costs a lookup per
/// night instead of a pass over the episodes.
public struct NightTallies: Hashable, Sendable {
    private var byNight: [Night: NightTally] = [:]

    /// Counts `outlines` on their nights, with the person's night window.
    public init(_ outlines: some Sequence<EpisodeOutline>, window: NightWindow) {
        // Outlines usually come in time order, many to a night: count a run of one night locally and
        // store it once, instead of a dictionary lookup per episode.
        var run: (night: Night, tally: NightTally)?
        for outline in outlines {
            let night = outline.night(window: window)
            if run?.night != night {
                if let run { byNight[run.night, default: .zero].add(run.tally) }
                run = (night, .zero)
            }
            switch outline.kind {
            case .cramp:
                run!.tally.cramps += 1
                if outline.isNocturnal(window: window) { run!.tally.nocturnalCramps += 1 }
            case .numbness:
                run!.tally.numbness += 1
            }
            run!.tally.seconds += outline.durationSeconds
        }
        if let run { byNight[run.night, default: .zero].add(run.tally) }
    }

    /// The counts of one night (zero when nothing was logged).
    public subscript(night: Night) -> NightTally { byNight[night, default: .zero] }
}
