import ArgumentParser
import Diary
import DiaryActions
import DiaryStore

extension Cramp {
    /// `cramp check`: prints nothing and exits 0 when the diary is healthy.
    struct Check: CrampCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check the diary's health; prints nothing when it is healthy.",
            discussion: """
                Runs SQLite's integrity check, reads the schema version, checks the links between rows (foreign keys) \
                and compares the tables and indexes with what cramp creates. Only reads. Exit status: 0 healthy; \
                65 the file is damaged, is not a cramp diary, or was written by a newer cramp; 74 it cannot be read \
                (permissions, a read-only folder, a lock); 64 there is no diary at that path.
                """)

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws {
            let report = try session.actions().check()
            guard !report.isHealthy else { return }
            var text = "\(report.path) is not healthy:\n" + report.problems.map { "  - " + $0 }.joined(separator: "\n")
            if (report.schemaVersion ?? 0) <= MigrationCatalogue.latestVersion {
                let backups = DiaryStore.Backup.folder(forDiary: report.path)
                text += "\nWhat to do: move this file aside (do not delete it) and copy the newest backup from \(backups) in its place."
            }
            throw Failure(text, status: .badData)
        }
    }
}
