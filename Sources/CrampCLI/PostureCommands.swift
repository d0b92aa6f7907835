import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp sit DURATION`: a stretch of sitting that just ended (or ended `--at`); bare `cramp sit` starts one.
    struct Sit: PostureCommand {
        static let configuration = CommandConfiguration(
            commandName: "sit", abstract: "Record a stretch of sitting (cramp sit 2h --breaks 1), or start one now (cramp sit).")
        static let posture = Posture.sitting
        @OptionGroup var stretch: PostureOptions
    }

    /// `cramp stand DURATION`: a stretch of standing; bare `cramp stand` starts one.
    struct Stand: PostureCommand {
        static let configuration = CommandConfiguration(
            commandName: "stand", abstract: "Record a stretch of standing (cramp stand 3h --at 17:00), or start one now (cramp stand).")
        static let posture = Posture.standing
        @OptionGroup var stretch: PostureOptions
    }
}

/// `sit` and `stand`: one command each, one way to record.
protocol PostureCommand: CrampCommand {
    static var posture: Posture { get }
    var stretch: PostureOptions { get }
}

extension PostureCommand {
    var global: GlobalOptions { stretch.global }

    func run(_ session: Session) throws {
        guard let duration = stretch.duration else {
            if let breaks = stretch.breaks {
                throw InputError(field: "--breaks", value: breaks, accepted: "a count with a duration (cramp sit 2h --breaks 1)",
                                 hint: "in a stretch you start now, record each break as you take it: cramp break")
            }
            return try start(session, at: try stretch.at.map { try session.when($0) },
                             note: try stretch.note.text(session).flatMap { try NoteText.checked($0) })
        }
        let recorded = try session.actions().recordPosture(
            Self.posture, durationSeconds: try DurationText.parse(duration, field: "duration"),
            endingAt: try stretch.at.map { try session.when($0) }, breaksTaken: try stretch.breaks.map(PostureSession.breaks) ?? 0,
            note: try stretch.note.text(session).flatMap { try NoteText.checked($0) })
        session.console.message("recorded " + EpisodeText.line(recorded.session)
            + " (\(recorded.expectedBreaks) expected at one every \(recorded.breakIntervalMinutes) min); undo: cramp undo")
    }

    /// No duration: a stretch starts now (or `--at`), ending the other posture's open one first.
    private func start(_ session: Session, at: Timestamp?, note: String?) throws {
        let started = try session.actions().startStretch(Self.posture, at: at, note: note)
        if let ended = started.ended { session.console.message(StopEcho.text(ended)) }
        let stretch = started.stretch
        let due = session.clock.zone.timestamp(utc: BreakSchedule.nextDue(
            startUTC: stretch.start.utc, lastBreakUTC: nil, intervalMinutes: started.breakIntervalMinutes))
        session.console.message("started \(stretch.posture.rawValue) at \(EpisodeText.when(stretch.start))"
            + (stretch.note.map { ", note: \"\(EpisodeText.oneLine($0))\"" } ?? "")
            + "; first break due at \(due.local.hourMinute); end it with cramp stop; undo: cramp undo")
    }
}

/// What `sit` and `stand` share: the duration, when it ended, breaks taken.
struct PostureOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp(
        "How long: 45m, 2h, 1h30m, 1.5h (m is minutes). Without it a stretch starts now, until cramp stop.",
        valueName: "duration"))
    var duration: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "With a duration, when it ended; without, when it started: now (default), 17:00, 5pm, yesterday 18:30, 20m ago.",
        valueName: "time"))
    var at: String?

    // Text, not Int: a bad count (`-1`, `two`) gets the same one-line refusal as every other field.
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "Stretch breaks you took during it (default 0).", valueName: "n"))
    var breaks: String?

    @OptionGroup var note: NoteOption
}
