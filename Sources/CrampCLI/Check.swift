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
                and compares the tables and indexes with what cramp creates; an empty (0-byte) file is reported as \
                wiped. Only reads. When it finds a problem it names the newest backup to give to cramp restore. Exit status: 0 healthy; \
                65 the file is damaged, is not a cramp diary, or was written by a newer cramp; 74 it cannot be read \
                (permissions, a read-only folder, a lock); 64 there is no diary at that path.
                """)

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws {
            let report = try session.actions().check()
            guard !report.isHealthy else { return }
            var text = "\(report.path) is not healthy:\n" + report.problems.map { "  - " + $0 }.joined(separator: "\n")
            if (report.schemaVersion ?? 0) <= MigrationCatalogue.latestVersion {
                text += "\nWhat to do: " + Failure.restoreAdvice(report.path)
            }
            throw Failure(text, status: .badData)
        }
    }
}
