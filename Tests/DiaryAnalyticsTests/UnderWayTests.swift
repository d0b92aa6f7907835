import Diary
import Testing
@testable import DiaryAnalytics

/// The stretch under way and live breaks in the analytics (issue 16).
@Suite struct UnderWayTests {
    /// Sitting since Monday 2026-11-16 08:00, read at `hm` the same day, with the breaks taken by then.
    func open(at hm: String, breaks: [String] = [], limitHours: Int = 12) -> StretchNow {
        let stretch = OpenStretch(id: 1, posture: .sitting, start: at("2026-11-16", "08:00"))
        let times = breaks.map { at("2026-11-16", $0).utc }
        return StretchNow(stretch: stretch, nowUTC: at("2026-11-16", hm).utc, breaks: times.count, lastBreakUTC: times.max(),
                          intervalMinutes: 40, limitHours: limitHours)
    }

    /// A report of the week of 2026-11-16 made on Tuesday 10:00, Monday's day complete.
    func report(sessions: [PostureSession], breaks: [String], open: StretchNow?) -> Report {
        // The store counts a stretch under way as a record that keeps nights, as the same stretch recorded would.
        let started = open.map { [PostureSession(posture: $0.stretch.posture, start: $0.stretch.start, durationSeconds: 60)] } ?? []
        let input = ReportInput(
            period: NightRange(from: night("2026-11-16"), to: night("2026-11-22"))!, currentNight: night("2026-11-17"),
            settings: .defaults, episodes: [], postureSessions: sessions,
            stretchBreaks: breaks.map { StretchBreak(at: at("2026-11-16", $0)) },
            keeping: keeping([], sessions + started), openStretch: open)
        return Report.build(input: input)
    }

    // Issue 16: open and live stretches count exactly as recorded ones, with no double counting.
    @Test func theStretchUnderWayCountsExactlyAsTheSameStretchRecorded() {
        let breaks = ["08:35", "09:30"]
        let underWay = report(sessions: [], breaks: breaks, open: open(at: "10:00", breaks: breaks))
        let recorded = report(sessions: [session(.sitting, "2026-11-16", "08:00", minutes: 120)], breaks: breaks, open: nil)
        #expect(underWay.nights == recorded.nights)
        #expect(underWay.breaks == recorded.breaks)
        // 2 h: 3 expected; 08:35 on time (35 min after the start), 09:30 late (55 min after 08:35).
        #expect(underWay.breaks == BreakCount(expected: 3, taken: 2, missed: 1, onTime: 1, late: 1))
        #expect(underWay.nights.first?.dayBefore?.sittingSeconds == 7200)
        #expect(underWay.daysWithPosture == recorded.daysWithPosture && underWay.daysWithPosture == 1)
        #expect(underWay.links == recorded.links)
        #expect(underWay.underWay?.elapsedSeconds == 7200 && recorded.underWay == nil)
    }

    // Issue 16: the stale-stretch rule in the analytics — past the limit it is shown, never counted.
    @Test func aStretchOpenPastTheLimitIsLeftOut() {
        let stale = open(at: "10:00", limitHours: 1)
        #expect(stale.isStale && stale.sessionSoFar == nil)
        let result = report(sessions: [], breaks: [], open: stale)
        #expect(result.daysWithPosture == 0 && result.breaks == .zero)
        #expect(result.underWay == stale, "shown so the report can say it is left out")
        #expect(UnderWay.sessions([], adding: stale).isEmpty)
        #expect(UnderWay.sessions([], adding: open(at: "10:00")).map(\.durationSeconds) == [7200])
    }

    // Issue 16: on time = within one break interval of the stretch's start or of the break before.
    @Test func breaksOnTimeAgainstLate() {
        let start = at("2026-11-16", "08:00").utc
        let times = ["10:05", "08:40", "09:30", "07:59", "10:45"].map { at("2026-11-16", $0).utc }
        // 07:59 is before the start (not judged); 08:40 is 40 min after the start (on time, the bound included);
        // 09:30 50 min after 08:40 (late); 10:05 35 min after 09:30 (on time); 10:45 40 min after (on time).
        let result = BreakSchedule.timeliness(startUTC: start, breaksUTC: times, intervalMinutes: 40)
        #expect(result.onTime == 3 && result.late == 1)
        #expect(BreakSchedule.nextDue(startUTC: start, lastBreakUTC: nil, intervalMinutes: 40) == start + 2400)
        #expect(BreakSchedule.nextDue(startUTC: start, lastBreakUTC: start + 600, intervalMinutes: 30) == start + 2400)
    }

    @Test func liveBreaksAreJudgedPerSessionAndTypedOnesAreNot() {
        let sessions = [session(.sitting, "2026-11-16", "08:00", minutes: 180, breaks: 2),
                        session(.standing, "2026-11-16", "12:00", minutes: 60)]
        let breaks = ["08:35", "09:30", "10:05", "12:50"].map { StretchBreak(at: at("2026-11-16", $0)) }
        let counts = MissedBreaks.perSession(sessions: sessions, breaks: breaks, intervalMinutes: 40).map(\.count)
        // Sitting: 4 expected, 2 typed + 3 live taken; live 08:35 on time, 09:30 late, 10:05 on time.
        // Standing: 1 expected; 12:50 is 50 min after its start: late.
        #expect(counts == [BreakCount(expected: 4, taken: 5, missed: 0, onTime: 2, late: 1),
                           BreakCount(expected: 1, taken: 1, missed: 0, onTime: 0, late: 1)])
    }
}
