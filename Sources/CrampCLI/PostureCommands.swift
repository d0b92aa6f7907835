import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp sit DURATION`: a stretch of sitting that just ended (or ended `--at`).
    struct Sit: PostureCommand {
        static let configuration = CommandConfiguration(commandName: "sit", abstract: "Record a stretch of sitting, e.g. cramp sit 2h --breaks 1.")
        static let posture = Posture.sitting
        @OptionGroup var stretch: PostureOptions
    }

    /// `cramp stand DURATION`: a stretch of standing.
    struct Stand: PostureCommand {
        static let configuration = CommandConfiguration(commandName: "stand", abstract: "Record a stretch of standing, e.g. cramp stand 3h --at 17:00.")
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
        let recorded = try session.actions().recordPosture(
            Self.posture, durationSeconds: try DurationText.parse(stretch.duration, field: "duration"),
            endingAt: try stretch.at.map { try session.when($0) }, breaksTaken: try stretch.breaks.map(PostureSession.breaks) ?? 0,
            note: try stretch.note.text(session).flatMap { try NoteText.checked($0) })
        session.console.message("recorded " + EpisodeText.line(recorded.session)
            + " (\(recorded.expectedBreaks) expected at one every \(recorded.breakIntervalMinutes) min); undo: cramp undo")
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

    @OptionGroup var note: NoteOption
}
