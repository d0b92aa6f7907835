import Diary

/// One night of the report period.
public struct NightRow: Hashable, Sendable {
    /// The night.
    public let night: Night
    /// Cramps placed on the night, nocturnal or not.
    public let cramps: Int
    /// Of those, nocturnal.
    public let nocturnalCramps: Int
    /// Numbness episodes placed on the night.
    public let numbness: Int
    /// Seconds of cramp.
    public let crampSeconds: Int
    /// Seconds of numbness.
    public let numbnessSeconds: Int
    /// The legs affected, in `Leg.allCases` order.
    public let legs: [Leg]
    /// True for the night still under way when the report was made.
    public let inProgress: Bool
    /// The day before, or nil when it has no posture record.
    public let dayBefore: PostureDay?

    /// Cramp and numbness seconds together.
    public var totalSeconds: Int { crampSeconds + numbnessSeconds }
}

/// Sums over a run of nights, for the period and the one before it.
public struct PeriodTotals: Hashable, Sendable {
    /// The run of nights these totals describe.
    public let range: NightRange
    /// Nights of `range` that have begun (fewer than `range.count` when the range reaches ahead).
    public let nightsElapsed: Int
    /// All cramps.
    public let cramps: Int
    /// Nocturnal cramps.
    public let nocturnalCramps: Int
    /// Nights with at least one nocturnal cramp.
    public let crampNights: Int
    /// Numbness episodes.
    public let numbness: Int
    /// Seconds of cramp and numbness.
    public let totalSeconds: Int

    /// Totals of the nights of `range`, counting nights up to `lastNight`.
    public init(range: NightRange, lastNight: Night, tallies: NightTallies) {
        self.range = range
        nightsElapsed = lastNight < range.from ? 0 : min(range.count, range.from.evening.days(to: lastNight.evening) + 1)
        var sum = NightTally.zero
        var crampNights = 0
        for night in range.nights.prefix(nightsElapsed) {
            let tally = tallies[night]
            sum.add(tally)
            if tally.nocturnalCramps > 0 { crampNights += 1 }
        }
        cramps = sum.cramps
        nocturnalCramps = sum.nocturnalCramps
        self.crampNights = crampNights
        numbness = sum.numbness
        totalSeconds = sum.seconds
    }
}

/// A name with a count, for triggers.
public struct Tally: Hashable, Sendable {
    public let name: String
    public let count: Int
}

/// Episodes on one leg.
public struct LegCount: Hashable, Sendable {
    public let leg: Leg
    public let cramps: Int
    public let numbness: Int
}

/// Episodes at one site; `site` nil when none was given.
public struct SiteCount: Hashable, Sendable {
    public let site: Site?
    public let cramps: Int
    public let numbness: Int
}

/// The first view of standing and sitting: how many episodes name them as a trigger.
public struct PostureTriggerShare: Hashable, Sendable {
    /// Episodes in the period.
    public let episodes: Int
    /// Of those, naming standing.
    public let standing: Int
    /// Of those, naming sitting.
    public let sitting: Int
}

/// Per-period tables built from placed episodes.
public enum EpisodeSummaries {
    /// One row per night of `nights`, in order.
    public static func rows(
        _ nights: [Night], placed: [PlacedEpisode], days: [CivilDate: PostureDay], current: Night
    ) -> [NightRow] {
        let byNight = Dictionary(grouping: placed, by: \.night)
        return nights.map { night in
            let here = byNight[night] ?? []
            let cramps = here.filter { $0.episode.kind == .cramp }
            let numb = here.filter { $0.episode.kind == .numbness }
            let legs = Set(here.map(\.episode.leg))
            return NightRow(
                night: night, cramps: cramps.count, nocturnalCramps: cramps.filter(\.isNocturnal).count,
                numbness: numb.count,
                crampSeconds: cramps.reduce(0) { $0 + $1.episode.durationSeconds },
                numbnessSeconds: numb.reduce(0) { $0 + $1.episode.durationSeconds },
                legs: Leg.allCases.filter(legs.contains), inProgress: night == current,
                dayBefore: days[night.evening]
            )
        }
    }

    /// Nocturnal cramps by the local hour they started, 0 ... 23.
    public static func hourHistogram(_ placed: [PlacedEpisode]) -> [Int] {
        var hours = [Int](repeating: 0, count: 24)
        for item in placed where item.isNocturnalCramp { hours[item.episode.start.local.hour] += 1 }
        return hours
    }

    /// Episodes per leg, every leg listed.
    public static func legs(_ placed: [PlacedEpisode]) -> [LegCount] {
        Leg.allCases.map { leg in
            let here = placed.filter { $0.episode.leg == leg }
            return LegCount(leg: leg, cramps: here.filter { $0.episode.kind == .cramp }.count,
                            numbness: here.filter { $0.episode.kind == .numbness }.count)
        }
    }

    /// Episodes per site, only sites that occur, in `Site.allCases` order then "not given".
    public static func sites(_ placed: [PlacedEpisode]) -> [SiteCount] {
        (Site.allCases.map(Optional.some) + [nil]).compactMap { site in
            let here = placed.filter { $0.episode.site == site }
            guard !here.isEmpty else { return nil }
            return SiteCount(site: site, cramps: here.filter { $0.episode.kind == .cramp }.count,
                             numbness: here.filter { $0.episode.kind == .numbness }.count)
        }
    }

    /// Triggers named, most often first, then by name; each counted once per episode.
    public static func triggers(_ placed: [PlacedEpisode]) -> [Tally] {
        var counts: [String: Int] = [:]
        for item in placed {
            for name in Set(item.episode.triggers.map(\.name)) { counts[name, default: 0] += 1 }
        }
        return counts.map { Tally(name: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    /// How many episodes name standing or sitting among their triggers.
    public static func postureTriggers(_ placed: [PlacedEpisode]) -> PostureTriggerShare {
        func naming(_ known: Trigger.Known) -> Int {
            placed.filter { $0.episode.triggers.contains { $0.known == known } }.count
        }
        return PostureTriggerShare(episodes: placed.count, standing: naming(.standing), sitting: naming(.sitting))
    }
}
