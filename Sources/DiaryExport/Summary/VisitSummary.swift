import Diary
import DiaryAnalytics

/// The one-page summary for a doctor as values: the report's analytics over the period plus what a
/// visit asks on top (since when, per month, better or worse, which medicines). The text and HTML
/// writers only lay it out.
public struct VisitSummary: Hashable, Sendable {
    /// The analytics over the summary's period (nocturnal count, reliefs, links, red flags...).
    public let report: Report
    /// When the earliest episode in the whole diary started, if any.
    public let firstEpisode: Timestamp?
    /// Its night.
    public let firstNight: Night?
    /// The night of the diary's first record (episode, posture record or check-in): keeping starts there.
    public let firstRecord: Night?
    /// Shown nights of the period before the first record: not kept, and left out of `months` and `weeks`.
    public let nightsBeforeFirstRecord: Int
    /// One row per calendar month the shown nights from the first record on touch, in order.
    public let months: [MonthCount]
    /// One row per ISO week the shown nights from the first record on touch, in order (the HTML chart).
    public let weeks: [WeekCount]
    /// The last 30 nights against the 30 before them.
    public let trend: Trend
    /// Medicines noted as triggers in the period.
    public let medicines: [MedicineMention]
    /// The medicine timeline, the nights around each start or stop, and the trials.
    public let treatments: SummaryTreatments
    /// When the summary was made.
    public let madeAt: Timestamp

    /// The default period: the last 90 complete nights.
    public static let standardPeriod = PeriodExpression.lastCompleteNights(90)

    /// Builds the summary. The input's episodes and outlines must cover the report's rows (`ReportInput.rows`)
    /// and the 60 nights of `trendNights`; `firstEpisode` is the diary's earliest start. Pure: the same input gives the same summary.
    public static func build(input: ReportInput, firstEpisode: Timestamp?, madeAt: Timestamp,
                             treatments: SummaryTreatments = .none) -> VisitSummary {
        let tallies = input.tallies
        let report = Report.build(input: input, tallies: tallies)
        let kept = input.keptNights(tallies: tallies)
        let window = input.settings.nightWindow
        let recent = report.nocturnal.window
        // Nights before the first record were never kept: a row of zeros for them would read as cramp-free.
        let firstRecord = input.keeping.firstRecord
        let rows = report.nights.filter { row in firstRecord.map { $0 <= row.night } ?? false }
        return VisitSummary(
            report: report,
            firstEpisode: firstEpisode,
            firstNight: firstEpisode.map { window.night(of: $0.local) },
            firstRecord: firstRecord,
            nightsBeforeFirstRecord: report.nights.count - rows.count,
            months: MonthCount.rows(rows),
            weeks: WeekCount.rows(rows),
            trend: Trend(
                recent: PeriodTotals(range: recent, lastNight: recent.to, tallies: tallies, kept: kept),
                before: PeriodTotals(range: recent.previous, lastNight: recent.previous.to, tallies: tallies, kept: kept),
                firstRecord: firstRecord
            ),
            medicines: MedicineMention.find(report.triggers),
            treatments: treatments,
            madeAt: madeAt
        )
    }

    /// The 60 nights the trend compares: 30 ending with the report's last shown night, and the 30 before.
    public static func trendNights(period: NightRange, currentNight: Night) -> NightRange {
        NightRange(last: min(period.to, currentNight), count: 2 * NocturnalFrequency.windowNights)
    }

    /// Cramp nights (nights with a nocturnal cramp) in the period's shown nights.
    public var crampNights: Int { report.nights.filter { $0.nocturnalCramps > 0 }.count }
}

