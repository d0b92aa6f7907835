import Diary
import Testing
@testable import DiaryAnalytics

@Suite struct MissedBreakTests {
    @Test("whole intervals of the duration", arguments: [(120, 3), (79, 1), (80, 2), (39, 0), (40, 1)])
    func expectedBreaks(minutes: Int, expected: Int) {
        #expect(MissedBreaks.expected(durationSeconds: minutes * 60, intervalMinutes: 40) == expected)
    }

    @Test func missedIsExpectedMinusTakenNeverBelowZero() {
        let sessions = [session(.sitting, "2026-11-16", "09:00", minutes: 200, breaks: 2),
                        session(.sitting, "2026-11-16", "14:00", minutes: 60, breaks: 4)]
        let counts = MissedBreaks.perSession(sessions: sessions, breaks: [], intervalMinutes: 40).map(\.count)
        #expect(counts == [BreakCount(expected: 5, taken: 2, missed: 3), BreakCount(expected: 1, taken: 4, missed: 0)])
    }

    @Test func liveBreaksCountTowardTheSessionTheyFallIn() {
        let sessions = [session(.sitting, "2026-11-16", "09:00", minutes: 120, breaks: 1),
                        session(.standing, "2026-11-16", "13:00", minutes: 120)]
        let breaks = ["09:40", "11:00", "12:00", "13:30"].map { StretchBreak(at: at("2026-11-16", $0)) }
        let result = MissedBreaks.perSession(sessions: sessions, breaks: breaks, intervalMinutes: 40)
        // 09:40 inside, 11:00 at the very end (counts), 12:00 in no session, 13:30 in the second.
        #expect(result.map(\.liveBreaks) == [2, 1])
        // Of the live ones, 09:40 came 40 min after the start (on time) and 11:00 80 min after it (late); 13:30 on time.
        #expect(result[0].count == BreakCount(expected: 3, taken: 3, missed: 0, onTime: 1, late: 1))
        #expect(result[1].count == BreakCount(expected: 3, taken: 1, missed: 2, onTime: 1, late: 0))
    }

    @Test func aBreakInOverlappingSessionsCountsOnce() {
        let sessions = [session(.standing, "2026-11-16", "10:00", minutes: 60),
                        session(.sitting, "2026-11-16", "09:00", minutes: 120)]
        let result = MissedBreaks.perSession(
            sessions: sessions, breaks: [StretchBreak(at: at("2026-11-16", "10:30"))], intervalMinutes: 40
        )
        #expect(result.map(\.liveBreaks) == [0, 1])  // the earlier-starting session takes it
    }
}

@Suite struct PostureDayTests {
    @Test func hoursGoToTheDatesTheSessionCovers() throws {
        let sessions = [session(.standing, "2026-11-16", "22:00", minutes: 240, breaks: 1),
                        session(.sitting, "2026-11-16", "09:00", minutes: 90)]
        let days = PostureDays.aggregate(sessions: sessions, breaks: [], intervalMinutes: 40)
        let monday = try #require(days[day("2026-11-16")])
        let tuesday = try #require(days[day("2026-11-17")])
        #expect(monday.standingSeconds == 2 * 3600)
        #expect(monday.sittingSeconds == 90 * 60)
        #expect(tuesday.standingSeconds == 2 * 3600)
        // Breaks stay whole with the date the session started: 6 expected + 2 expected.
        #expect(monday.breaks == BreakCount(expected: 8, taken: 1, missed: 7))
        #expect(tuesday.breaks == .zero)
        #expect(days[day("2026-11-15")] == nil)
        #expect(days[day("2026-11-18")] == nil)
    }

    @Test func splitUsesTheStoredOffset() {
        // 23:30 local at +09:00 is 14:30 UTC: the split follows the person's clock, not UTC.
        let parts = PostureDays.split(session(.sitting, "2026-11-16", "23:30", minutes: 60, offset: 9 * 3600))
        #expect(parts.map(\.date) == [day("2026-11-16"), day("2026-11-17")])
        #expect(parts.map(\.seconds) == [1800, 1800])
    }

    @Test func aSessionEndingAtMidnightStaysOnItsDate() {
        let parts = PostureDays.split(session(.sitting, "2026-11-16", "23:00", minutes: 60))
        #expect(parts.map(\.date) == [day("2026-11-16")])
    }
}
