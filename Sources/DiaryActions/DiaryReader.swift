import Diary
import DiaryAnalytics
import DiaryStore

/// Reads the diary for the commands that only show it; over a diary that does not exist yet every read is
/// empty and the settings are the defaults, so a new person gets a friendly answer and no file is created.
public struct DiaryReader {
    let file: DiaryFile?
    /// The diary file.
    public let path: String
    /// "Now" and the local zone.
    public let clock: Clock

    /// True when the diary exists.
    public var exists: Bool { file != nil }

    /// What a reader should tell the person before showing what it read: damage, a wiped or a lost diary.
    public var warning: DiaryWarning? {
        if let damage = file?.damage {
            return .damaged(detail: damage, newestBackup: Backup.newest(forDiary: path))
        }
        guard file == nil else { return nil }
        let size = Actions.size(path)
        if size == 0 { return .wiped(newestBackup: Backup.newest(forDiary: path)) }
        if size == nil, let newest = Backup.newest(forDiary: path) { return .missing(newestBackup: newest) }
        return nil
    }

    /// Settings the person changed (key → value as stored).
    public func storedSettings() throws -> [String: String] {
        try reading { try $0.map { try SettingsRepository($0.db).stored() } ?? [:] }
    }

    /// Settings in force: defaults overlaid with the stored values.
    public func settings() throws -> Settings { Settings(stored: try storedSettings()) }

    /// The stored episode `id`, or the not-found refusal.
    public func episode(id: Int64) throws -> Episode {
        guard let episode = try reading({ try $0.flatMap { try EpisodeRepository($0.db).fetch(id: id) } }) else {
            throw EpisodeNumber.notFound(id)
        }
        return episode
    }

    /// Number of stored episodes.
    public func episodeCount() throws -> Int {
        try reading { try $0.map { try EpisodeRepository($0.db).count() } ?? 0 }
    }

    /// The most recently started episode.
    public func latestEpisode() throws -> Episode? {
        try reading { try $0.flatMap { try EpisodeRepository($0.db).latest() } }
    }

    /// Start of the earliest episode.
    public func earliestStart() throws -> Timestamp? {
        try reading { try $0.flatMap { try EpisodeRepository($0.db).earliestStart() } }
    }

    /// The nights `expression` means today; `all` runs from the diary's first night to its last (or tonight),
    /// counting episodes, or with `posture` sitting and standing stretches (each counted for the night after
    /// the day it started on, as `postureSessions(in:)` does).
    public func nights(_ expression: PeriodExpression, window: NightWindow, posture: Bool = false) throws -> NightRange {
        let current = clock.currentNight(window: window)
        guard expression == .all else { return expression.resolve(currentNight: current, earliest: nil) }
        if posture {
            let span = try reading { try $0.flatMap { try PostureRepository($0.db).firstAndLast() } }
            return expression.resolve(currentNight: current, earliest: span.map { Night(evening: $0.first.start.local.date) },
                                      latest: span.map { Night(evening: $0.last.start.local.date) })
        }
        let earliest = try earliestStart().map { window.night(of: $0.local) }
        let latest = try latestEpisode().map { window.night(of: $0.start.local) }
        return expression.resolve(currentNight: current, earliest: earliest, latest: latest)
    }

    /// The episodes belonging to the nights of `range`, oldest first.
    public func episodes(in range: NightRange, window: NightWindow) throws -> [Episode] {
        let bounds = range.utcBounds
        let episodes = try reading { try $0.map { try EpisodeRepository($0.db).episodes(fromUTC: bounds.from, toUTC: bounds.to) } ?? [] }
        return episodes.filter { range.contains(window.night(of: $0.start.local)) }
    }

    /// The sitting and standing stretches counted for the nights of `range` (a stretch counts for the night
    /// after the day it started on: its exposure).
    public func postureSessions(in range: NightRange) throws -> [PostureSession] {
        let bounds = range.utcBounds
        let sessions = try reading {
            try $0.map { try PostureRepository($0.db).sessions(overlappingFromUTC: bounds.from, toUTC: bounds.to) } ?? []
        }
        return sessions.filter { range.contains(Night(evening: $0.start.local.date)) }
    }

    /// The stretches of `range` (as `postureSessions(in:)`) with the breaks logged live inside each, counted by
    /// the report's rule (`MissedBreaks.perSession`: a break counts once, toward the first stretch holding it).
    public func postureSessionsWithBreaks(in range: NightRange, intervalMinutes: Int) throws -> [SessionBreaks] {
        let sessions = try postureSessions(in: range)
        guard let first = sessions.first?.start.utc, let last = sessions.map(\.end.utc).max() else { return [] }
        let breaks = try reading { try $0.map { try BreakRepository($0.db).breaks(fromUTC: first, toUTC: last + 1) } ?? [] }
        return MissedBreaks.perSession(sessions: sessions, breaks: breaks, intervalMinutes: intervalMinutes)
    }

