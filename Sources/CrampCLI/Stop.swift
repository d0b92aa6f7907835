import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp stop`: ends the stretch started with a bare `cramp sit` or `cramp stand` and stores it.
    struct Stop: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "stop", abstract: "End the stretch of sitting or standing under way (now, or --at) and record it.")

        @OptionGroup var global: GlobalOptions

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
            "When it ended: now (default), 17:30, yesterday 17:30, 20m ago. Needed for a stretch open past the stretch-limit.",
            valueName: "time"))
        var at: String?

        @Flag(name: .long, help: "Drop the stretch under way without recording it (started by mistake, or its end is not known).")
        var cancel = false

        func run(_ session: Session) throws {
            if cancel {
                if let at { throw InputError(field: "--at", value: at, accepted: "no end with --cancel", hint: "a dropped stretch has none") }
                let dropped = try session.actions().cancelStretch()
                session.console.message("dropped the stretch " + StretchText.since(dropped) + " (not recorded); undo: cramp undo")
                return
            }
            let stopped = try session.actions().stopStretch(at: try at.map { try session.when($0) })
            session.console.message(StopEcho.text(stopped))
        }
    }
}

/// The echo of a stretch stopped by `stop`, or by starting the other posture.
enum StopEcho {
    /// `stopped sitting: recorded #3 sitting 1h20m, ...; 2 expected at one every 40 min; undo: cramp undo`.
    static func text(_ stopped: StoppedStretch) -> String {
        "stopped \(stopped.session.posture.rawValue): recorded \(stopped.line); "
            + "\(stopped.expectedBreaks) expected at one every \(stopped.breakIntervalMinutes) min; undo: cramp undo"
    }
}
