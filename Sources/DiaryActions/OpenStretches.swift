import Diary
import DiaryAnalytics
import DiaryStore

/// A stretch `sit` or `stand` started with no duration.
public struct StartedStretch: Sendable {
    /// The new open stretch, with its id.
    public let stretch: OpenStretch
    /// The stretch of the other posture that was open and was stopped at the same moment, stored as a session.
    public let ended: StoppedStretch?
    /// The break interval setting, in minutes.
    public let breakIntervalMinutes: Int
}

/// An open stretch `stop` ended and stored as a session.
public struct StoppedStretch: Sendable {
    /// The stored session, with its id.
    public let session: PostureSession
    /// Breaks logged live (`cramp break`) inside it.
    public let liveBreaks: Int
    /// Breaks the setting expects in a stretch that long.
    public let expectedBreaks: Int
    /// The break interval setting, in minutes.
    public let breakIntervalMinutes: Int

    /// `#3 sitting 1h20m, Sat 2026-11-21 08:00 +01:00 to 09:20, breaks taken: 1 (1 logged live)`.
    public var line: String { EpisodeText.line(session, liveBreaks: liveBreaks) }
}

extension Actions {
    /// Starts a stretch of `posture` at `at` (default: now). An open stretch of the other posture is stopped at
    /// the same moment, in the same transaction, so one `undo` reverts both.
    public func startStretch(_ posture: Posture, at: Timestamp? = nil, note: String? = nil) throws -> StartedStretch {
        let start = at ?? clock.now
        var stretch = OpenStretch(posture: posture, start: start, note: note)
        try stretch.validate()
        let file = try fileForWriting()
        let now = clock.nowUTC
        let settings = try SettingsRepository(file.db).load()
        return try file.journaled(posture == .sitting ? "sit" : "stand", nowUTC: now) { operation in
            var ended: StoppedStretch?
            if let open = try OpenStretchRepository(file.db).current() {
                guard open.posture != posture else {
                    throw InputError(field: posture == .sitting ? "sit" : "stand", value: "already " + StretchText.since(open),
                                     accepted: "one open stretch at a time",
                                     hint: "it goes on; cramp stop ends it, cramp \(open.posture == .sitting ? "stand" : "sit") switches")
                }
                ended = try stop(open, atUTC: start.utc, explicitEnd: at != nil, settings: settings, file, operation)
            }
            try PostureOverlap.refuse(file.db, fromUTC: start.utc, toUTC: max(now, start.utc + 1), field: "--at",
                                      value: EpisodeText.when(start), openStretch: nil)
            let id = try OpenStretchRepository(file.db).insert(stretch, nowUTC: now)
            try operation.inserted(.openStretch, rowID: id)
            stretch.id = id
            stretch.createdUTC = now
            let started = "started \(posture.rawValue) at \(EpisodeText.when(start))"
            return (StartedStretch(stretch: stretch, ended: ended, breakIntervalMinutes: settings.breakIntervalMinutes),
                    ended.map { "stopped \($0.session.posture.rawValue): recorded \($0.line); " + started } ?? started)
        }
    }

    /// Stops the open stretch at `at` (default: now) and stores it as a session, in one transaction.
    public func stopStretch(at: Timestamp? = nil) throws -> StoppedStretch {
        guard let file = try existingFile() else { throw Actions.noStretchOpen("stop") }
        let settings = try SettingsRepository(file.db).load()
        return try file.journaled("stop", nowUTC: clock.nowUTC) { operation in
            guard let open = try OpenStretchRepository(file.db).current() else { throw Actions.noStretchOpen("stop") }
            let stopped = try stop(open, atUTC: (at ?? clock.now).utc, explicitEnd: at != nil, settings: settings, file, operation)
            return (stopped, "stopped \(open.posture.rawValue): recorded " + stopped.line)
        }
    }

    /// Drops the open stretch without storing it (a stretch started by mistake, or one whose end is not known).
    public func cancelStretch() throws -> OpenStretch {
        guard let file = try existingFile() else { throw Actions.noStretchOpen("stop --cancel") }
        return try file.journaled("stop --cancel", nowUTC: clock.nowUTC) { operation in
            guard let open = try OpenStretchRepository(file.db).current(), let id = open.id else {
                throw Actions.noStretchOpen("stop --cancel")
            }
            try operation.willChange(.openStretch, rowID: id, .delete)
            try OpenStretchRepository(file.db).delete(id: id)
            return (open, "dropped the stretch " + StretchText.since(open) + " (not recorded)")
        }
    }

