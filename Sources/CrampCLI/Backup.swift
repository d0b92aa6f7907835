import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp backup [-o FILE]`: a verified copy of the diary, safe while other commands write.
    struct Backup: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Make a verified copy of the diary and print its path (safe while other cramp commands write).",
            discussion: """
                Without -o the copy goes to the backups folder beside the diary (cramp paths shows it), named with \
                the UTC time and schema version. The copy is a consistent snapshot, checked with SQLite's integrity \
                check before it gets its name, readable by you alone (0600), and never replaces an existing file.
                """)

        @OptionGroup var global: GlobalOptions

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
            "Write the copy to this file instead (it must not exist yet).", valueName: "file"))
        var output: String?

        func run(_ session: Session) throws {
            let copy = try session.actions().backup(to: output)
            try session.console.outLine(copy.path)
            session.console.message("backed up \(copy.episodes) episode\(copy.episodes == 1 ? "" : "s") "
                + "(schema version \(copy.schemaVersion)) to \(copy.path); integrity check: ok")
        }
    }
}
