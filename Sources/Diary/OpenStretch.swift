/// A stretch of sitting or standing started as it happens (`cramp sit` with no duration) and not stopped yet.
///
/// Stopping it stores a `PostureSession` with no typed breaks: the breaks taken meanwhile are `cramp break`
/// rows, which count toward the session by their times, so nothing is counted twice.
public struct OpenStretch: Hashable, Sendable {
    public var id: Int64?
    public var posture: Posture
    /// When it started, with the offset in force then.
    public var start: Timestamp
    public var note: String?
    public var createdUTC: Int64

    /// Creates an open stretch value (not yet validated; see `validate()`).
    public init(id: Int64? = nil, posture: Posture, start: Timestamp, note: String? = nil, createdUTC: Int64 = 0) {
        self.id = id
        self.posture = posture
        self.start = start
        self.note = note
        self.createdUTC = createdUTC
    }

    /// Seconds from the start to `now`: UTC instants, so a clock change meanwhile neither adds nor takes an hour.
    public func elapsedSeconds(atUTC now: Int64) -> Int { Int(max(0, now - start.utc)) }

    /// True when it has been open longer than `limitHours` (setting `stretch-limit`): most likely it was never
    /// stopped, so it is not counted until its real end is given.
    public func isStale(atUTC now: Int64, limitHours: Int) -> Bool {
        elapsedSeconds(atUTC: now) > limitHours * 3600
    }

    /// The stretch as a finished session ending at `endUTC`; its breaks are the live ones, so none is typed.
    public func session(endingAtUTC endUTC: Int64) -> PostureSession {
        PostureSession(posture: posture, start: start, durationSeconds: Int(endUTC - start.utc), note: note)
    }

    /// Checks what the table enforces, so bad input is refused before any write.
    public func validate() throws(InputError) {
        guard DateBounds.contains(start.local.date) else {
            throw InputError(field: "start", value: start.iso8601, accepted: "a start dated \(DateBounds.text)")
        }
        if let note, note.unicodeScalars.count > Episode.maxNoteLength {
            throw InputError(field: "note", value: "\(note.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
    }
}

/// When stretch breaks are due, and whether one came in time (guidance: every 30-40 minutes, setting
/// `break-interval`, default 40; README.md, "Clinical basis").
public enum BreakSchedule {
    /// The next break is due one interval after the later of the stretch's start and its last break.
    public static func nextDue(startUTC: Int64, lastBreakUTC: Int64?, intervalMinutes: Int) -> Int64 {
        max(startUTC, lastBreakUTC ?? startUTC) + Int64(intervalMinutes) * 60
    }

    /// Live breaks of one stretch split into on time and late. On time: taken at most one break interval after
    /// the stretch's start or after the break before it; later than that it is late. `breaksUTC` need not be
    /// sorted; only breaks at or after the start are judged.
    public static func timeliness(startUTC: Int64, breaksUTC: [Int64], intervalMinutes: Int) -> (onTime: Int, late: Int) {
        var previous = startUTC
        var onTime = 0, late = 0
        for at in breaksUTC.sorted() where at >= startUTC {
            if at - previous <= Int64(intervalMinutes) * 60 { onTime += 1 } else { late += 1 }
            previous = at
        }
        return (onTime, late)
    }
}

/// The open stretch as it stands at one moment: how long it has run, its breaks, when the next is due, and
/// whether it is still believed. `status`, `status --short`, `remind` and the report all read it.
public struct StretchNow: Hashable, Sendable {
    public let stretch: OpenStretch
    /// The moment this describes.
    public let nowUTC: Int64
    /// Live breaks (`cramp break`) from its start to now.
    public let breaks: Int
    /// The last of them.
    public let lastBreakUTC: Int64?
    /// Setting `break-interval`.
    public let intervalMinutes: Int
    /// Setting `stretch-limit`.
    public let limitHours: Int

    /// Creates the reading.
    public init(stretch: OpenStretch, nowUTC: Int64, breaks: Int, lastBreakUTC: Int64?, intervalMinutes: Int, limitHours: Int) {
        self.stretch = stretch
        self.nowUTC = nowUTC
        self.breaks = breaks
        self.lastBreakUTC = lastBreakUTC
        self.intervalMinutes = intervalMinutes
        self.limitHours = limitHours
    }

    /// Seconds since the start, real time.
    public var elapsedSeconds: Int { stretch.elapsedSeconds(atUTC: nowUTC) }

    /// Open past the limit: not counted until its real end is given.
    public var isStale: Bool { stretch.isStale(atUTC: nowUTC, limitHours: limitHours) }

    /// When the next break is due.
    public var nextDueUTC: Int64 {
        BreakSchedule.nextDue(startUTC: stretch.start.utc, lastBreakUTC: lastBreakUTC, intervalMinutes: intervalMinutes)
    }

    /// Seconds until the next break is due; 0 or less once it is due (then minus how long it is overdue).
    public var secondsToDue: Int { Int(nextDueUTC - nowUTC) }

    /// The stretch as a session up to now, as the analytics count a stretch under way; nil when it is stale
    /// (not believed) or has not run a second yet.
    public var sessionSoFar: PostureSession? {
        guard !isStale, elapsedSeconds > 0 else { return nil }
        return stretch.session(endingAtUTC: nowUTC)
    }

    /// The same stretch read at another moment, with `addedBreaks` more breaks (the last at that moment).
    public func at(_ utc: Int64, addedBreaks: Int = 0) -> StretchNow {
        StretchNow(stretch: stretch, nowUTC: utc, breaks: breaks + addedBreaks,
                   lastBreakUTC: addedBreaks > 0 ? utc : lastBreakUTC, intervalMinutes: intervalMinutes, limitHours: limitHours)
    }
}

extension DurationText {
    /// Whole minutes, for a time still running: `0m`, `45m`, `1h`, `1h20m`, `25h`.
    public static func minutes(_ seconds: Int) -> String {
        let whole = max(0, seconds) / 60 * 60
        return whole == 0 ? "0m" : format(whole)
    }
}
