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
    /// Whether the night was kept; a night that was not is unknown, never cramp-free.
    public let keeping: NightKeeping
    /// The morning check-in about the night (sleep disturbance, soreness), if any.
    public let checkIn: CheckIn?

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
    /// Episodes on nights of `range` that have not begun (rows dated after now), counted in none of the above.
    public let laterEpisodes: Int
    /// Of the elapsed nights, those kept (README.md, "Kept nights").
    public let keptNights: Int
    /// Of the elapsed nights, those inside a marked gap.
    public let gapNights: Int
    /// Kept nights without a nocturnal cramp.
    public let crampFreeNights: Int
    /// Nocturnal cramps on kept nights: what the weekly rate counts.
    public let keptNocturnalCramps: Int

    /// Nocturnal cramps per week over kept nights (cramps on kept nights x 7 / kept nights), as trials
    /// count them; nil without a kept night.
    public var nocturnalCrampsPerWeek: Double? {
        keptNights > 0 ? Double(keptNocturnalCramps) * 7 / Double(keptNights) : nil
    }

    /// Totals of the nights of `range`, counting nights up to `lastNight`.
    public init(range: NightRange, lastNight: Night, tallies: NightTallies, kept: KeptNights) {
        self.range = range
        nightsElapsed = lastNight < range.from ? 0 : min(range.count, range.from.evening.days(to: lastNight.evening) + 1)
        var sum = NightTally.zero
        var crampNights = 0, keptNights = 0, gapNights = 0, crampFree = 0, keptCramps = 0
        for night in range.nights.prefix(nightsElapsed) {
            let tally = tallies[night]
            sum.add(tally)
            if tally.nocturnalCramps > 0 { crampNights += 1 }
            switch kept[night] {
            case .kept:
                keptNights += 1
                keptCramps += tally.nocturnalCramps
                if tally.nocturnalCramps == 0 { crampFree += 1 }
            case .gap: gapNights += 1
            case .notKept: break
            }
        }
        cramps = sum.cramps
        nocturnalCramps = sum.nocturnalCramps
        self.crampNights = crampNights
        self.keptNights = keptNights
        self.gapNights = gapNights
        crampFreeNights = crampFree
        keptNocturnalCramps = keptCramps
        numbness = sum.numbness
        totalSeconds = sum.seconds
        var later = NightTally.zero
        for night in range.nights.dropFirst(nightsElapsed) { later.add(tallies[night]) }
        laterEpisodes = later.cramps + later.numbness
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
        _ nights: [Night], placed: [PlacedEpisode], days: [CivilDate: PostureDay], current: Night, kept: KeptNights
    ) -> [NightRow] {
        // One pass over the episodes, whatever the number of nights (a ten-year `all` has 3,650).
        var byNight: [Night: (tally: NightTally, crampSeconds: Int, legs: Set<Leg>)] = [:]
        func add(_ item: PlacedEpisode, to night: inout (tally: NightTally, crampSeconds: Int, legs: Set<Leg>)) {
            let episode = item.episode
            night.legs.insert(episode.leg)
            switch episode.kind {
            case .cramp:
                night.tally.cramps += 1
                night.crampSeconds += episode.durationSeconds
                if item.isNocturnal { night.tally.nocturnalCramps += 1 }
            case .numbness:
                night.tally.numbness += 1
            }
            night.tally.seconds += episode.durationSeconds
        }
        for item in placed { add(item, to: &byNight[item.night, default: (.zero, 0, [])]) }
        return nights.map { night in
            let here = byNight[night] ?? (.zero, 0, [])
            return NightRow(
                night: night, cramps: here.tally.cramps, nocturnalCramps: here.tally.nocturnalCramps,
                numbness: here.tally.numbness, crampSeconds: here.crampSeconds,
                numbnessSeconds: here.tally.seconds - here.crampSeconds,
                legs: Leg.allCases.filter(here.legs.contains), inProgress: night == current,
                dayBefore: days[night.evening], keeping: kept[night], checkIn: kept.checkIn(night)
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
        let counts = kindCounts(placed) { $0.leg }
        return Leg.allCases.map { LegCount(leg: $0, cramps: counts[$0]?.cramps ?? 0, numbness: counts[$0]?.numbness ?? 0) }
    }

    /// Episodes per site, only sites that occur, in `Site.allCases` order then "not given".
    public static func sites(_ placed: [PlacedEpisode]) -> [SiteCount] {
        let counts = kindCounts(placed) { $0.site }
        return (Site.allCases.map(Optional.some) + [nil]).compactMap { site in
            counts[site].map { SiteCount(site: site, cramps: $0.cramps, numbness: $0.numbness) }
        }
    }

    /// Cramps and numbness episodes per value of `key`, in one pass; only values that occur.
    private static func kindCounts<Key: Hashable>(
        _ placed: [PlacedEpisode], by key: (Episode) -> Key
    ) -> [Key: (cramps: Int, numbness: Int)] {
        var counts: [Key: (cramps: Int, numbness: Int)] = [:]
        for item in placed {
            switch item.episode.kind {
            case .cramp: counts[key(item.episode), default: (0, 0)].cramps += 1
            case .numbness: counts[key(item.episode), default: (0, 0)].numbness += 1
            }
        }
        return counts
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
        var standing = 0, sitting = 0
        for item in placed {
            let triggers = item.episode.triggers
            if triggers.contains(where: { $0.known == .standing }) { standing += 1 }
            if triggers.contains(where: { $0.known == .sitting }) { sitting += 1 }
        }
        return PostureTriggerShare(episodes: placed.count, standing: standing, sitting: sitting)
    }
}
