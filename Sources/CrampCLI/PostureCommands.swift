import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp sit DURATION`: a stretch of sitting that just ended (or ended `--at`).
    struct Sit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a stretch of sitting, e.g. cramp sit 2h --breaks 1.")
        @OptionGroup var session: PostureOptions
        func run() throws { try session.record(.sitting) }
    }

    /// `cramp stand DURATION`: a stretch of standing.
    struct Stand: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a stretch of standing, e.g. cramp stand 3h --at 17:00.")
        @OptionGroup var session: PostureOptions
        func run() throws { try session.record(.standing) }
    }
}

/// What `sit` and `stand` share: the duration, when it ended, breaks taken.
struct PostureOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("How long: 45m, 2h, 1h30m, 1.5h (m is minutes).", valueName: "duration"))
    var duration: String

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "When it ended: now (default), 17:00, 5pm, yesterday 18:30, 20m ago.", valueName: "end"))
    var at: String?

    // Text, not Int: a bad count (`-1`, `two`) gets the same one-line refusal as every other field.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Stretch breaks you took during it (default 0).", valueName: "n"))
    var breaks: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("A note.", valueName: "text"))
    var note: String?

    static func parseBreaks(_ text: String) throws(InputError) -> Int {
        guard let count = Int(text.trimmingSpaces), PostureSession.breaksRange.contains(count) else {
            throw InputError(field: "--breaks", value: text, accepted: "a whole number from 0 to 1000")
        }
        return count
    }

    func record(_ posture: Posture) throws {
        let context = try Context(global)
        let seconds = try DurationText.parse(duration, field: "duration")
        let breaksTaken = try breaks.map(PostureOptions.parseBreaks) ?? 0
        let end = try at.map { try When.parse($0, clock: context.clock, field: "--at") } ?? context.clock.now
        // The start carries the offset in force at the start, which differs from the end's across a clock change.
        let start = context.clock.zone.timestamp(utc: end.utc - Int64(seconds))
        var draft = EpisodeDraft()
        if let note { try draft.setNote(note) }
        var session = PostureSession(posture: posture, start: start, durationSeconds: seconds, breaksTaken: breaksTaken,
                                     note: draft.note ?? nil)
        try session.validate()
        let file = try context.openForWriting()
        let settings = try SettingsRepository(file.db).load()
        let now = context.clock.nowUTC
        session.id = try file.write {
            let id = try PostureRepository(file.db).insert(session, nowUTC: now)
            session.id = id
            let operation = try Journal(file.db).begin(command: posture == .sitting ? "sit" : "stand", nowUTC: now)
            try operation.inserted(.postureSession, rowID: id)
            try operation.describe("recorded " + EpisodeText.line(session))
            return id
        }
        let expected = seconds / (settings.breakIntervalMinutes * 60)
        context.console.message("recorded " + EpisodeText.line(session)
            + " (\(expected) expected at one every \(settings.breakIntervalMinutes) min); undo: cramp undo")
    }
}