/// Episodes and cramp nights in one calendar month of the period.
public struct MonthCount: Hashable, Sendable {
    /// The month's first day.
    public let month: CivilDate
    /// Nights of the month inside the period (fewer than the month's days at the period's ends).
    public let nights: Int
    /// Of those, nights kept.
    public let keptNights: Int
    /// First and last night counted.
    public let first: Night
    public let last: Night
    /// Cramps, nocturnal or not.
    public let cramps: Int
    /// Nocturnal cramps.
    public let nocturnalCramps: Int
    /// Nights with a nocturnal cramp.
    public let crampNights: Int
    /// Numbness episodes.
    public let numbness: Int

    /// True when the period covers the whole month.
    public var isWholeMonth: Bool { nights == CivilDate.daysIn(month: month.month, year: month.year) }

    /// `2026-11`.
    public var label: String { "\(pad(month.year, 4))-\(pad(month.month, 2))" }

    /// Groups night rows (in order) by the month of the night's evening.
    static func rows(_ nights: [NightRow]) -> [MonthCount] {
        var result: [MonthCount] = []
        var group: [NightRow] = []
        func close() {
            guard let head = group.first, let tail = group.last else { return }
            result.append(MonthCount(
                month: head.night.evening.startOfMonth, nights: group.count,
                keptNights: group.filter { $0.keeping == .kept }.count, first: head.night, last: tail.night,
                cramps: group.reduce(0) { $0 + $1.cramps }, nocturnalCramps: group.reduce(0) { $0 + $1.nocturnalCramps },
                crampNights: group.filter { $0.nocturnalCramps > 0 }.count, numbness: group.reduce(0) { $0 + $1.numbness }
            ))
            group = []
        }
        for row in nights {
            if let head = group.first, head.night.evening.startOfMonth != row.night.evening.startOfMonth { close() }
            group.append(row)
        }
        close()
        return result
    }
}

/// Cramp nights in one ISO week (Monday to Sunday) of the period.
public struct WeekCount: Hashable, Sendable {
    /// The Monday.
    public let monday: CivilDate
    /// Nights of the week inside the period (fewer than 7 at the period's ends).
    public let nights: Int
    /// Nights with a nocturnal cramp.
    public let crampNights: Int
    /// Nights of the week kept.
    public let keptNights: Int

    /// Groups night rows (in order) by the ISO week of the night's evening.
    static func rows(_ nights: [NightRow]) -> [WeekCount] {
        var result: [WeekCount] = []
        for row in nights {
            let monday = row.night.evening.startOfISOWeek
            let cramp = row.nocturnalCramps > 0 ? 1 : 0
            let kept = row.keeping == .kept ? 1 : 0
            if let last = result.last, last.monday == monday {
                result[result.count - 1] = WeekCount(monday: monday, nights: last.nights + 1,
                                                     crampNights: last.crampNights + cramp, keptNights: last.keptNights + kept)
            } else {
                result.append(WeekCount(monday: monday, nights: 1, crampNights: cramp, keptNights: kept))
            }
        }
        return result
    }
}

/// The last 30 nights against the 30 before: rates over kept nights, compared only when both
/// windows have enough of them; never tested or called better or worse.
public struct Trend: Hashable, Sendable {
    /// The 30 nights ending with the report's last shown night.
    public let recent: PeriodTotals
    /// The 30 nights before them.
    public let before: PeriodTotals
    /// The diary's first record, to say why a window has no kept night.
    public let firstRecord: Night?

    /// Kept nights each window needs before the two are compared. Our convention (README.md, "Kept
    /// nights"): two weeks, the shortest diary period of the trials cited there; no source sets a minimum.
    public static let minimumKeptNights = 14

    /// True when both windows have at least `minimumKeptNights` kept nights.
    public var comparable: Bool {
        recent.keptNights >= Trend.minimumKeptNights && before.keptNights >= Trend.minimumKeptNights
    }

    /// Change in nocturnal cramps per week over kept nights; nil unless `comparable`.
    public var crampsPerWeek: Double? {
        guard comparable, let now = recent.nocturnalCrampsPerWeek, let then = before.nocturnalCrampsPerWeek else {
            return nil
        }
        return now - then
    }
}
