import Diary
import DiaryAnalytics
@testable import DiaryExport
import Testing

/// A small diary whose figures were counted by hand (and the week grouping checked with Python's
/// `datetime`), shared by the summary tests.
enum SummaryDiary {
    /// Now: Saturday 2026-11-21 09:00 CET; the current night is 2026-11-21, the last complete one 2026-11-20.
    static let now = Timestamp(local: LocalDateTime(date: date("2026-11-21"), hour: 9, minute: 0)!, offset: 3600)
    static let currentNight = Night(evening: date("2026-11-21"))
    /// The default period: 2026-08-23 to 2026-11-20.
    static let period = VisitSummary.standardPeriod.resolve(currentNight: currentNight, earliest: nil)

    static func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    static func at(_ day: String, _ hour: Int, _ minute: Int = 0, offset: Int = 3600) -> Timestamp {
        Timestamp(local: LocalDateTime(date: date(day), hour: hour, minute: minute)!, offset: offset)
    }

    /// The first episode ever, long before the period.
    static let first = Episode(start: at("2026-06-10", 3, offset: 7200), leg: .left, site: .calf, durationSeconds: 60)

    static let episodes: [Episode] = [
        first,
        // August: night 08-24.
        Episode(start: at("2026-08-25", 2, offset: 7200), leg: .left, site: .calf, durationSeconds: 120),
        // September: two cramps on night 09-05, one on 09-10, a daytime cramp, a numbness episode.
        Episode(start: at("2026-09-06", 1, offset: 7200), leg: .left, site: .calf, durationSeconds: 90,
                reliefs: [Relief(.stretch, outcome: .helped)]),
        Episode(start: at("2026-09-06", 4, offset: 7200), leg: .right, site: .calf, durationSeconds: 60,
                reliefs: [Relief(.stretch, outcome: .partly)]),
        Episode(start: at("2026-09-11", 3, 30, offset: 7200), leg: .right, site: .foot, durationSeconds: 45,
                triggers: [Trigger("simvastatin 20mg")!]),
        Episode(start: at("2026-09-15", 15, offset: 7200), leg: .left, site: .calf, durationSeconds: 30,
                triggers: [Trigger(.standing)]),
        Episode(kind: .numbness, start: at("2026-09-20", 11, offset: 7200), leg: .left, site: .foot, durationSeconds: 600,
                triggers: [Trigger(.crossedLegs)]),
        // October: a red flag on night 10-01, a cramp on night 10-30 (after the change to winter time).
        Episode(start: at("2026-10-02", 2, 15, offset: 7200), leg: .both, site: .thigh, durationSeconds: 700,
                triggers: [Trigger(.medication)], reliefs: [Relief(.stretch, outcome: .helped)]),
        Episode(start: at("2026-10-31", 5), leg: .left, site: .calf, durationSeconds: 60, triggers: [Trigger(.cold)]),
        // November: nights 11-02, 11-11 (23:30, same evening) and 11-20.
        Episode(start: at("2026-11-03", 2, 30), leg: .left, site: .calf, durationSeconds: 60),
        Episode(start: at("2026-11-11", 23, 30), leg: .right, site: .calf, durationSeconds: 60, woke: .yes),
        Episode(start: at("2026-11-21", 3), leg: .left, site: .calf, durationSeconds: 60,
                triggers: [Trigger(.cold)], reliefs: [Relief(.massage, outcome: .noHelp)]),
    ]

    /// The input over `episodes`; the diary's first record is the night of `first` unless given.
    static func input(_ episodes: [Episode] = episodes, sessions: [PostureSession] = [],
                      period: NightRange = period, keeping: DiaryKeeping? = nil) -> ReportInput {
        ReportInput(period: period, currentNight: currentNight, settings: .defaults, episodes: episodes,
                    postureSessions: sessions, stretchBreaks: [],
                    keeping: keeping ?? DiaryKeeping(rule: .continuous, firstRecord: firstRecord(episodes, sessions)))
    }

    /// The earliest night of an episode or the day of a posture record, as the store reads the first record.
    static func firstRecord(_ episodes: [Episode], _ sessions: [PostureSession] = []) -> Night? {
        (episodes.map { $0.night(window: .standard) } + sessions.map { Night(evening: $0.start.local.date) }).min()
    }

    static var summary: VisitSummary {
        VisitSummary.build(input: input(), firstEpisode: first.start, madeAt: now)
    }

    /// 90 days of posture before the period's nights: 5 h standing every third day (with a cramp the
    /// night after every one of those, and after every ninth other day), 1 h otherwise, and 7 h sitting every day; the standing link passes
    /// the gate, the sitting one cannot (no day without long sitting).
    static var withPosture: VisitSummary {
        var episodes: [Episode] = [], sessions: [PostureSession] = []
        for night in period.nights {
            let evening = night.evening
            let long = evening.daysSinceEpoch % 3 == 0
            sessions.append(PostureSession(posture: .standing, start: at(evening.description, 8),
                                           durationSeconds: long ? 18_000 : 3600, breaksTaken: 2))
            sessions.append(PostureSession(posture: .sitting, start: at(evening.description, 13),
                                           durationSeconds: 7 * 3600, breaksTaken: 10))
            if long || evening.daysSinceEpoch % 9 == 1 {
                episodes.append(Episode(start: at(evening.adding(days: 1).description, 3), leg: .left,
                                        durationSeconds: 60, woke: .yes))
            }
        }
        return VisitSummary.build(input: input(episodes, sessions: sessions), firstEpisode: episodes.first?.start,
                                  madeAt: now)
    }
}

