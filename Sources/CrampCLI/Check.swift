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
            let actions = try session.actions()
            let report = try actions.check()
            guard !report.isHealthy else {
                try notePostdated(actions, session)
                return
            }
            var text = "\(report.path) is not healthy:\n" + report.problems.map { "  - " + $0 }.joined(separator: "\n")
            if (report.schemaVersion ?? 0) <= MigrationCatalogue.latestVersion {
                text += "\nWhat to do: " + Failure.restoreAdvice(report.path)
            }
            throw Failure(text, status: .badData)
        }

        /// Rows dated after now are sound data no report counts yet: named on standard error, exit status 0
        /// (the file is healthy, and moving it aside for a backup, the advice for damage, would be wrong).
        private func notePostdated(_ actions: Actions, _ session: Session) throws {
            let (episodes, sessions) = try actions.datedAfterNow()
            let now = "now (\(EpisodeText.when(session.clock.now)))"
            if !episodes.isEmpty {
                let many = episodes.count > 1
                let named = episodes.prefix(20).map { "#\($0.id ?? 0) \(EpisodeText.when($0.start))" }
                    + (episodes.count > 20 ? ["and \(episodes.count - 20) more (cramp list all)"] : [])
                session.console.message("cramp: \(episodes.count) episode\(many ? "s are" : " is") dated after \(now), so no "
                    + "report counts \(many ? "them" : "it") yet: " + named.joined(separator: ", ") + ". If a clock was wrong, "
                    + "correct \(many ? "each" : "it") with cramp edit N --at WHEN, or remove \(many ? "each" : "it") with cramp delete N.")
            }
            if !sessions.isEmpty {
                let many = sessions.count > 1
                let named = sessions.prefix(20).map { "\($0.posture.rawValue) \(EpisodeText.when($0.start))" }
                session.console.message("cramp: \(sessions.count) sitting or standing stretch\(many ? "es start" : " starts") after "
                    + "\(now): " + named.joined(separator: ", ") + ". cramp undo removes \(many ? "them" : "it") if the last command "
                    + "wrote \(many ? "them" : "it"); otherwise export with --what posture, fix the dates and import into a new diary.")
            }
        }
    }
}
