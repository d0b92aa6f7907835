#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diary
import Seeded
import DiaryStore

/// What generating one diary produced.
struct GeneratedDiary: Sendable {
    let path: String
    let shape: DiaryShape
    /// Rows written per table.
    let episodes: Int, triggers: Int, reliefs: Int, sessions: Int, breaks: Int, operations: Int
    /// Wall-clock seconds spent generating.
    let seconds: Double
    /// Size of the file on disk, in bytes.
    let bytes: Int64
}

/// Writes a synthetic diary: created and migrated by the store exactly as `cramp` would, then
/// filled in one transaction through prepared statements, every row journalled as `cramp` would.
///
/// Only the generator turns the rollback journal and syncing off (a crash just means generating
/// again); the finished file is switched back to WAL, the mode `cramp` keeps it in.
enum DiaryGenerator {
    static func generate(_ shape: DiaryShape, path: String) throws -> GeneratedDiary {
        let started = Stopwatch()
        Files.removeDiary(path)
        // The connection closes when `fill` returns, so the size below is the finished file's.
        let counts = try fill(shape, path: path)
        return GeneratedDiary(
            path: path, shape: shape, episodes: counts.episodes, triggers: counts.triggers, reliefs: counts.reliefs,
            sessions: counts.sessions, breaks: counts.breaks, operations: counts.operations,
            seconds: started.seconds, bytes: Files.size(path))
    }

    private static func fill(_ shape: DiaryShape, path: String) throws -> RowCounts {
        guard let file = try DiaryFile.open(path: path, create: true) else { preconditionFailure("create: true") }
        let db = file.db
        // MEMORY, not OFF: the store opens connections in defensive mode, which refuses journal_mode=OFF.
        guard try db.scalarText("PRAGMA journal_mode = MEMORY") == "memory" else {
            throw BenchError("SQLite refused journal_mode=MEMORY on \(path)")
        }
        try db.executeScript("PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        var writer = try RowWriter(db)
        let plans = DayPlans(shape)
        var random = SeededRandom(seed: shape.seed ^ 0xC4A3_9E11)
        let weights = plans.nightWeights(shape, random: &random)
        var perNight = Allocation.counts(total: shape.recentLike ?? shape.episodes, weights: weights, random: &random)
        if shape.recentLike != nil {
            let older = shape.days - DiaryShape.recentNights
            let recent = perNight[older...].reduce(0, +)
            let history = Allocation.counts(
                total: max(0, shape.episodes - recent), weights: Array(weights[..<older]), random: &random)
            perNight.replaceSubrange(0..<older, with: history)
        }
        let nowUTC = CentralEuropeanZone().timestamp(local: shape.now).utc
        let factory = NightEpisodes(nowUTC: nowUTC)
        let first = shape.firstEvening
        try db.transaction {
            // Day by day, so ids and the journal run in time order as in a diary kept live.
            for day in 0..<shape.days {
                let date = first.adding(days: day)
                for plan in plans.sessions[day] { try writer.session(plan, on: date, nowUTC: nowUTC) }
                for event in BenchMedicines.events(onDay: day, date: date) where event.at.utc <= nowUTC {
                    try writer.medicine(event)
                }
                // Each night draws from its own stream, so a night with the same count and the same day
                // before gets the same episodes in any diary of this seed: the history diary's last year is
                // then the small diary's, episode for episode.
                var nightRandom = SeededRandom(seed: shape.seed ^ 0xE915_0DE5 &+ UInt64(day) &* 0x9E37_79B9_7F4A_7C15)
                let episodes = factory.make(
                    count: perNight[day], evening: date, standingHours: plans.standingHours[day], random: &nightRandom)
                for episode in episodes { try writer.episode(episode) }
            }
        }
        guard try db.scalarText("PRAGMA journal_mode = WAL") == "wal" else {
            throw BenchError("SQLite refused to put \(path) back in WAL mode")
        }
        return writer.counts
    }
}

/// Rows written per table.
struct RowCounts {
    var episodes = 0, triggers = 0, reliefs = 0, sessions = 0, breaks = 0, operations = 0, medicineEvents = 0
}

/// The prepared inserts, reused for every row; the SQL matches the store's repositories and journal.
private struct RowWriter {
    let episodeInsert, triggerInsert, reliefInsert, sessionInsert, breakInsert, operationInsert, changeInsert: Statement
    let medicineInsert: Statement
    let db: Database
    var counts = RowCounts()

