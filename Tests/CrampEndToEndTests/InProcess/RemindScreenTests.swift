import Diary
import Foundation
import Testing
@testable import CrampCLI

/// What `cramp remind` shows and when it rings (issue 16), tick by tick, without a terminal or a clock.
@Suite("remind: bell and bar")
struct RemindScreenTests {
    static let start = Oracle.utc("2026-11-21T09:00:00+01:00")
    static let zone = FoundationZone(zone: TimeZone(identifier: "Europe/Berlin")!)

    /// Sitting since 09:00, read `minutes` later, the last break at `lastBreak` minutes (if any).
    func reading(_ minutes: Int, lastBreak: Int? = nil, breaks: Int = 0) -> StretchNow {
        StretchNow(stretch: OpenStretch(posture: .sitting, start: Timestamp(utc: Self.start, offset: 3600)),
                   nowUTC: Self.start + Int64(minutes * 60), breaks: breaks,
                   lastBreakUTC: lastBreak.map { Self.start + Int64($0 * 60) }, intervalMinutes: 40, limitHours: 12)
    }

    // Issue 16: remind rings when the break falls due, once, then again for each further interval without one; a
    // break moves the next due moment.
    @Test func theBellRingsOncePerDueMomentAndAgainEachIntervalOverdue() {
        var bell = ReminderBell()
        #expect(bell.tick(reading(39)) == nil)
        #expect(bell.tick(reading(40)) == 0)
        #expect(bell.tick(reading(41)) == nil && bell.tick(reading(79)) == nil)
        #expect(bell.tick(reading(80)) == 1)
        #expect(bell.tick(reading(81)) == nil)
        // A break at 82 min: next due at 122.
        #expect(bell.tick(reading(100, lastBreak: 82, breaks: 1)) == nil)
        #expect(bell.tick(reading(122, lastBreak: 82, breaks: 1)) == 0)
        // Starting late (already 15 min overdue) rings at once.
        var late = ReminderBell()
        #expect(late.tick(reading(55)) == 0)
    }

    @Test func theLinesAndTheBar() {
        let zone = Self.zone
        #expect(RemindText.due(reading(40), round: 0, zone: zone)
            == "09:40 time for a stretch break: sitting 40m without one (b records it)")
        #expect(RemindText.due(reading(80), round: 1, zone: zone) == "10:20 still no break: 1h20m without one, overdue by 40m")
        #expect(RemindText.notice(reading(41)) == "Time for a stretch break: sitting 41m without one.")
        // 80 columns: 12 + bar + 25 + 2 + 25 + 2 brackets leaves 13 cells; 25 of 40 minutes fill 8 of them.
        #expect(RemindText.bar(reading(25), zone: zone, columns: 80, unicode: false)
            == "sitting 25m [########-----] next break 09:40, in 15m  b break, q leave, ^C stop")
        #expect(RemindText.bar(reading(55), zone: zone, columns: 80, unicode: true)
            == "sitting 55m [█████████████████] break overdue by 15m  b break, q leave, ^C stop")
        // Too narrow for a bar: the words alone, cut to the width.
        #expect(RemindText.bar(reading(25), zone: zone, columns: 30, unicode: false) == "sitting 25m  next break 09:40")
    }
}
