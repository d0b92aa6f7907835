import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp log`: record one episode, echo exactly what was stored.
    struct Log: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Record a cramp (or numbness) in one line.",
            discussion: """
                Examples: `cramp log left calf 2m`, `cramp log r foot 90s stretch:helped --at 3am`. \
                Bare `cramp log` records a cramp now with the leg and site of your previous episode.
                """)

        @Flag(name: .long, help: "Show what would be stored, store nothing.")
        var dryRun = false

        @Flag(name: .long, help: "Accept a cramp longer than 60 minutes (usually a typo for seconds).")
        var yes = false

        @OptionGroup var global: GlobalOptions
        @OptionGroup var fields: EpisodeOptions

        func run(_ session: Session) throws {
            let draft = try fields.draft(session)
            let logged = try session.actions().log(draft, confirmedLong: yes, dryRun: dryRun, newNames: fields.newName)
            let line = EpisodeText.line(logged.episode, window: logged.window)
                + (logged.notes.isEmpty ? "" : " (" + logged.notes.joined(separator: "; ") + ")")
            if logged.dryRun {
                session.console.message("would log \(line) (dry run: nothing stored)")
                return
            }
            session.console.message("logged \(line); undo: cramp undo")
            if let running = logged.runningMedicines {
                session.console.message(MedicineQuestion.text(logged.episode, running: running))
            }
            if logged.episode.isRedFlag { session.console.message(Advice.longCramp) }
        }
    }
}
