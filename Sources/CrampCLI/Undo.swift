import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp undo`: revert the last command that wrote, as a whole.
    struct Undo: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "undo", abstract: "Revert the last command that changed the diary, and say what it was.")

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws {
            switch try session.actions().undo() {
            case .noDiary:
                session.console.message("nothing to undo: the diary is empty")
            case .nothingToUndo:
                session.console.message("nothing to undo")
            case .undone(let undone):
                let when = EpisodeText.when(session.clock.zone.timestamp(utc: undone.atUTC))
                session.console.message("undid `cramp \(undone.command)` from \(when): \(undone.summary)")
            }
        }
    }
}
