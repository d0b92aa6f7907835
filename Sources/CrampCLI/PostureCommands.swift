import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp sit DURATION`: a stretch of sitting that just ended (or ended `--at`).
    struct Sit: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "sit",
            abstract: "Record a stretch of sitting, e.g. cramp sit 2h --breaks 1.")
        @OptionGroup var stretch: PostureOptions
        func run(_ context: CrampContext) throws { try stretch.record(.sitting, context) }
    }

    /// `cramp stand DURATION`: a stretch of standing.
    struct Stand: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "stand",
            abstract: "Record a stretch of standing, e.g. cramp stand 3h --at 17:00.")
        @OptionGroup var stretch: PostureOptions
        func run(_ context: CrampContext) throws { try stretch.record(.standing, context) }
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

    func record(_ posture: Posture, _ context: CrampContext) throws {
        let session = try Session(context, global)
        let recorded = try session.actions().recordPosture(
            posture, durationSeconds: try DurationText.parse(duration, field: "duration"),
            endingAt: try at.map { try session.when($0) }, breaksTaken: try breaks.map(PostureSession.breaks) ?? 0,
            note: try note.flatMap { try NoteText.checked($0) })
        session.console.message("recorded " + EpisodeText.line(recorded.session)
            + " (\(recorded.expectedBreaks) expected at one every \(recorded.breakIntervalMinutes) min); undo: cramp undo")
    }
}