    /// Ends `open` at `endUTC` inside the caller's transaction: the open row goes, a session takes its place.
    private func stop(_ open: OpenStretch, atUTC endUTC: Int64, explicitEnd: Bool, settings: Settings,
                      _ file: DiaryFile, _ operation: Journal.Operation) throws -> StoppedStretch {
        let field = explicitEnd ? "--at" : "the end"
        let endText = EpisodeText.when(clock.zone.timestamp(utc: endUTC))
        // A stretch open past the limit most likely was never stopped: "now" is not its end, so it is asked for.
        if !explicitEnd, open.isStale(atUTC: endUTC, limitHours: settings.stretchLimitHours) {
            throw InputError(field: field, value: "now, \(DurationText.minutes(open.elapsedSeconds(atUTC: endUTC))) after the "
                                 + "\(open.posture.rawValue) stretch began on \(EpisodeText.when(open.start))",
                             accepted: "an end within the stretch-limit of \(settings.stretchLimitHours) h, or a real end given",
                             hint: StretchText.realEndAdvice)
        }
        var session = open.session(endingAtUTC: endUTC)
        guard PostureSession.durationRange.contains(session.durationSeconds) else {
            let tooShort = session.durationSeconds < PostureSession.durationRange.lowerBound
            throw InputError(field: field, value: endText,
                             accepted: tooShort ? "an end at least 1 minute after the start (\(EpisodeText.when(open.start)))"
                                 : "an end at most 24 h after the start (\(EpisodeText.when(open.start)))",
                             hint: tooShort ? "to drop a stretch started by mistake: cramp stop --cancel" : StretchText.realEndAdvice)
        }
        try session.validate()
        guard let openID = open.id else { preconditionFailure("a stored open stretch has an id") }
        try operation.willChange(.openStretch, rowID: openID, .delete)
        try OpenStretchRepository(file.db).delete(id: openID)
        try PostureOverlap.refuse(file.db, fromUTC: session.start.utc, toUTC: endUTC, field: field, value: endText, openStretch: nil)
        let now = clock.nowUTC
        let id = try PostureRepository(file.db).insert(session, nowUTC: now)
        try operation.inserted(.postureSession, rowID: id)
        session.id = id
        session.createdUTC = now
        session.updatedUTC = now
        let live = try BreakRepository(file.db).countAndLast(fromUTC: session.start.utc, throughUTC: endUTC).count
        let interval = settings.breakIntervalMinutes
        return StoppedStretch(session: session, liveBreaks: live,
                              expectedBreaks: MissedBreaks.expected(durationSeconds: session.durationSeconds, intervalMinutes: interval),
                              breakIntervalMinutes: interval)
    }

    /// The refusal of `stop` (or `remind`) with nothing open.
    public static func noStretchOpen(_ command: String) -> InputError {
        InputError(field: command, value: "no stretch is open", accepted: "a stretch started with cramp sit or cramp stand (no duration)",
                   hint: "start one with cramp sit; to record one that already ended: cramp sit 2h --at 17:00")
    }

    /// The open stretch as it stands now, read the fast way (`status --short`: no migration, no write).
    public func glance() throws -> StretchNow? {
        guard let found = try StretchGlance.read(path: path, nowUTC: clock.nowUTC) else { return nil }
        var stored: [String: String] = [:]
        stored[SettingKey.breakInterval.rawValue] = found.storedInterval
        stored[SettingKey.stretchLimit.rawValue] = found.storedLimit
        let settings = Settings(stored: stored)
        return StretchNow(stretch: found.stretch, nowUTC: clock.nowUTC, breaks: found.breaks, lastBreakUTC: found.lastBreakUTC,
                          intervalMinutes: settings.breakIntervalMinutes, limitHours: settings.stretchLimitHours)
    }
}

extension DiaryReader {
    /// The open stretch as it stands now when it counts for one of the nights of `range` (the night after the day
    /// it started on, as a recorded stretch does); nil otherwise.
    public func stretchNow(countedIn range: NightRange) throws -> StretchNow? {
        try stretchNow().flatMap { range.contains(Night(evening: $0.stretch.start.local.date)) ? $0 : nil }
    }

    /// The open stretch as it stands now; nil when none is open.
    public func stretchNow() throws -> StretchNow? {
        guard let file else { return nil }
        do {
            guard let stretch = try OpenStretchRepository(file.db).current() else { return nil }
            let settings = try SettingsRepository(file.db).load()
            let breaks = try BreakRepository(file.db).countAndLast(fromUTC: stretch.start.utc, throughUTC: clock.nowUTC)
            return StretchNow(stretch: stretch, nowUTC: clock.nowUTC, breaks: breaks.count, lastBreakUTC: breaks.last,
                              intervalMinutes: settings.breakIntervalMinutes, limitHours: settings.stretchLimitHours)
        } catch let error as SQLiteError {
            throw StoreError(error, path: path)
        }
    }
}
