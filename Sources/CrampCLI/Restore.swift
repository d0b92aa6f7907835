import ArgumentParser
import Diary
import DiaryActions
import DiaryStore

extension Cramp {
    /// `cramp restore BACKUP`: a verified backup back in the diary's place; the replaced diary is kept.
    struct Restore: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "restore",
            abstract: "Put a backup back in the diary's place; the diary it replaces is kept beside it.",
            discussion: """
                Checks the backup first (a cramp diary, not newer than this cramp, SQLite's integrity check). Then, \
                while no other cramp has the diary open, moves the diary together with its -wal and -shm aside to \
                NAME-replaced-TIME.db in the same folder (nothing in it is lost: cramp restore that file goes back), \
                and puts a synced, checked copy of the backup in its place (readable by you alone). cramp paths \
                lists the backups. With --empty instead of a backup, starts a new, empty diary the same way: the \
                deliberate start after a diary was wiped or lost.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The backup to restore (a file in the backups folder, or any cramp diary).", valueName: "backup"))
        var backup: String?

        @Flag(help: "Start a new, empty diary instead (the current one, if any, is moved aside and kept).")
        var empty = false

        func validate() throws {
            if empty == (backup != nil) {
                throw ValidationError(empty ? "give either a backup or --empty, not both"
                                            : "name the backup to restore (cramp paths lists them), or --empty for a new diary")
            }
        }

        func run(_ session: Session) throws {
            let outcome = try session.actions().restore(from: empty ? nil : backup)
            let console = session.console
            if let aside = outcome.movedAside {
                let with = outcome.movedCompanions.isEmpty ? "" : " with its " + outcome.movedCompanions.joined(separator: " and ")
                console.message("moved the diary it replaced\(with) to \(aside); nothing in it was changed")
            }
            if let backup = outcome.backup {
                console.message("restored \(outcome.episodes) episode\(outcome.episodes == 1 ? "" : "s") (schema version "
                    + "\(outcome.schemaVersion)) from \(backup) to \(outcome.diary); integrity check: ok")
            } else {
                console.message("started a new, empty diary at \(outcome.diary)")
            }
            if let aside = outcome.movedAside {
                console.message("to go back: cramp restore \(aside)")
            }
        }
    }
}
