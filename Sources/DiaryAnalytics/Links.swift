import Diary

/// Part of nights with a cramp, with its Wilson 95% interval.
public struct Proportion: Hashable, Sendable {
    /// Nights with a nocturnal cramp.
    public let count: Int
    /// Nights in the group.
    public let total: Int

    /// Creates a proportion.
    public init(count: Int, total: Int) {
        self.count = count
        self.total = total
    }

    /// count / total; nil for an empty group.
    public var rate: Double? { total > 0 ? Double(count) / Double(total) : nil }
    /// Wilson 95% interval; nil for an empty group.
    public var interval: Interval? { Statistics.wilson(successes: count, trials: total) }
}

/// What is still missing before a link may be judged, and the fewest logged nights that could
/// supply it.
public struct Shortfall: Hashable, Sendable {
    /// More nights needed after exposed days.
    public let exposedNights: Int
    /// More nights needed after unexposed days.
    public let unexposedNights: Int
    /// More cramp nights needed in all.
    public let crampNights: Int
    /// More cramp nights needed after exposed days.
    public let exposedCrampNights: Int

    /// The fewest further logged nights that could meet every requirement.
    ///
    /// Each new night joins one group and adds at most one cramp night. The exposed group needs
    /// `max(exposedNights, exposedCrampNights)` more nights (its missing cramp nights must be its
    /// own nights), the unexposed group `unexposedNights`; together they must also hold the
    /// `crampNights` still missing. This is a lower bound: it assumes each night lands where it is
    /// needed, and cramps cannot be scheduled.
    public var atLeastMoreNights: Int {
        max(max(exposedNights, exposedCrampNights) + unexposedNights, crampNights)
    }
}

/// Whether a link can be judged, and how it came out. The raw values are what the report prints.
public enum Verdict: String, Hashable, Sendable {
    case notEnoughData = "not enough data"
    case noClearLink = "no clear link"
    case worthMentioning = "link worth mentioning to your doctor"
}

/// The sample-size gate (README.md, "Clinical basis"): a p-value alone is no gate.
public enum LinkGate {
    /// Nights after exposed days required.
    public static let minExposedNights = 14
    /// Nights after unexposed days required.
    public static let minUnexposedNights = 14
    /// Cramp nights required in all.
    public static let minCrampNights = 5
    /// Cramp nights after exposed days required.
    public static let minExposedCrampNights = 3
    /// Adjusted p below which a gated link is worth mentioning (the conventional 5%).
    public static let alpha = 0.05

    /// What is missing for these counts, or nil when the gate is passed.
    public static func shortfall(exposed: Proportion, unexposed: Proportion) -> Shortfall? {
        let missing = Shortfall(
            exposedNights: max(0, minExposedNights - exposed.total),
            unexposedNights: max(0, minUnexposedNights - unexposed.total),
            crampNights: max(0, minCrampNights - exposed.count - unexposed.count),
            exposedCrampNights: max(0, minExposedCrampNights - exposed.count)
        )
        return missing.atLeastMoreNights == 0 ? nil : missing
    }
}

/// One exposure's link to cramp nights: the counts first, then the numbers drawn from them.
public struct Link: Hashable, Sendable {
    /// Which exposure.
    public let exposure: Exposure
    /// Nights with a cramp after exposed days, out of nights after exposed days.
    public let exposed: Proportion
    /// The same after days with posture records that were not exposed.
    public let unexposed: Proportion
    /// Exposed rate over unexposed rate; nil when undefined (see `Statistics.riskRatio`).
    public let riskRatio: Double?
    /// Fisher's exact two-sided p; nil when a group is empty.
    public let p: Double?
    /// Benjamini-Hochberg adjusted p across the whole exposure list; nil with `p`.
    public let adjustedP: Double?
    /// The verdict.
    public let verdict: Verdict
    /// What is missing, when the verdict is `not enough data`.
    public let shortfall: Shortfall?

    /// True when cramp nights were more common after exposed days than after the others.
    public var moreAfterExposed: Bool? {
        guard let e = exposed.rate, let u = unexposed.rate, e != u else { return nil }
        return e > u
    }
}

/// Every exposure in the list, tested over the look-back nights.
public struct LinkAnalysis: Hashable, Sendable {
    /// The nights looked at (setting `link-lookback`, ending at the report's last complete night).
    public let lookback: NightRange
    /// Kept nights in the look-back whose day before has a posture record: the nights every test uses.
    public let loggedNights: Int
    /// Kept nights in the look-back, with or without a posture record the day before.
    public let keptNights: Int
    /// One link per exposure, in `Exposure.allCases` order.
    public let links: [Link]

    /// Tests each exposure on the kept outcomes inside `lookback`; nights whose day before is unknown are
    /// left out of every test, never counted as unexposed, and so are nights not kept, never cramp-free.
    public init(outcomes: [NightOutcome], lookback: NightRange, settings: Settings) {
        let kept = outcomes.filter { lookback.contains($0.night) && $0.kept }
        let known = kept.filter { $0.dayBefore != nil }
        self.lookback = lookback
        self.loggedNights = known.count
        self.keptNights = kept.count
        var tables: [(Exposure, Proportion, Proportion)] = []
        for exposure in Exposure.allCases {
            let isExposed = known.map { exposure.isExposed($0.dayBefore!, settings: settings) }
            let exposedNights = zip(known, isExposed).filter { $0.1 }.map(\.0)
            let otherNights = zip(known, isExposed).filter { !$0.1 }.map(\.0)
            tables.append((
                exposure,
                Proportion(count: exposedNights.filter(\.crampNight).count, total: exposedNights.count),
                Proportion(count: otherNights.filter(\.crampNight).count, total: otherNights.count)
            ))
        }
        let pValues: [Double?] = tables.map { _, e, u in
            guard e.total > 0, u.total > 0 else { return nil }
            return Statistics.fisherTwoSided(e.count, e.total - e.count, u.count, u.total - u.count)
        }
        // The family is the fixed list: an exposure with no p still counts as a question asked.
        let adjusted = Statistics.benjaminiHochberg(pValues.map { $0 ?? 1 }, familySize: Exposure.allCases.count)
        links = tables.indices.map { i in
            let (exposure, e, u) = tables[i]
            let shortfall = LinkGate.shortfall(exposed: e, unexposed: u)
            let adjustedP = pValues[i] == nil ? nil : adjusted[i]
            let verdict: Verdict = if shortfall != nil {
                .notEnoughData
            } else if let adjustedP, adjustedP < LinkGate.alpha {
                .worthMentioning
            } else {
                .noClearLink
            }
            return Link(
                exposure: exposure, exposed: e, unexposed: u,
                riskRatio: Statistics.riskRatio(exposedEvents: e.count, exposed: e.total,
                                                unexposedEvents: u.count, unexposed: u.total),
                p: pValues[i], adjustedP: adjustedP, verdict: verdict, shortfall: shortfall
            )
        }
    }

    /// The link for one exposure.
    public subscript(exposure: Exposure) -> Link { links.first { $0.exposure == exposure }! }
}
