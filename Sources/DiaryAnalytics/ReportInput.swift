import Diary

/// Everything `Report.build` reads: the resolved period, "now", the settings, the rows and which
/// nights were kept.
///
/// The rows may be more than needed (extra rows are filtered out by night), never fewer: fetch
/// them with `ReportInput.rows(period:currentNight:settings:)`. Episodes outside
/// `ReportRows.episodeLists` feed counts only, so they may come as outlines instead of episodes.
public struct ReportInput: Sendable {
    /// The resolved period, ends included.
    public var period: NightRange
    /// The night under way now (`clock.currentNight(window: settings.nightWindow)`); nights before
    /// it are complete, and only those enter the links.
    public var currentNight: Night
    /// The person's settings.
    public var settings: Settings
    /// Whole episodes covering at least `rows(...).episodeLists`.
    public var episodes: [Episode]
    /// Outlines of the episodes of `rows(...).episodes` that are not in `episodes`: counted, never listed.
    /// An episode given both ways would count twice.
    public var outlines: [EpisodeOutline]
    /// Posture sessions covering at least `rows(...).postureSessions`.
    public var postureSessions: [PostureSession]
    /// Stretch breaks covering at least `rows(...).stretchBreaks`.
    public var stretchBreaks: [StretchBreak]
    /// Which nights were kept: the rule, the first record, the gaps and the check-ins, read whole.
    public var keeping: DiaryKeeping
    /// The stretch under way, as it stands now (its breaks are among `stretchBreaks`); counted up to now as a
    /// recorded stretch would be, unless it is open past the stretch-limit (`UnderWay`).
    public var openStretch: StretchNow?

    /// Creates an input.
    public init(
        period: NightRange, currentNight: Night, settings: Settings, episodes: [Episode],
        outlines: [EpisodeOutline] = [], postureSessions: [PostureSession], stretchBreaks: [StretchBreak],
        keeping: DiaryKeeping,
        openStretch: StretchNow? = nil
    ) {
        self.period = period
        self.currentNight = currentNight
        self.settings = settings
        self.episodes = episodes
        self.outlines = outlines
        self.postureSessions = postureSessions
        self.stretchBreaks = stretchBreaks
        self.keeping = keeping
        self.openStretch = openStretch
    }

    /// Every episode of the input counted on its night: the whole episodes and the outlines together.
    public var tallies: NightTallies {
        NightTallies(episodes.lazy.map(\.outline) + outlines, window: settings.nightWindow)
    }

    /// Which nights were kept, judged with `tallies` (strict keeping needs the episodes per night).
    public func keptNights(tallies: NightTallies) -> KeptNights { KeptNights(keeping: keeping, tallies: tallies) }

    /// The nights the report describes: the period, cut at the night under way.
    static func lastShownNight(period: NightRange, currentNight: Night) -> Night { min(period.to, currentNight) }

    /// The last complete night the statistics may use.
    static func lastCompleteNight(period: NightRange, currentNight: Night) -> Night {
        min(period.to, currentNight.adding(-1))
    }

    /// The rows a report needs, as half-open ranges of stored UTC seconds, so the store can read
    /// only those through its start-time indexes, whatever the size of the diary.
    public static func rows(period: NightRange, currentNight: Night, settings: Settings) -> ReportRows {
        let shown = lastShownNight(period: period, currentNight: currentNight)
        let complete = lastCompleteNight(period: period, currentNight: currentNight)
        let lookback = NightRange(last: complete, count: settings.linkLookbackNights)
        let thirty = NightRange(last: shown, count: NocturnalFrequency.windowNights)
        // Every night any part of the report looks at; min <= max, so the range exists.
        let episodeNights = NightRange(
            from: min(period.previous.from, thirty.from, lookback.from), to: max(period.to, shown)
        )!
        let bounds = episodeNights.utcBounds
        let episodes = bounds.from ..< bounds.to
        let slack = Int64(Timestamp.maxOffset)
        // Posture is read for the day before each night (the night's evening date); a session
        // covering that date started at most a day (its longest duration) before it.
        let longest = Int64(PostureSession.durationRange.upperBound)
        let firstDay = min(lookback.from.evening, period.from.evening)
        let lastDay = max(complete.evening, shown.evening)
        let posture = midnightUTC(firstDay) - longest - slack ..< midnightUTC(lastDay.adding(days: 1)) + slack
        // A live break counts only inside a session, which ends at most a day after it starts.
        let breaks = posture.lowerBound ..< posture.upperBound + longest
        // Triggers and reliefs are summarised over the shown nights only (`inPeriod` in `Report.build`).
        let shownBounds = period.utcBounds
        let lists = episodes.clamped(to: shownBounds.from ..< max(shownBounds.from, shownBounds.to))
        return ReportRows(episodes: episodes, episodeLists: lists, postureSessions: posture, stretchBreaks: breaks)
    }

    /// 00:00 of a date as if it were UTC.
    private static func midnightUTC(_ date: CivilDate) -> Int64 { Int64(date.daysSinceEpoch) * 86_400 }
}

/// The stored rows a report reads: each a half-open range of UTC seconds on the column the store
/// indexes (episode start, posture session start, stretch break time).
public struct ReportRows: Hashable, Sendable {
    /// Episodes whose start is in this range.
    public let episodes: Range<Int64>
    /// The part of `episodes` whose triggers and reliefs the report reads (the period's own nights);
    /// the rest feed counts only, so a store may leave their lists out.
    public let episodeLists: Range<Int64>
    /// Posture sessions whose start is in this range.
    public let postureSessions: Range<Int64>
    /// Stretch breaks whose time is in this range.
    public let stretchBreaks: Range<Int64>
}
