import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp break`: a stretch break taken now (or `--at`).
    struct Break: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "break", abstract: "Record a stretch break you just took; it counts toward the sitting or standing stretch it falls in.")

        @OptionGroup var global: GlobalOptions

        @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
            "When: now (default), 10:40, 20m ago.", valueName: "when"))
        var at: String?

        func run(_ session: Session) throws {
            let recorded = try session.actions().recordBreak(at: try at.map { try session.when($0) })
            var echo = "recorded stretch break #\(recorded.id) at \(EpisodeText.when(recorded.at))"
            if let during = recorded.during { echo += ", during " + EpisodeText.line(during) }
            if let open = recorded.duringOpen {
                echo += ", break \(open.breaks) of the stretch under way, \(StretchText.since(open.stretch)); "
                    + "next due at \(StretchText.clock(open.nextDueUTC, zone: session.clock.zone, reference: open.nowUTC))"
            }
            session.console.message(echo + "; undo: cramp undo")
        }
    }
}