    init(_ db: Database) throws {
        self.db = db
        episodeInsert = try db.prepare("""
            INSERT INTO episode (kind, start_utc, utc_offset, leg, site, duration_s, intensity, woke, note,
                                 created_utc, updated_utc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        triggerInsert = try db.prepare("INSERT INTO episode_trigger (episode_id, position, name) VALUES (?, ?, ?)")
        reliefInsert = try db.prepare(
            "INSERT INTO episode_relief (episode_id, position, name, outcome) VALUES (?, ?, ?, ?)")
        sessionInsert = try db.prepare("""
            INSERT INTO posture_session (posture, start_utc, utc_offset, duration_s, breaks_taken, note,
                                         created_utc, updated_utc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        breakInsert = try db.prepare("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (?, ?, ?)")
        medicineInsert = try db.prepare("""
            INSERT INTO medicine_event (name, action, dose, at_utc, utc_offset, note, created_utc, updated_utc)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        operationInsert = try db.prepare("INSERT INTO operation (command, summary, at_utc) VALUES (?, ?, ?)")
        changeInsert = try db.prepare("""
            INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (?, 0, ?, ?, 'insert')
            """)
    }

    mutating func episode(_ value: Episode) throws {
        try episodeInsert.bind([
            value.kind.rawValue, value.start.utc, value.start.offset, value.leg.rawValue, value.site?.rawValue,
            value.durationSeconds, value.intensity, value.woke.rawValue, value.note, value.createdUTC, value.updatedUTC,
        ]).run()
        let id = db.lastInsertRowID
        for (position, trigger) in value.triggers.enumerated() {
            try triggerInsert.bind([id, position, trigger.name]).run()
        }
        for (position, relief) in value.reliefs.enumerated() {
            try reliefInsert.bind([id, position, relief.name, relief.outcome.rawValue]).run()
        }
        var stored = value
        stored.id = id
        try journal("log", "logged " + EpisodeText.line(stored, window: .standard), at: value.createdUTC,
                    target: "episode", rowID: id)
        counts.episodes += 1
        counts.triggers += value.triggers.count
        counts.reliefs += value.reliefs.count
    }

    mutating func session(_ plan: PlannedSession, on date: CivilDate, nowUTC: Int64) throws {
        let zone = CentralEuropeanZone()
        let local = LocalDateTime(naiveEpochSeconds: Int64(date.daysSinceEpoch) * 86_400 + Int64(plan.startSecond))
        let start = zone.timestamp(local: local)
        let end = start.utc + Int64(plan.durationSeconds)
        if plan.loggedLive {
            // Breaks logged live with `cramp break`, spread through the session; none counted in the session.
            for index in 0..<plan.breaks {
                let at = zone.timestamp(utc: start.utc + Int64(plan.durationSeconds * (index + 1) / (plan.breaks + 1)))
                try breakInsert.bind([at.utc, at.offset, min(at.utc, nowUTC)]).run()
                try journal("break", "break at " + EpisodeText.when(at), at: min(at.utc, nowUTC),
                            target: "stretch_break", rowID: db.lastInsertRowID)
                counts.breaks += 1
            }
        }
        // `cramp sit 2h --breaks 1` is typed when the session ends.
        let created = min(end + 60, nowUTC)
        var session = PostureSession(
            posture: plan.posture, start: start, durationSeconds: plan.durationSeconds,
            breaksTaken: plan.loggedLive ? 0 : plan.breaks, createdUTC: created, updatedUTC: created)
        try sessionInsert.bind([
            session.posture.rawValue, start.utc, start.offset, session.durationSeconds, session.breaksTaken,
            session.note, created, created,
        ]).run()
        session.id = db.lastInsertRowID
        try journal(plan.posture == .sitting ? "sit" : "stand", "recorded " + EpisodeText.line(session), at: created,
                    target: "posture_session", rowID: session.id!)
        counts.sessions += 1
    }

    /// One step of the medicine timeline, journalled as `cramp med start|change|stop` would.
    mutating func medicine(_ value: MedicineEvent) throws {
        try medicineInsert.bind([
            value.name, value.action.rawValue, value.dose, value.at.utc, value.at.offset, value.note, value.createdUTC,
            value.updatedUTC,
        ]).run()
        var stored = value
        stored.id = db.lastInsertRowID
        try journal("med \(value.action.rawValue)", MedicineText.line(stored), at: value.createdUTC, target: "medicine_event",
                    rowID: stored.id!)
        counts.medicineEvents += 1
    }

    private mutating func journal(_ command: String, _ summary: String, at: Int64, target: String, rowID: Int64) throws {
        try operationInsert.bind([command, summary, at]).run()
        try changeInsert.bind([db.lastInsertRowID, target, rowID]).run()
        counts.operations += 1
    }
}
