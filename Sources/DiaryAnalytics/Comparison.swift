import Diary

/// What one night brings to a comparison: whether it was kept, its nocturnal cramps with their intensities,
/// and the sleep disturbance of its check-in.
public struct ComparedNight: Hashable, Sendable {
    public let night: Night
    public let keeping: NightKeeping
    /// Nocturnal cramps placed on the night.
    public let cramps: Int
    /// The intensities given to those cramps (cramps without one are left out).
    public let intensities: [Int]
    /// The check-in's sleep disturbance (0 for a quiet night), if the night has a check-in.
    public let sleepDisturbance: Int?

    /// Creates a night's facts.
    public init(night: Night, keeping: NightKeeping, cramps: Int, intensities: [Int] = [], sleepDisturbance: Int? = nil) {
        self.night = night
        self.keeping = keeping
        self.cramps = cramps
        self.intensities = intensities
        self.sleepDisturbance = sleepDisturbance
    }

    /// The facts of each of `nights`, from the episodes placed on them and which nights were kept.
    public static func facts(_ nights: some Sequence<Night>, episodes: [Episode], window: NightWindow,
                             kept: KeptNights) -> [ComparedNight] {
        var byNight: [Night: (cramps: Int, intensities: [Int])] = [:]
        for episode in episodes where episode.kind == .cramp && episode.isNocturnal(window: window) {
            let night = episode.night(window: window)
            byNight[night, default: (0, [])].cramps += 1
            if let intensity = episode.intensity { byNight[night, default: (0, [])].intensities.append(intensity) }
        }
        return nights.map { night in
            let here = byNight[night] ?? (0, [])
            return ComparedNight(night: night, keeping: kept[night], cramps: here.cramps, intensities: here.intensities,
                                 sleepDisturbance: kept.checkIn(night)?.sleep.score)
        }
    }
}

/// One side of a comparison, counted over its kept nights only (README.md, "Kept nights"): a night not kept
/// is unknown, so it adds neither cramps nor a cramp-free night.
public struct ComparisonSide: Hashable, Sendable {
    /// Nights on this side (kept or not).
    public let nights: Int
    /// Of those, kept: the denominator of every rate.
    public let keptNights: Int
    /// Nocturnal cramps on the kept nights.
    public let cramps: Int
    /// Kept nights with a nocturnal cramp.
    public let crampNights: Int
    /// Kept nights without one.
    public let crampFreeNights: Int
    /// Median intensity of those cramps (those given one); nil when none was given.
    public let intensityMedian: Double?
    /// Median sleep disturbance of the kept cramp nights with a check-in; nil without one.
    public let sleepDisturbanceMedian: Double?

    /// Counts the kept nights among `nights`.
    public init(_ nights: [ComparedNight]) {
        let kept = nights.filter { $0.keeping == .kept }
        self.nights = nights.count
        keptNights = kept.count
        cramps = kept.reduce(0) { $0 + $1.cramps }
        crampNights = kept.count(where: { $0.cramps > 0 })
        crampFreeNights = keptNights - crampNights
        intensityMedian = CrampMeasures.median(kept.flatMap(\.intensities))
        sleepDisturbanceMedian = CrampMeasures.median(kept.filter { $0.cramps > 0 }.compactMap(\.sleepDisturbance))
    }

    /// Nocturnal cramps per week of kept nights (cramps x 7 / kept nights); nil without a kept night.
    public var crampsPerWeek: Double? { keptNights > 0 ? Double(cramps) * 7 / Double(keptNights) : nil }
}

/// Two sides compared as the trials compare them: cramps per kept night, B against A (README.md, "Did it help?").
public struct Comparison: Hashable, Sendable {
    /// The side before (a baseline, the earlier period, the nights before a medicine's start or stop).
    public let a: ComparisonSide
    /// The side after (the treatment, the later period, the nights after).
    public let b: ComparisonSide
    /// The exact test; nil without a cramp on either side or without a kept night on a side.
    public let test: ExactRateTest?
    /// The verdict, after the gate.
    public let verdict: Verdict

    /// Kept nights each side needs before a verdict (the links' gate: 14 exposed and 14 unexposed nights).
    public static let minimumKeptNights = 14
    /// Cramps both sides together need before a verdict.
    public static let minimumCramps = 5
    /// The fall in cramps per week that trials count as a response: 25%.
    public static let responseMarkPercent = 25.0

    /// What the figures allow saying.
    public enum Verdict: Hashable, Sendable {
        /// Below the gate; what is missing, each as (what, have, need).
        case notEnoughData([Shortfall])
        /// The interval holds 1.
        case noClearChange
        /// The whole interval is below 1.
        case fewer
        /// The whole interval is above 1.
        case more
    }

    /// One thing the gate misses.
    public struct Shortfall: Hashable, Sendable {
        /// Which count: kept nights of side A or B, or cramps in all.
        public enum What: String, Hashable, Sendable { case keptNightsA, keptNightsB, cramps }
        public let what: What
        public let have: Int
        public let need: Int
    }

    /// Compares `b` against `a`.
    public init(a: ComparisonSide, b: ComparisonSide) {
        self.a = a
        self.b = b
        test = ExactRateTest(countA: a.cramps, exposureA: a.keptNights, countB: b.cramps, exposureB: b.keptNights)
        var missing: [Shortfall] = []
        if a.keptNights < Self.minimumKeptNights {
            missing.append(Shortfall(what: .keptNightsA, have: a.keptNights, need: Self.minimumKeptNights))
        }
        if b.keptNights < Self.minimumKeptNights {
            missing.append(Shortfall(what: .keptNightsB, have: b.keptNights, need: Self.minimumKeptNights))
        }
        if a.cramps + b.cramps < Self.minimumCramps {
            missing.append(Shortfall(what: .cramps, have: a.cramps + b.cramps, need: Self.minimumCramps))
        }
        if !missing.isEmpty {
            verdict = .notEnoughData(missing)
        } else if let test, test.upper < 1 {
            verdict = .fewer
        } else if let test, test.lower > 1 {
            verdict = .more
        } else {
            verdict = .noClearChange
        }
    }

    /// Compares the kept nights of `b` against those of `a`.
    public init(a: [ComparedNight], b: [ComparedNight]) { self.init(a: ComparisonSide(a), b: ComparisonSide(b)) }

    /// The change in cramps per week from A to B, in percent; nil when A has no cramp or a side no kept night.
    public var percentChange: Double? {
        guard let rateA = a.crampsPerWeek, let rateB = b.crampsPerWeek, rateA > 0 else { return nil }
        return (rateB - rateA) / rateA * 100
    }

    /// True when cramps per week fell by at least the 25% trials count as a response.
    public var reachedResponseMark: Bool { percentChange.map { $0 <= -Self.responseMarkPercent } ?? false }
}
