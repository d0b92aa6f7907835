/// How an open stretch reads back: in echoes, `status`, `status --short`, `list --posture` and `remind`.
public enum StretchText {
    /// `sitting since Sat 2026-11-21 08:00 +01:00`.
    public static func since(_ stretch: OpenStretch) -> String {
        "\(stretch.posture.rawValue) since \(EpisodeText.when(stretch.start))"
    }

    /// The clock reading of `utc` in `zone`: `09:40`, with the date when it is not `reference`'s day.
    public static func clock(_ utc: Int64, zone: any ZoneRules, reference: Int64) -> String {
        let local = zone.timestamp(utc: utc).local
        let day = zone.timestamp(utc: reference).local.date
        return local.date == day ? local.hourMinute : "\(local.date.weekdayName) \(local.date) \(local.hourMinute)"
    }

    /// `1 break` / `2 breaks`.
    public static func breaks(_ count: Int) -> String { "\(count) break\(count == 1 ? "" : "s")" }

    /// `next break due at 09:40 (in 20m)` or `a break is overdue by 15m (due at 09:40)`.
    public static func due(_ now: StretchNow, zone: any ZoneRules) -> String {
        let at = clock(now.nextDueUTC, zone: zone, reference: now.nowUTC)
        let left = now.secondsToDue
        return left > 0 ? "next break due at \(at) (in \(DurationText.minutes(left + 59)))"
            : "a break is overdue by \(DurationText.minutes(-left)) (due at \(at))"
    }

    /// What to type to give the real end of a stale stretch, and how to drop it instead.
    public static let realEndAdvice = "give its real end with cramp stop --at TIME (e.g. --at 17:30 or --at \"yesterday 17:30\"), "
        + "or drop it with cramp stop --cancel"

    /// `past the stretch-limit of 12 h, so it is not counted`.
    public static func stale(_ now: StretchNow) -> String {
        "open \(DurationText.minutes(now.elapsedSeconds)), past the stretch-limit of \(now.limitHours) h, so it is not counted"
    }

    /// The `status` line.
    public static func status(_ now: StretchNow, zone: any ZoneRules) -> String {
        let head = since(now.stretch).capitalizedFirst
        guard !now.isStale else { return "\(head), \(stale(now)). When did it end? " + realEndAdvice.capitalizedFirst + "." }
        return "\(head), \(DurationText.minutes(now.elapsedSeconds)) so far, \(breaks(now.breaks)) taken; " + due(now, zone: zone)
    }

    /// The `status --short` line, for a shell prompt: `sitting 1h20m, break in 20m`, `sitting 55m, break overdue 15m`,
    /// `sitting open 25h: cramp stop --at TIME`.
    public static func short(_ now: StretchNow) -> String {
        let posture = now.stretch.posture.rawValue
        if now.isStale { return "\(posture) open \(DurationText.minutes(now.elapsedSeconds)): cramp stop --at TIME" }
        let left = now.secondsToDue
        let due = left > 0 ? "break in \(DurationText.minutes(left + 59))" : "break overdue \(DurationText.minutes(-left))"
        return "\(posture) \(DurationText.minutes(now.elapsedSeconds)), \(due)"
    }

    /// The `list --posture` line of the stretch under way.
    public static func listLine(_ now: StretchNow) -> String {
        let stretch = now.stretch
        var text = "#- \(stretch.posture.rawValue), \(EpisodeText.when(stretch.start)) to now, "
        text += now.isStale ? "under way but \(stale(now)) until its real end is given (cramp stop --at TIME)"
            : "\(DurationText.minutes(now.elapsedSeconds)) so far (under way), breaks taken: \(now.breaks)"
        if let note = stretch.note { text += ", note: \"\(EpisodeText.oneLine(note))\"" }
        return text
    }
}

extension String {
    /// The string with its first character in upper case.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
