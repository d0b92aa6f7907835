/// The person's settings; every default has its source in README.md, "Clinical basis", or is labelled
/// as our convention.
public struct Settings: Hashable, Sendable {
    /// Time in bed; default 22:00-08:00.
    public var nightWindow: NightWindow
    /// Expected stretch break every this many minutes; default 40 (guidance: every 30-40 minutes;
    /// README.md, "Clinical basis").
    public var breakIntervalMinutes: Int
    /// A long standing day, in hours; default 4 (EU-OSHA: more than 4 hours a day).
    public var longStandingHours: Double
    /// A long sitting day, in hours; default 6. Our convention: no source gives a sitting mark.
    public var longSittingHours: Double
    /// Nocturnal cramps in a rolling 30 days at which the report says so; default 5 (NHANES, about 6% of adults).
    public var nocturnalMark: Int
    /// Nights the link analysis looks back over; default 90.
    public var linkLookbackNights: Int
    /// Which nights count as kept; default continuous (README.md, "Kept nights").
    public var keeping: KeepingRule
    /// Hours after which a stretch still open is not believed until its real end is given; default 12.
    /// Our convention: no source gives a limit.
    public var stretchLimitHours: Int

    /// All defaults.
    public static let defaults = Settings(
        nightWindow: .standard, breakIntervalMinutes: 40, longStandingHours: 4, longSittingHours: 6,
        nocturnalMark: 5, linkLookbackNights: 90, keeping: .continuous, stretchLimitHours: 12
    )

    /// Creates settings.
    public init(
        nightWindow: NightWindow, breakIntervalMinutes: Int, longStandingHours: Double, longSittingHours: Double,
        nocturnalMark: Int, linkLookbackNights: Int, keeping: KeepingRule = .continuous, stretchLimitHours: Int = 12
    ) {
        self.nightWindow = nightWindow
        self.breakIntervalMinutes = breakIntervalMinutes
        self.longStandingHours = longStandingHours
        self.longSittingHours = longSittingHours
        self.nocturnalMark = nocturnalMark
        self.linkLookbackNights = linkLookbackNights
        self.keeping = keeping
        self.stretchLimitHours = stretchLimitHours
    }
}
