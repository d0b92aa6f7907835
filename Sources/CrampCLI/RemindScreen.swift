import Diary

/// When `remind` rings: once when a break falls due, then once more for each further break interval that passes
/// without one. Pure, so tests drive it tick by tick.
struct ReminderBell {
    /// The due moment the bell last rang for, and how many whole intervals overdue it was then.
    private var rung: (due: Int64, round: Int)?

    /// The stretch as it stands at this tick; returns the round to ring for (0 when the break just fell due),
    /// or nil when the bell already rang for it.
    mutating func tick(_ now: StretchNow) -> Int? {
        let overdue = -now.secondsToDue
        guard overdue >= 0 else { return nil }
        let round = overdue / (now.intervalMinutes * 60)
        if let rung, rung.due == now.nextDueUTC, rung.round >= round { return nil }
        rung = (now.nextDueUTC, round)
        return round
    }
}

/// The words and the bar `remind` shows.
enum RemindText {
    /// `09:40`: the moment of an event, in the local zone.
    static func stamp(_ utc: Int64, zone: any ZoneRules) -> String { zone.timestamp(utc: utc).local.hourMinute }

    /// Seconds since the stretch's start or its last break, whichever is later.
    static func sinceBreak(_ now: StretchNow) -> Int {
        Int(now.nowUTC - max(now.stretch.start.utc, now.lastBreakUTC ?? now.stretch.start.utc))
    }

    /// The line when the bell rings: round 0 as the break falls due, later rounds while it stays overdue.
    static func due(_ now: StretchNow, round: Int, zone: any ZoneRules) -> String {
        let without = DurationText.minutes(sinceBreak(now))
        let head = "\(stamp(now.nowUTC, zone: zone)) "
        return round == 0
            ? head + "time for a stretch break: \(now.stretch.posture.rawValue) \(without) without one (b records it)"
            : head + "still no break: \(without) without one, overdue by \(DurationText.minutes(-now.secondsToDue))"
    }

    /// The desktop notification's text.
    static func notice(_ now: StretchNow) -> String {
        "Time for a stretch break: \(now.stretch.posture.rawValue) \(DurationText.minutes(sinceBreak(now))) without one."
    }

    /// The line after a break was recorded.
    static func recorded(_ recorded: RecordedBreakEcho, zone: any ZoneRules) -> String {
        "\(stamp(recorded.now.nowUTC, zone: zone)) recorded stretch break #\(recorded.id) "
            + "(\(StretchText.breaks(recorded.now.breaks)) in this stretch); next due at "
            + StretchText.clock(recorded.now.nextDueUTC, zone: zone, reference: recorded.now.nowUTC)
    }

    /// The keys, shown after the bar.
    static let keys = "b break, q leave, ^C stop"

    /// `sitting 25m [########-----] next break 09:40, in 15m  b break, q leave, ^C stop`, fitted to
    /// `columns` cells; the bar fills from the last break (or the start) to the next due moment.
    static func bar(_ now: StretchNow, zone: any ZoneRules, columns: Int, unicode: Bool) -> String {
        let left = now.secondsToDue
        let head = "\(now.stretch.posture.rawValue) \(DurationText.minutes(now.elapsedSeconds)) "
        let tail = left > 0
            ? " next break \(StretchText.clock(now.nextDueUTC, zone: zone, reference: now.nowUTC)), in \(DurationText.minutes(left + 59))"
            : " break overdue by \(DurationText.minutes(-left))"
        let width = min(30, columns - 1 - head.count - tail.count - 2 - keys.count - 2)
        guard width >= 5 else { return String((head + tail).prefix(max(0, columns - 1))) }
        let interval = now.intervalMinutes * 60
        let filled = min(width, width * min(interval, sinceBreak(now)) / interval)
        let (full, empty) = unicode ? ("█", "░") : ("#", "-")
        let bar = "[" + String(repeating: full, count: filled) + String(repeating: empty, count: width - filled) + "]"
        return head + bar + tail + "  " + keys
    }
}

/// A break recorded from `remind`, with the stretch as it stands right after it.
struct RecordedBreakEcho {
    let id: Int64
    let now: StretchNow
}