@Suite struct SummaryBuildTests {
    @Test func theDefaultPeriodIsTheLast90CompleteNights() {
        #expect(SummaryDiary.period.from.evening == SummaryDiary.date("2026-08-23"))
        #expect(SummaryDiary.period.to.evening == SummaryDiary.date("2026-11-20"))
        #expect(SummaryDiary.period.count == 90)
    }

    @Test func monthsCountEpisodesAndCrampNights() {
        let months = SummaryDiary.summary.months
        #expect(months.map(\.label) == ["2026-08", "2026-09", "2026-10", "2026-11"])
        #expect(months.map(\.nights) == [9, 30, 31, 20])
        #expect(months.map(\.cramps) == [1, 4, 2, 3])
        #expect(months.map(\.nocturnalCramps) == [1, 3, 2, 3])
        #expect(months.map(\.crampNights) == [1, 2, 2, 3])
        #expect(months.map(\.numbness) == [0, 1, 0, 0])
        #expect(months.map(\.isWholeMonth) == [false, true, true, false])
        #expect(SummaryDiary.summary.crampNights == 8)
    }

    @Test func weeksAreISOWeeksWithPartialEnds() {
        let weeks = SummaryDiary.summary.weeks
        #expect(weeks.count == 14)
        #expect(weeks.first == WeekCount(monday: SummaryDiary.date("2026-08-17"), nights: 1, crampNights: 0, keptNights: 1))
        #expect(weeks.last == WeekCount(monday: SummaryDiary.date("2026-11-16"), nights: 5, crampNights: 1, keptNights: 5))
        #expect(weeks.map(\.crampNights) == [0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1])
        #expect(weeks.dropFirst().dropLast().allSatisfy { $0.nights == 7 })
    }

    @Test func trendComparesTheLast30NightsWithThe30Before() throws {
        let trend = SummaryDiary.summary.trend
        #expect(trend.recent.range.from.evening == SummaryDiary.date("2026-10-22"))
        #expect(trend.recent.range.to.evening == SummaryDiary.date("2026-11-20"))
        #expect(trend.before.range.from.evening == SummaryDiary.date("2026-09-22"))
        #expect(trend.before.range.to.evening == SummaryDiary.date("2026-10-21"))
        #expect((trend.recent.nocturnalCramps, trend.recent.crampNights) == (4, 4))
        #expect((trend.before.nocturnalCramps, trend.before.crampNights) == (1, 1))
        // Every night of both windows kept (the first record is in June): 4 x 7 / 30 against 1 x 7 / 30 a week.
        #expect((trend.recent.keptNights, trend.before.keptNights) == (30, 30))
        #expect(trend.comparable)
        #expect(abs(try #require(trend.crampsPerWeek) - 0.7) < 1e-12)
    }

    @Test func trendLooksBeyondAShortPeriod() {
        // A 7-night summary still compares 30 nights with the 30 before, when the rows are there.
        let week = NightRange(last: SummaryDiary.currentNight.adding(-1), count: 7)
        let summary = VisitSummary.build(input: SummaryDiary.input(period: week), firstEpisode: SummaryDiary.first.start,
                                         madeAt: SummaryDiary.now)
        #expect(summary.trend.recent.crampNights == 4)
        #expect(summary.trend.before.crampNights == 1)
        #expect(summary.months.map(\.nights) == [7])
        let trendNights = VisitSummary.trendNights(period: week, currentNight: SummaryDiary.currentNight)
        #expect(trendNights.count == 60)
        #expect(trendNights.from.evening == SummaryDiary.date("2026-09-22"))
    }

    @Test func firstEpisodeAndItsNight() {
        let summary = SummaryDiary.summary
        #expect(summary.firstEpisode == SummaryDiary.first.start)
        #expect(summary.firstNight == Night(evening: SummaryDiary.date("2026-06-09")))
    }

    @Test func medicinesAreTheMedicationWordAndNamedMedicines() {
        let medicines = SummaryDiary.summary.medicines
        #expect(medicines == [
            MedicineMention(name: "medication", episodes: 1, medicineClass: nil),
            MedicineMention(name: "simvastatin 20mg", episodes: 1, medicineClass: .statin),
        ])
    }

    @Test func reportFiguresAreThoseOfThePeriod() {
        let report = SummaryDiary.summary.report
        #expect(report.redFlags.map(\.episode.durationSeconds) == [700])
        #expect(report.nocturnal.cramps == 4)
        #expect(report.hours[2] == 3 && report.hours[3] == 2 && report.hours[23] == 1)
        #expect(report.hours.reduce(0, +) == 9)
        #expect(report.reliefs.map(\.name) == ["stretch", "massage"])
    }
}
