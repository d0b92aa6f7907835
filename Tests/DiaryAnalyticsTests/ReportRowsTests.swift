import Diary
import Seeded
import Testing
@testable import DiaryAnalytics

/// The store reads only `ReportInput.rows(...)`; these check that nothing the report needs is
/// outside it and that its size depends on the period, never on the diary.
@Suite struct ReportRowsTests {
    /// A year and a half of varied entries around the report, with offsets from -10 h to +14 h.
    func bigDiary(seed: UInt64) -> (episodes: [Episode], sessions: [PostureSession], breaks: [StretchBreak]) {
        var random = SeededRandom(seed: seed)
        let offsets = [-10 * 3600, -5 * 3600, 0, 3600, 7200, 14 * 3600]
        let first = day("2025-09-01")
        var episodes: [Episode] = [], sessions: [PostureSession] = [], breaks: [StretchBreak] = []
        for d in 0..<540 {
            let date = first.adding(days: d)
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let local = LocalDateTime(date: date, secondsOfDay: Int.random(in: 0..<86_400, using: &random))
                episodes.append(Episode(
                    kind: Bool.random(using: &random) ? .cramp : .numbness,
                    start: Timestamp(local: local, offset: offsets.randomElement(using: &random)!),
                    leg: Leg.allCases.randomElement(using: &random)!,
                    durationSeconds: Int.random(in: 10...900, using: &random),
                    woke: Woke.allCases.randomElement(using: &random)!
                ))
            }
            if Int.random(in: 0..<4, using: &random) > 0 {
                let offset = offsets.randomElement(using: &random)!
                let start = Timestamp(local: LocalDateTime(date: date, secondsOfDay: Int.random(in: 0..<86_400,
                                                                                                using: &random)),
                                      offset: offset)
                let minutes = Int.random(in: 1...1440, using: &random)
                sessions.append(PostureSession(posture: Bool.random(using: &random) ? .sitting : .standing, start: start,
                                               durationSeconds: minutes * 60,
                                               breaksTaken: Int.random(in: 0...3, using: &random)))
                breaks.append(StretchBreak(at: start.adding(seconds: Int64(Int.random(in: 0...(minutes * 60),
                                                                                         using: &random)))))
            }
        }
        return (episodes, sessions, breaks)
    }

    @Test("the report from the fetched rows equals the report from the whole diary",
          arguments: [(UInt64(1), "2026-11-23", "2026-11-29", "2026-11-30"),
                      (UInt64(2), "2026-11-01", "2026-11-30", "2026-11-28"),
                      (UInt64(3), "2026-01-05", "2026-01-11", "2026-01-12")])
    func fetchedRowsAreEnough(seed: UInt64, from: String, to: String, current: String) {
        let diary = bigDiary(seed: seed)
        var settings = Settings.defaults
        settings.nightWindow = NightWindow(text: "21:30-09:15")!
        let period = NightRange(from: night(from), to: night(to))!
        let rows = ReportInput.rows(period: period, currentNight: night(current), settings: settings)
        let whole = ReportInput(period: period, currentNight: night(current), settings: settings,
                                episodes: diary.episodes, postureSessions: diary.sessions, stretchBreaks: diary.breaks,
                                keeping: keeping(diary.episodes, diary.sessions, window: settings.nightWindow))
        var fetched = whole
        fetched.episodes = diary.episodes.filter { rows.episodes.contains($0.start.utc) }
        fetched.postureSessions = diary.sessions.filter { rows.postureSessions.contains($0.start.utc) }
        fetched.stretchBreaks = diary.breaks.filter { rows.stretchBreaks.contains($0.at.utc) }
        #expect(fetched.episodes.count < diary.episodes.count / 3, "the fetch leaves most of the diary unread")
        #expect(Report.build(input: fetched) == Report.build(input: whole))
    }

    @Test func theRangeDependsOnThePeriodAndSettingsOnly() {
        let week = NightRange(from: night("2026-11-23"), to: night("2026-11-29"))!
        let rows = ReportInput.rows(period: week, currentNight: night("2026-11-30"), settings: .defaults)
        // 90 look-back nights plus the week's own span and the zone slack: about 92 days of episodes.
        let days = Double(rows.episodes.upperBound - rows.episodes.lowerBound) / 86_400
        #expect(days > 91 && days < 94)
        var longer = Settings.defaults
        longer.linkLookbackNights = 365
        let year = ReportInput.rows(period: week, currentNight: night("2026-11-30"), settings: longer)
        #expect(year.episodes.lowerBound == rows.episodes.lowerBound - 275 * 86_400)
        #expect(year.episodes.upperBound == rows.episodes.upperBound)
    }
}
