import Diary

/// The weekly report as values: everything the text and JSON writers show, and nothing they
/// would have to compute.
public struct Report: Hashable, Sendable {
    /// The resolved period, ends included, as asked for.
    public let period: NightRange
    /// The night under way when the report was made.
    public let currentNight: Night
    /// The settings in force.
    public let settings: Settings
    /// One row per night of the period that has begun (the night under way is marked).
    public let nights: [NightRow]
    /// Totals over `nights`.
    public let totals: PeriodTotals
    /// Totals over the previous period of the same length.
    public let previousTotals: PeriodTotals
    /// Nocturnal cramps in the period by local starting hour, index 0 ... 23.
    public let hours: [Int]
    /// Episodes in the period per leg.
    public let legs: [LegCount]
    /// Episodes in the period per site.
    public let sites: [SiteCount]
    /// The rolling 30-night count against the mark, ending with the period's last shown night.
    public let nocturnal: NocturnalFrequency
    /// Triggers named in the period.
    public let triggers: [Tally]
    /// Episodes in the period naming standing or sitting.
    public let postureTriggers: PostureTriggerShare
    /// Reliefs used in the period.
    public let reliefs: [ReliefSummary]
    /// Stretch breaks on the period's days (the day before each shown night).
    public let breaks: BreakCount
    /// Days before the shown nights.
    public let days: Int
    /// Of those, days with a posture record.
    public let daysWithPosture: Int
    /// The links, over the look-back nights.
    public let links: LinkAnalysis
    /// Red-flag episodes in the period, earliest first.
    public let redFlags: [RedFlag]
    /// Duration, intensity and sleep disturbance of the period's cramps.
    public let measures: CrampMeasures
    /// The keeping rule in force (setting `keeping`).
    public let keepingRule: KeepingRule
    /// The diary's first record; nights before it are not kept.
    public let firstRecord: Night?
    /// The stretch under way when it started on one of the days before the shown nights (counted or left out).
    public let underWay: StretchNow?

    /// True when nothing at all was logged for the period (no episode, posture record or check-in).
    public var isEmpty: Bool {
        totals.cramps + totals.numbness == 0 && daysWithPosture == 0 && !nights.contains { $0.checkIn != nil }
    }

    /// Builds the report. Pure: the same input always gives the same report.
    public static func build(input: ReportInput) -> Report { build(input: input, tallies: input.tallies) }

    /// Builds the report with `input.tallies` already counted, for a caller that needs them too.
    public static func build(input: ReportInput, tallies: NightTallies) -> Report {
        let settings = input.settings
        let period = input.period
        let shownEnd = ReportInput.lastShownNight(period: period, currentNight: input.currentNight)
        let completeEnd = ReportInput.lastCompleteNight(period: period, currentNight: input.currentNight)
        let shownNights = NightRange(from: period.from, to: shownEnd).map { Array($0.nights) } ?? []
        // Whole episodes only where the report lists or tallies their details; counts come from `tallies`.
        let inPeriod = Array(input.episodes.lazy.map { PlacedEpisode($0, window: settings.nightWindow) }
            .filter { period.contains($0.night) && $0.night <= shownEnd })
        let postureDays = PostureDays.aggregate(
            sessions: UnderWay.sessions(input.postureSessions, adding: input.openStretch), breaks: input.stretchBreaks,
            intervalMinutes: settings.breakIntervalMinutes
        )
        let lookback = NightRange(last: completeEnd, count: settings.linkLookbackNights)
        let periodDays = shownNights.compactMap { postureDays[$0.evening] }
        let kept = input.keptNights(tallies: tallies)
        let rows = EpisodeSummaries.rows(shownNights, placed: inPeriod, days: postureDays, current: input.currentNight,
                                         kept: kept)

        return Report(
            period: period,
            currentNight: input.currentNight,
            settings: settings,
            nights: rows,
            totals: PeriodTotals(range: period, lastNight: shownEnd, tallies: tallies, kept: kept),
            previousTotals: PeriodTotals(range: period.previous, lastNight: period.previous.to, tallies: tallies, kept: kept),
            hours: EpisodeSummaries.hourHistogram(inPeriod),
            legs: EpisodeSummaries.legs(inPeriod),
            sites: EpisodeSummaries.sites(inPeriod),
            nocturnal: NocturnalFrequency(tallies: tallies, kept: kept, endingAt: shownEnd, mark: settings.nocturnalMark),
            triggers: EpisodeSummaries.triggers(inPeriod),
            postureTriggers: EpisodeSummaries.postureTriggers(inPeriod),
            reliefs: Reliefs.summarize(inPeriod.map(\.episode)),
            breaks: periodDays.reduce(BreakCount.zero) { $0 + $1.breaks },
            days: shownNights.count,
            daysWithPosture: periodDays.count,
            links: LinkAnalysis(
                outcomes: NightOutcome.outcomes(in: lookback, tallies: tallies, days: postureDays, kept: kept),
                lookback: lookback, settings: settings
            ),
            redFlags: RedFlags.find(inPeriod),
            measures: CrampMeasures(placed: inPeriod, rows: rows),
            keepingRule: input.keeping.rule,
            firstRecord: input.keeping.firstRecord,
            underWay: UnderWay.shown(input.openStretch, days: shownNights)
        )
    }
}

extension Report {
    /// The rows of the nights of `input.period` up to `last` (nothing when `last` is before the period), as
    /// `build` makes them, without the rest of the report: the nights export.
    public static func nightRows(input: ReportInput, through last: Night) -> [NightRow] {
        guard let nights = NightRange(from: input.period.from, to: min(input.period.to, last)) else { return [] }
        let settings = input.settings
        let tallies = input.tallies
        let placed = input.episodes.lazy.map { PlacedEpisode($0, window: settings.nightWindow) }
            .filter { nights.contains($0.night) }
        let days = PostureDays.aggregate(
            sessions: input.postureSessions, breaks: input.stretchBreaks, intervalMinutes: settings.breakIntervalMinutes
        )
        return EpisodeSummaries.rows(Array(nights.nights), placed: Array(placed), days: days,
                                     current: input.currentNight, kept: input.keptNights(tallies: tallies))
    }
}
