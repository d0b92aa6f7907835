import Diary
import Seeded
import Testing
@testable import DiaryAnalytics

/// Diaries with known answers, run through `Report.build` as the CLI will.
@Suite struct ReportScenarioTests {
    let lastNight = night("2026-11-29")
    var week: NightRange { NightRange(from: lastNight.adding(-6), to: lastNight)! }

    func report(episodes: [Episode], sessions: [PostureSession] = [], breaks: [StretchBreak] = [],
                period: NightRange? = nil, current: Night? = nil, settings: Settings = .defaults,
                keeping given: DiaryKeeping? = nil) -> Report {
        Report.build(input: ReportInput(
            period: period ?? week, currentNight: current ?? lastNight.adding(1), settings: settings,
            episodes: episodes, postureSessions: sessions, stretchBreaks: breaks,
            keeping: given ?? keeping(episodes, sessions, window: settings.nightWindow)
        ))
    }

    @Test func crampsThatFollowStandingDaysGiveALink() throws {
        // 90 nights; every third day a 5 h standing day. Cramps follow 15 of the 30 long days
        // and 3 of the 60 others.
        let diary = postureDiary(endingWith: lastNight, count: 90, longStanding: { $0 % 3 == 0 },
                                 crampAfter: { i, long in long ? i % 6 == 0 : i % 20 == 1 })
        let result = report(episodes: diary.episodes, sessions: diary.sessions)
        #expect(result.links.lookback == NightRange(from: lastNight.adding(-89), to: lastNight)!)
        #expect(result.links.loggedNights == 90)
        let standing = result.links[.longStanding]
        #expect(standing.exposed == Proportion(count: 15, total: 30))
        #expect(standing.unexposed == Proportion(count: 3, total: 60))
        #expect(standing.riskRatio == 10)
        #expect(try #require(standing.adjustedP) < 0.001)
        #expect(standing.verdict == .worthMentioning)
        #expect(standing.moreAfterExposed == true)
        // Sitting 2 h and breaks all taken: nobody was exposed, so those cannot be judged.
        #expect(result.links[.longSitting].verdict == .notEnoughData)
        #expect(result.links[.missedBreaks].verdict == .notEnoughData)
    }

