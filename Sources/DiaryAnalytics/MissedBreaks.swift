import Diary

/// Stretch breaks expected, taken and missed, for a session or a day.
public struct BreakCount: Hashable, Sendable {
    /// Whole break intervals in the time sat or stood.
    public var expected: Int
    /// Breaks the person said they took plus breaks logged live inside the session.
    public var taken: Int
    /// Expected minus taken, never below 0, per session (so extra breaks in one session do not
    /// pay for missed ones in another).
    public var missed: Int
    /// Of the breaks logged live, those taken within one break interval of the stretch's start or of the
    /// break before (`BreakSchedule.timeliness`); breaks typed as a count have no times and are in neither.
    public var onTime: Int
    /// Of the breaks logged live, those taken later than that.
    public var late: Int

    /// Creates a count.
    public init(expected: Int, taken: Int, missed: Int, onTime: Int = 0, late: Int = 0) {
        self.expected = expected
        self.taken = taken
        self.missed = missed
        self.onTime = onTime
        self.late = late
    }

    /// Nothing expected, taken or missed.
    public static let zero = BreakCount(expected: 0, taken: 0, missed: 0)

    /// Adds two counts field by field.
    public static func + (a: BreakCount, b: BreakCount) -> BreakCount {
        BreakCount(expected: a.expected + b.expected, taken: a.taken + b.taken, missed: a.missed + b.missed,
                   onTime: a.onTime + b.onTime, late: a.late + b.late)
    }
}

/// One posture session with its break count.
public struct SessionBreaks: Hashable, Sendable {
    /// The session.
    public let session: PostureSession
    /// Breaks logged live with `cramp break` that fell inside it.
    public let liveBreaks: Int
    /// Expected, taken (its own `breaksTaken` plus `liveBreaks`) and missed.
    public let count: BreakCount
}

/// Missed stretch breaks (guidance: stand up and stretch every 30-40 minutes; default 40;
/// README.md, "Clinical basis").
///
/// None of this was tested against cramps; the report shows missed breaks as a pattern to check.
public enum MissedBreaks {
    /// Whole break intervals in a duration: 2 h at 40 min expects 3 breaks, 79 min expects 1.
    public static func expected(durationSeconds: Int, intervalMinutes: Int) -> Int {
        precondition(intervalMinutes > 0, "break interval must be positive")
        return max(0, durationSeconds) / (intervalMinutes * 60)
    }

    /// Every session with its count, in the order given.
    ///
    /// A live break counts toward the session it falls in, ends included (a break logged as the
    /// person stands up at the end of a sitting spell belongs to it). When sessions overlap, the
    /// break goes to the earliest-starting one only, so it is never counted twice. Breaks outside
    /// every session count toward nothing.
    public static func perSession(
        sessions: [PostureSession], breaks: [StretchBreak], intervalMinutes: Int
    ) -> [SessionBreaks] {
        let order = sessions.indices.sorted { (sessions[$0].start.utc, $0) < (sessions[$1].start.utc, $1) }
        let starts = order.map { sessions[$0].start.utc }
        var live = [[Int64]](repeating: [], count: sessions.count)
        let longest = Int64(PostureSession.durationRange.upperBound)
        for stretch in breaks {
            let at = stretch.at.utc
            // Sessions last at most a day, so only those starting in the day before can hold it.
            var position = lowerBound(starts, at - longest)
            while position < order.count, starts[position] <= at {
                let index = order[position]
                if at <= sessions[index].end.utc {
                    live[index].append(at)
                    break
                }
                position += 1
            }
        }
        return sessions.indices.map { index in
            let session = sessions[index]
            let expected = expected(durationSeconds: session.durationSeconds, intervalMinutes: intervalMinutes)
            let taken = session.breaksTaken + live[index].count
            let timing = BreakSchedule.timeliness(startUTC: session.start.utc, breaksUTC: live[index], intervalMinutes: intervalMinutes)
            return SessionBreaks(
                session: session, liveBreaks: live[index].count,
                count: BreakCount(expected: expected, taken: taken, missed: max(0, expected - taken),
                                  onTime: timing.onTime, late: timing.late)
            )
        }
    }

    /// First position in a sorted array whose value is at least `value`.
    private static func lowerBound(_ sorted: [Int64], _ value: Int64) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