    /// Calls `body` for each episode starting in `fromUTC ..< toUTC`, oldest first, one in memory at a time.
    public func forEachEpisode(fromUTC: Int64, toUTC: Int64, _ body: (Episode) throws -> Void) throws {
        try reading { try $0.map { try EpisodeRepository($0.db).forEach(fromUTC: fromUTC, toUTC: toUTC, body) } }
    }

    /// Calls `body` for each sitting or standing stretch starting in `fromUTC ..< toUTC`, oldest first.
    public func forEachPostureSession(fromUTC: Int64, toUTC: Int64, _ body: (PostureSession) throws -> Void) throws {
        try reading { try $0.map { try PostureRepository($0.db).forEach(fromUTC: fromUTC, toUTC: toUTC, body) } }
    }

    /// Exactly the rows a report over `period` needs, through the start-time indexes, so its cost follows the
    /// period's length and not the diary's size; `counting` widens the episodes counted per night (the
    /// summary's 60-night trend).
    public func reportInput(period: NightRange, settings: Settings,
                            counting extra: (from: Int64, to: Int64)? = nil) throws -> ReportInput {
        let currentNight = clock.currentNight(window: settings.nightWindow)
        let rows = ReportInput.rows(period: period, currentNight: currentNight, settings: settings)
        guard let file else {
            return ReportInput(period: period, currentNight: currentNight, settings: settings,
                               episodes: [], postureSessions: [], stretchBreaks: [],
                               keeping: DiaryKeeping(rule: settings.keeping, firstRecord: nil))
        }
        let keeping = try keeping(settings: settings)
        let counted = min(rows.episodes.lowerBound, extra?.from ?? .max) ..< max(rows.episodes.upperBound, extra?.to ?? .min)
        let listed = rows.episodeLists.clamped(to: counted)
        return try reading { _ in
            // Whole episodes where the report reads their details; outside, the nights only need counts,
            // and an outline costs a fraction of an episode to read (no note, no lists, no text).
            let repository = EpisodeRepository(file.db)
            let episodes = try repository.episodes(fromUTC: listed.lowerBound, toUTC: listed.upperBound)
            let outlines = try repository.outlines(fromUTC: counted.lowerBound, toUTC: listed.lowerBound)
                + repository.outlines(fromUTC: listed.upperBound, toUTC: counted.upperBound)
            let sessions = try PostureRepository(file.db).sessions(
                overlappingFromUTC: rows.postureSessions.lowerBound, toUTC: rows.postureSessions.upperBound)
            let breaks = try BreakRepository(file.db).breaks(fromUTC: rows.stretchBreaks.lowerBound,
                                                              toUTC: rows.stretchBreaks.upperBound)
            return ReportInput(period: period, currentNight: currentNight, settings: settings, episodes: episodes,
                               outlines: outlines, postureSessions: sessions, stretchBreaks: breaks, keeping: keeping,
                               openStretch: try stretchNow())
        }
    }

    /// What decides which nights were kept: the rule (setting `keeping`), the night of the first record under the
    /// night window of `settings`, every marked gap (earliest first), every check-in (earliest night first) and the
    /// nights of every trial (strict keeping over them).
    /// An absent diary has no first record.
    public func keeping(settings: Settings) throws -> DiaryKeeping {
        guard let file else { return DiaryKeeping(rule: settings.keeping, firstRecord: nil) }
        return try reading { _ in
            DiaryKeeping(rule: settings.keeping,
                         firstRecord: try FirstRecord.night(in: file.db, window: settings.nightWindow),
                         gaps: try KeepingGapRepository(file.db).all(), checkIns: try CheckInRepository(file.db).all(),
                         strictNights: try TrialRepository(file.db).all().map(\.nights))
        }
    }

    /// Every step of the medicine timeline, earliest first; none in an absent diary.
    public func medicineEvents() throws -> [MedicineEvent] {
        try reading { file in try file.map { try MedicineEventRepository($0.db).all() } ?? [] }
    }

    /// The trigger and relief names already in the diary, most used first; none in an absent diary.
    public func usedNames() throws -> UsedNames? {
        try reading { file in try file.map { try UsedNames($0.db) } }
    }

    /// Runs a read, naming the diary in any SQLite failure.
    func reading<T>(_ body: (DiaryFile?) throws -> T) throws -> T {
        do {
            return try body(file)
        } catch let error as SQLiteError {
            throw StoreError(error, path: path)
        }
    }
}

extension DiaryReader {
    /// The nights table of `expression`, one row per complete night: `all` runs from the diary's first record to
    /// last night; a period is cut at last night, as a night under way has no count yet.
    public func nightRows(_ expression: PeriodExpression) throws -> (range: NightRange?, rows: [NightRow]) {
        let settings = try settings()
        let lastComplete = clock.currentNight(window: settings.nightWindow).adding(-1)
        let asked: NightRange?
        if expression == .all {
            asked = try keeping(settings: settings).firstRecord.flatMap { NightRange(from: $0, to: lastComplete) }
        } else {
            asked = try nights(expression, window: settings.nightWindow)
        }
        guard let asked else { return (nil, []) }
        let input = try reportInput(period: asked, settings: settings)
        return (asked, Report.nightRows(input: input, through: lastComplete))
    }
}