    @Test func randomCrampsGiveNoLink() {
        var random = SeededRandom(seed: 20_261_129)
        let long = (0..<90).map { _ in Double.random(in: 0..<1, using: &random) < 0.4 }
        let crampy = (0..<90).map { _ in Double.random(in: 0..<1, using: &random) < 0.25 }
        let diary = postureDiary(endingWith: lastNight, count: 90, longStanding: { long[$0] },
                                 crampAfter: { i, _ in crampy[i] })
        let result = report(episodes: diary.episodes, sessions: diary.sessions)
        let standing = result.links[.longStanding]
        #expect(standing.shortfall == nil, "the gate is passed, so the verdict is about the data")
        for link in result.links.links { #expect(link.verdict != .worthMentioning, "\(link.exposure)") }
        #expect(standing.verdict == .noClearLink)
    }

    @Test func aDiaryWithoutPostureRecordsSaysNotEnoughData() {
        let episodes = (0..<40).map { cramp(lastNight.adding(-$0 * 2).evening.adding(days: 1).description, "03:00") }
        let result = report(episodes: episodes)
        #expect(result.links.loggedNights == 0)
        for link in result.links.links {
            #expect(link.verdict == .notEnoughData)
            #expect(link.shortfall?.atLeastMoreNights == 28)
            #expect(link.p == nil)
        }
        #expect(result.daysWithPosture == 0)
    }

    @Test func anEmptyDiaryIsAnEmptyReportNotAFailure() {
        let result = report(episodes: [])
        #expect(result.isEmpty)
        #expect(result.nights.count == 7)
        #expect(result.nights.allSatisfy { $0.cramps == 0 && $0.numbness == 0 && $0.dayBefore == nil })
        #expect(result.nocturnal.cramps == 0)
        #expect(!result.nocturnal.atOrAboveMark)
        #expect(result.redFlags.isEmpty)
        #expect(result.reliefs.isEmpty)
        #expect(result.hours == [Int](repeating: 0, count: 24))
    }

    @Test func rowsTotalsAndTablesOfAWeek() throws {
        let episodes = [
            cramp("2026-11-24", "02:30", seconds: 120, leg: .left, woke: .yes,
                  triggers: [Trigger(.standing)], reliefs: [Relief(.stretch, outcome: .helped)]),
            cramp("2026-11-24", "03:10", seconds: 60, leg: .right, site: .foot,
                  triggers: [Trigger(.standing), Trigger("long walk")!],
                  reliefs: [Relief(.stretch, outcome: .partly), Relief(.heat, outcome: .noHelp)]),
            cramp("2026-11-26", "23:15", seconds: 720, leg: .left, reliefs: [Relief(.stretch, outcome: .helped)]),
            cramp("2026-11-27", "16:00", seconds: 30, leg: .both, triggers: [Trigger(.sitting)]),  // daytime
            numbness("2026-11-28", "10:00", seconds: 900, leg: .right),
            cramp("2026-11-20", "03:00", woke: .yes),  // the night of the 19th: previous week
            cramp("2026-11-30", "03:00", woke: .yes),  // the night of the 29th, last night
        ]
        let sessions = [session(.standing, "2026-11-23", "08:00", minutes: 300, breaks: 2),
                        session(.sitting, "2026-11-26", "09:00", minutes: 400)]
        let result = report(episodes: episodes, sessions: sessions)

        #expect(result.nights.map(\.night) == (0..<7).map { week.from.adding($0) })
        let monday = try #require(result.nights.first { $0.night == night("2026-11-23") })
        #expect((monday.cramps, monday.nocturnalCramps, monday.numbness) == (2, 2, 0))
        #expect(monday.crampSeconds == 180)
        #expect(monday.legs == [.left, .right])
        #expect(monday.dayBefore?.standingSeconds == 5 * 3600)
        let friday = try #require(result.nights.first { $0.night == night("2026-11-27") })
        #expect((friday.cramps, friday.nocturnalCramps) == (1, 0))
        #expect(result.nights.allSatisfy { !$0.inProgress })

        #expect(result.totals.cramps == 5)
        #expect(result.totals.nocturnalCramps == 4)
        #expect(result.totals.crampNights == 3)
        #expect(result.totals.numbness == 1)
        #expect(result.totals.totalSeconds == 120 + 60 + 720 + 30 + 900 + 90)
        #expect(result.previousTotals.range == NightRange(from: night("2026-11-16"), to: night("2026-11-22"))!)
        #expect(result.previousTotals.cramps == 1)

        #expect(result.hours[2] == 1 && result.hours[3] == 2 && result.hours[23] == 1)
        #expect(result.hours.reduce(0, +) == 4)
        #expect(result.legs == [LegCount(leg: .left, cramps: 3, numbness: 0), LegCount(leg: .right, cramps: 1, numbness: 1),
                                LegCount(leg: .both, cramps: 1, numbness: 0)])
        #expect(result.sites.map(\.site) == [.calf, .foot])
        #expect(result.triggers == [Tally(name: "standing", count: 2), Tally(name: "long walk", count: 1),
                                    Tally(name: "sitting", count: 1)])
        #expect(result.postureTriggers == PostureTriggerShare(episodes: 6, standing: 2, sitting: 1))

        #expect(result.reliefs.map(\.name) == ["stretch", "heat"])
        #expect((result.reliefs[0].used, result.reliefs[0].helped, result.reliefs[0].partly) == (3, 2, 1))
        #expect(result.reliefs[1].noHelp == 1)

        #expect(result.redFlags.map(\.episode.durationSeconds) == [720])
        #expect(result.redFlags.first?.night == night("2026-11-26"))

        #expect(result.days == 7)
        #expect(result.daysWithPosture == 2)
        // 300 min standing: 7 expected, 2 taken; 400 min sitting: 10 expected, none taken.
        #expect(result.breaks == BreakCount(expected: 17, taken: 2, missed: 15))
        #expect(result.nocturnal.cramps == 5)
        #expect(result.nocturnal.atOrAboveMark)
    }

    @Test func theNightUnderWayIsShownMarkedAndKeptOutOfTheLinks() throws {
        // Wednesday 03:00: the night of Tuesday is under way; "this week" runs Monday to Sunday.
        let thisWeek = NightRange(from: night("2026-11-23"), to: night("2026-11-29"))!
        let episodes = [cramp("2026-11-25", "02:00", woke: .yes)]
        let result = report(episodes: episodes, period: thisWeek, current: night("2026-11-24"))
        #expect(result.nights.map(\.night) == [night("2026-11-23"), night("2026-11-24")])
        #expect(result.nights.last?.inProgress == true)
        #expect(result.nights.last?.cramps == 1)
        #expect(result.totals.nightsElapsed == 2)
        #expect(result.links.lookback.to == night("2026-11-23"))
        #expect(result.nocturnal.window.to == night("2026-11-24"))
    }

    @Test func aPeriodNotYetBegunIsEmpty() {
        let next = NightRange(from: night("2026-12-07"), to: night("2026-12-13"))!
        let result = report(episodes: [cramp("2026-11-25", "02:00")], period: next, current: night("2026-11-30"))
        #expect(result.nights.isEmpty)
        #expect(result.isEmpty)
        #expect(result.totals.nightsElapsed == 0)
    }
}
