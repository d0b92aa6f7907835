import ArgumentParser
import Diary
import DiaryStore

extension Cramp {
    /// `cramp undo`: revert the last command that wrote, as a whole.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Revert the last command that changed the diary, and say what it was.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try Context(global)
            guard let file = try context.openForReading() else {
                context.console.message("nothing to undo: the diary is empty")
                return
            }
            let now = context.clock.nowUTC
            let undone = try file.write { try Journal(file.db).undoLast(nowUTC: now) }
            guard let undone else {
                context.console.message("nothing to undo")
                return
            }
            let when = EpisodeText.when(context.clock.zone.timestamp(utc: undone.atUTC))
            context.console.message("undid `cramp \(undone.command)` from \(when): \(undone.summary)")
        }
    }
}
