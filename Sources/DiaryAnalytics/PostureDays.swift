import Diary

/// What the person logged about sitting, standing and breaks on one local date.
public struct PostureDay: Hashable, Sendable {
    /// The local date.
    public let date: CivilDate
    /// Seconds of standing that fell on this date.
    public var standingSeconds: Int
    /// Seconds of sitting that fell on this date.
    public var sittingSeconds: Int
    /// Breaks of the sessions that started on this date.
    public var breaks: BreakCount

    /// Creates a day.
    public init(date: CivilDate, standingSeconds: Int = 0, sittingSeconds: Int = 0, breaks: BreakCount = .zero) {
        self.date = date
        self.standingSeconds = standingSeconds
        self.sittingSeconds = sittingSeconds
        self.breaks = breaks
    }

    /// Standing, in hours.
    public var standingHours: Double { Double(standingSeconds) / 3600 }
    /// Sitting, in hours.
    public var sittingHours: Double { Double(sittingSeconds) / 3600 }
}

/// Posture sessions gathered into local dates. A date appears only when some session covers part
/// of it: a date without any is unknown, never "no standing".
public enum PostureDays {
    /// Every date any session touches, with its hours and breaks.
    ///
    /// Hours: a session counts toward each local date it covers, by the seconds it spent there, so
    /// a 22:00-02:00 standing session gives 2 h to each date. Local time is the session's stored
    /// start offset throughout; a clock change during a session moves the split by the change (at
    /// most an hour) but never the total.
    ///
    /// Breaks: expected breaks are whole intervals of the whole session, which cannot be split
    /// across midnight without inventing fractions, so a session's expected, taken and missed
    /// breaks all go to the date it started on.
    public static func aggregate(
        sessions: [PostureSession], breaks: [StretchBreak], intervalMinutes: Int
    ) -> [CivilDate: PostureDay] {
        var days: [CivilDate: PostureDay] = [:]
        for item in MissedBreaks.perSession(sessions: sessions, breaks: breaks, intervalMinutes: intervalMinutes) {
            let session = item.session
            for (date, seconds) in split(session) {
                var day = days[date] ?? PostureDay(date: date)
                switch session.posture {
                case .standing: day.standingSeconds += seconds
                case .sitting: day.sittingSeconds += seconds
                }
                days[date] = day
            }
            let startDate = session.start.local.date
            var day = days[startDate] ?? PostureDay(date: startDate)
            day.breaks = day.breaks + item.count
            days[startDate] = day
        }
        return days
    }

    /// The seconds of a session on each local date it covers, in order, at its start offset.
    public static func split(_ session: PostureSession) -> [(date: CivilDate, seconds: Int)] {
        let start = session.start.utc + Int64(session.start.offset)
        let end = start + Int64(max(0, session.durationSeconds))
        var parts: [(date: CivilDate, seconds: Int)] = []
        var cursor = start
        while cursor < end {
            let date = LocalDateTime(naiveEpochSeconds: cursor).date
            let nextMidnight = Int64(date.daysSinceEpoch + 1) * 86_400
            let stop = min(end, nextMidnight)
            parts.append((date, Int(stop - cursor)))
            cursor = stop
        }
        return parts
    }
}
