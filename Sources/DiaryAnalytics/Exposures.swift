import Diary

/// The short, fixed list of day-time exposures the links look at (a long list inflates false alarms;
/// README.md, "Clinical basis"). The order is the order of the report.
public enum Exposure: String, CaseIterable, Hashable, Sendable {
    /// Standing at least `longStandingHours` that day.
    case longStanding = "long-standing"
    /// Sitting at least `longSittingHours` that day.
    case longSitting = "long-sitting"
    /// One or more missed stretch breaks that day.
    case missedBreaks = "missed-breaks"

    /// What the exposure is, with the threshold in force: `standing 4 h or more`.
    public func label(_ settings: Settings) -> String {
        switch self {
        case .longStanding: "standing \(Exposure.hours(settings.longStandingHours)) or more"
        case .longSitting: "sitting \(Exposure.hours(settings.longSittingHours)) or more"
        case .missedBreaks: "one or more missed stretch breaks"
        }
    }

    /// Where the threshold comes from, so no number stands without its origin.
    public func basis(_ settings: Settings) -> String {
        switch self {
        case .longStanding:
            "EU-OSHA guidance marks more than 4 h a day; your setting is " + Exposure.hours(settings.longStandingHours)
        case .longSitting: "our convention, as no published mark for sitting exists"
        case .missedBreaks:
            "a break expected every \(settings.breakIntervalMinutes) min, from guidance to stretch every 30-40 min; "
                + "never tested against cramps, so a pattern to check"
        }
    }

    /// True when the day counts as exposed.
    public func isExposed(_ day: PostureDay, settings: Settings) -> Bool {
        switch self {
        case .longStanding: day.standingHours >= settings.longStandingHours
        case .longSitting: day.sittingHours >= settings.longSittingHours
        case .missedBreaks: day.breaks.missed >= 1
        }
    }

    /// `4 h`, `4.5 h`.
    static func hours(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) h" : "\(value) h"
    }
}

/// One night with the day before it: the unit of the links.
public struct NightOutcome: Hashable, Sendable {
    /// The night.
    public let night: Night
    /// The day whose evening began the night (its date is the night's evening); nil when that day
    /// has no posture record, which makes every exposure unknown for the night.
    public let dayBefore: PostureDay?
    /// True when the night had at least one nocturnal cramp.
    public let crampNight: Bool
    /// True when the night was kept; a night that was not is unknown, so it is left out of every test.
    public let kept: Bool

    /// Creates an outcome.
    public init(night: Night, dayBefore: PostureDay?, crampNight: Bool, kept: Bool = true) {
        self.night = night
        self.dayBefore = dayBefore
        self.crampNight = crampNight
        self.kept = kept
    }

    /// Each night of `range`, paired with its day before, whether it had a nocturnal cramp and whether it was kept.
    public static func outcomes(
        in range: NightRange, tallies: NightTallies, days: [CivilDate: PostureDay], kept: KeptNights
    ) -> [NightOutcome] {
        range.nights.map {
            NightOutcome(night: $0, dayBefore: days[$0.evening], crampNight: tallies[$0].nocturnalCramps > 0,
                         kept: kept.isKept($0))
        }
    }
}
