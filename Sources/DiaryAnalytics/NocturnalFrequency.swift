import Diary

/// Nocturnal cramps in the rolling 30 nights ending at the report's end, against the mark.
public struct NocturnalFrequency: Hashable, Sendable {
    /// The 30 nights counted.
    public let window: NightRange
    /// Nocturnal cramps in the window.
    public let cramps: Int
    /// Nights in the window with at least one nocturnal cramp.
    public let nights: Int
    /// The mark in force (setting `nocturnal-mark`).
    public let mark: Int

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
    public init(window: NightRange, cramps: Int, nights: Int, mark: Int) {
        self.window = window
        self.cramps = cramps
        self.nights = nights
        self.mark = mark
    }

    /// Counts the nocturnal cramps in the 30 nights ending with `end`.
    public init(tallies: NightTallies, endingAt end: Night, mark: Int) {
        let window = NightRange(last: end, count: NocturnalFrequency.windowNights)
        let counts = window.nights.map { tallies[$0].nocturnalCramps }
        self.init(window: window, cramps: counts.reduce(0, +), nights: counts.filter { $0 > 0 }.count, mark: mark)
    }

    /// True at or above the mark.
    public var atOrAboveMark: Bool { cramps >= mark }

    /// One neutral sentence or two: where the count sits, never that it is abnormal.
    ///
    /// The "about 6% of adults" reading belongs to 5 or more a month, so it is only applied to a
    /// count of 5 or more; a person who lowered the mark is told the published figure instead.
    public var statement: String {
        let counted = "\(cramps) nocturnal \(cramps == 1 ? "cramp" : "cramps") on \(nights) "
            + "\(nights == 1 ? "night" : "nights") in the 30 nights \(window.spelled)"
        guard atOrAboveMark else {
            return "\(counted), below the mark of \(mark)."
        }
        let markText = mark == NocturnalFrequency.publishedMark ? "the mark of \(mark)" : "your mark of \(mark)"
        if cramps >= NocturnalFrequency.publishedMark {
            return "\(counted): at or above \(markText). \(NocturnalFrequency.publishedMeaning) "
                + "(\(NocturnalFrequency.source))."
        }
        return "\(counted): at or above \(markText). For reference, \(NocturnalFrequency.publishedMeaning) "
            + "(\(NocturnalFrequency.source))."
    }
}
