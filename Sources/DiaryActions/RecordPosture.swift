import Diary
import DiaryStore

/// A stretch of sitting or standing as `sit` or `stand` stored it.
public struct RecordedPosture: Sendable {
    public let session: PostureSession
    /// Breaks the setting expects in a stretch that long.
    public let expectedBreaks: Int
    /// The break interval setting, in minutes.
    public let breakIntervalMinutes: Int
}

/// A stretch break as `break` stored it.
public struct RecordedBreak: Sendable {
    public let id: Int64
    public let at: Timestamp
    /// The sitting or standing stretch it counts toward, if it fell in one.
    public let during: PostureSession?
    /// The open stretch it counts toward, if it fell in the one under way.
    public let duringOpen: StretchNow?
}

extension Actions {
    /// Records a stretch of `posture` lasting `durationSeconds` that ended at `end` (default: now).
    public func recordPosture(_ posture: Posture, durationSeconds: Int, endingAt end: Timestamp? = nil,
                              breaksTaken: Int = 0, note: String? = nil) throws -> RecordedPosture {
        let end = end ?? clock.now
        // The start carries the offset in force at the start, which differs from the end's across a clock change.
        let start = clock.zone.timestamp(utc: end.utc - Int64(durationSeconds))
        var session = PostureSession(posture: posture, start: start, durationSeconds: durationSeconds,
                                     breaksTaken: breaksTaken, note: note)
        try session.validate()
        let file = try fileForWriting()
        let interval = try SettingsRepository(file.db).load().breakIntervalMinutes
        let now = clock.nowUTC
        session.id = try file.journaled(posture == .sitting ? "sit" : "stand", nowUTC: now) { operation in
            try PostureOverlap.refuse(file.db, fromUTC: start.utc, toUTC: end.utc, field: "the stretch",
                                      value: "\(EpisodeText.when(start)) to \(EpisodeText.when(end))",
                                      openStretch: try OpenStretchRepository(file.db).current())
            let id = try PostureRepository(file.db).insert(session, nowUTC: now)
            try operation.inserted(.postureSession, rowID: id)
            session.id = id
            return (id, "recorded " + EpisodeText.line(session))
        }
        return RecordedPosture(session: session, expectedBreaks: durationSeconds / (interval * 60),
                               breakIntervalMinutes: interval)
    }

    /// Records a stretch break taken at `at` (default: now).
    public func recordBreak(at: Timestamp? = nil) throws -> RecordedBreak {
        let when = at ?? clock.now
        let file = try fileForWriting()
        let id = try file.journaled("break", nowUTC: clock.nowUTC) { operation in
            let id = try BreakRepository(file.db).insert(StretchBreak(at: when), nowUTC: clock.nowUTC)
            try operation.inserted(.stretchBreak, rowID: id)
            return (id, "recorded stretch break #\(id) at \(EpisodeText.when(when))")
        }
        let during = try PostureRepository(file.db).sessions(overlappingFromUTC: when.utc, toUTC: when.utc + 1).first
        var duringOpen: StretchNow?
        if during == nil, let open = try OpenStretchRepository(file.db).current(), open.start.utc <= when.utc {
            // As of the break: it is the last one, and the next is due an interval after it.
            let settings = try SettingsRepository(file.db).load()
            let breaks = try BreakRepository(file.db).countAndLast(fromUTC: open.start.utc, throughUTC: when.utc)
            duringOpen = StretchNow(stretch: open, nowUTC: when.utc, breaks: breaks.count, lastBreakUTC: breaks.last,
                                    intervalMinutes: settings.breakIntervalMinutes, limitHours: settings.stretchLimitHours)
        }
        return RecordedBreak(id: id, at: when, during: during, duringOpen: duringOpen)
    }
}
