import Diary

/// Nocturnal cramps in the rolling 30 nights ending at the report's end, against the mark.
///
/// Every logged cramp counts, kept night or not: a count at or above the mark stands whatever was
/// missed. A count below it only says "below" when all 30 nights were kept, since the nights not
/// kept may have held cramps (4 cramps on 10 kept nights is not "below").
public struct NocturnalFrequency: Hashable, Sendable {
    /// The 30 nights counted.
    public let window: NightRange
    /// Nocturnal cramps in the window.
    public let cramps: Int
    /// Nights in the window with at least one nocturnal cramp.
    public let nights: Int
    /// The mark in force (setting `nocturnal-mark`).
    public let mark: Int
    /// Nights of the window that were kept.
    public let keptNights: Int

    /// Nights in the rolling window (the survey asked about "the past month"; README.md, "Clinical basis").
    public static let windowNights = 30
    /// The published mark behind the default setting.
    public static let publishedMark = 5
    /// Where the published mark comes from.
    public static let source = "Grandner & Winkelman, PLOS ONE 2017"
    /// What the published mark means, in neutral words (README.md, "Clinical basis").
    public static let publishedMeaning =
        "5 or more nocturnal cramps a month is in the range reported by about 6% of adults"

    /// Creates a result from known counts.
    public init(window: NightRange, cramps: Int, nights: Int, mark: Int, keptNights: Int) {
        self.window = window
        self.cramps = cramps
        self.nights = nights
        self.mark = mark
        self.keptNights = keptNights
    }

    /// Counts the nocturnal cramps and the kept nights in the 30 nights ending with `end`.
    public init(tallies: NightTallies, kept: KeptNights, endingAt end: Night, mark: Int) {
        let window = NightRange(last: end, count: NocturnalFrequency.windowNights)
        let counts = window.nights.map { tallies[$0].nocturnalCramps }
        self.init(window: window, cramps: counts.reduce(0, +), nights: counts.filter { $0 > 0 }.count, mark: mark,
                  keptNights: kept.count(window.nights))
    }

    /// True at or above the mark.
    public var atOrAboveMark: Bool { cramps >= mark }

    /// True only when the count is below the mark and every night of the window was kept.
    public var belowMark: Bool { !atOrAboveMark && keptNights == window.count }

    /// One neutral sentence or two: where the count sits, never that it is abnormal.
    ///
    /// The "about 6% of adults" reading belongs to 5 or more a month, so it is only applied to a
    /// count of 5 or more; a person who lowered the mark is told the published figure instead.
    public var statement: String {
        let all = keptNights == window.count
        let counted = "\(cramps) nocturnal \(cramps == 1 ? "cramp" : "cramps") on \(nights) "
            + "\(nights == 1 ? "night" : "nights") in the 30 nights \(window.spelled)"
        guard atOrAboveMark else {
            if all { return "\(counted), below the mark of \(mark)." }
            let kept = keptNights == 0 ? "none of the 30 nights was kept"
                : "only \(keptNights) of the 30 nights \(keptNights == 1 ? "was" : "were") kept"
            return "\(counted); \(kept), so whether the count is below the mark of \(mark) cannot be said."
        }
        let keptText = all ? counted : "\(counted) (\(keptNights) of them kept)"
        let markText = mark == NocturnalFrequency.publishedMark ? "the mark of \(mark)" : "your mark of \(mark)"
        if cramps >= NocturnalFrequency.publishedMark {
            return "\(keptText): at or above \(markText). \(NocturnalFrequency.publishedMeaning) "
                + "(\(NocturnalFrequency.source))."
        }
        return "\(keptText): at or above \(markText). For reference, \(NocturnalFrequency.publishedMeaning) "
            + "(\(NocturnalFrequency.source))."
    }
}
