import Diary
import DiaryAnalytics
import Testing

/// Reports built from hand-made diaries, shared by the renderer tests.
enum ReportSamples {
    static let lastNight = Night(evening: CivilDate(iso: "2026-11-29")!)
    static let week = NightRange(from: lastNight.adding(-6), to: lastNight)!

    static func at(_ date: CivilDate, _ hour: Int, _ minute: Int = 0, offset: Int = 3600) -> Timestamp {
        Timestamp(local: LocalDateTime(date: date, hour: hour, minute: minute)!, offset: offset)
    }

    static func build(_ episodes: [Episode], _ sessions: [PostureSession] = [], breaks: [StretchBreak] = [],
                      period: NightRange = week, current: Night = lastNight.adding(1)) -> Report {
        Report.build(input: ReportInput(period: period, currentNight: current, settings: .defaults, episodes: episodes,
                                        postureSessions: sessions, stretchBreaks: breaks,
                                        keeping: DiaryKeeping(rule: .continuous,
                                                              firstRecord: SummaryDiary.firstRecord(episodes, sessions))))
    }

    /// Nothing logged at all.
    static var empty: Report { build([]) }

    /// 90 nights: a 5 h standing day every third day with cramps after half of them, a few cramps
    /// after other days, a red-flag cramp, numbness, reliefs with long and non-Latin names.
    static var busy: Report {
        var episodes: [Episode] = [], sessions: [PostureSession] = []
        for i in 0..<90 {
            let evening = lastNight.adding(i - 89).evening
            let long = i % 3 == 0
            sessions.append(PostureSession(posture: .standing, start: at(evening, 8), durationSeconds: long ? 18_000 : 3600,
                                           breaksTaken: long ? 2 : 1))
            sessions.append(PostureSession(posture: .sitting, start: at(evening, 14), durationSeconds: 7 * 3600,
                                           breaksTaken: i % 2 == 0 ? 10 : 0))
            if long ? i % 6 == 0 : i % 20 == 1 {
                episodes.append(Episode(start: at(evening.adding(days: 1), 3, 10), leg: i % 4 == 0 ? .left : .right,
                                        site: .calf, durationSeconds: 120, woke: .yes,
                                        triggers: [Trigger(.standing), Trigger("a very long trigger described in many words")!],
                                        reliefs: [Relief(.stretch, outcome: .helped),
                                                  Relief(name: "Wärmflasche 热水袋 with a name longer than the column")!]))
            }
        }
        let last = lastNight.evening
        episodes.append(Episode(start: at(last.adding(days: -2), 23, 40), leg: .both, site: .thigh, durationSeconds: 900,
                                woke: .yes, reliefs: [Relief(.walk, outcome: .noHelp)]))
        episodes.append(Episode(kind: .numbness, start: at(last.adding(days: -1), 11), leg: .left, site: .foot,
                                durationSeconds: 1200, triggers: [Trigger(.crossedLegs)]))
        episodes.append(Episode(start: at(last.adding(days: -3), 16), leg: .left, durationSeconds: 45,
                                triggers: [Trigger(.sitting)]))
        return build(episodes, sessions)
    }

    /// A week where the night under way is part of the period and nothing has posture records.
    static var inProgress: Report {
        let monday = Night(evening: CivilDate(iso: "2026-11-23")!)
        let episodes = [Episode(start: at(CivilDate(iso: "2026-11-25")!, 2), leg: .right, durationSeconds: 60)]
        return build(episodes, period: NightRange(from: monday, to: monday.adding(6))!, current: monday.adding(1))
    }

    static var all: [(String, Report)] { [("empty", empty), ("busy", busy), ("in progress", inProgress)] }
}

@Suite struct ReportSampleTests {
    @Test func theBusySampleHasWhatTheRendererTestsNeed() {
        let report = ReportSamples.busy
        #expect(report.redFlags.count == 1)
        #expect(report.nocturnal.atOrAboveMark)
        #expect(report.links[.longStanding].verdict == .worthMentioning)
        #expect(report.links[.longSitting].verdict == .notEnoughData)  // every day is a long sitting day
        #expect(report.links[.missedBreaks].shortfall == nil)
        #expect(report.nights.count == 7)
        #expect(ReportSamples.empty.isEmpty)
    }
}
