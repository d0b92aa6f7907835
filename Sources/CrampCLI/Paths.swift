import ArgumentParser
import Diary
import DiaryActions

extension Cramp {
    /// `cramp paths`: where the diary, its backups and its settings are.
    struct Paths: CrampCommand {
        static let configuration = CommandConfiguration(commandName: "paths", abstract: "Show the diary file, the backups folder and the settings in use. Creates nothing.")

        @OptionGroup var global: GlobalOptions

        func run(_ session: Session) throws {
            let found = try session.actions().locations()
            let console = session.console
            try console.outLine("database   \(found.path) (\(source(session.context))\(found.exists ? "" : "; not created yet"))")
            let count = found.backups.last.map { "\(found.backups.count), newest \($0)" } ?? "none yet"
            try console.outLine("backups    \(found.backupsFolder) (\(count))")
            try console.outLine("settings   \(settings(found))")
            let zone = session.context.environment["TZ"].map { "TZ=\($0)" } ?? "the system's (/etc/localtime)"
            try console.outLine("time zone  \(zone)")
        }

        /// Which rule chose the path, in the order `DatabaseLocation.resolve` applies them.
        private func source(_ context: CrampContext) -> String {
            if let db = global.db, !db.isEmpty { return "from --db" }
            if let db = context.environment["CRAMP_DB"], !db.isEmpty { return "from $CRAMP_DB" }
            if let data = context.environment["XDG_DATA_HOME"], data.hasPrefix("/") { return "from $XDG_DATA_HOME" }
            return "the default; change it with --db or $CRAMP_DB"
        }

        /// Settings live in the diary itself; lists the ones changed from their defaults.
        private func settings(_ found: DiaryLocations) -> String {
            let place = "in the diary itself"
            guard found.exists else { return "\(place); all defaults (cramp config list shows them)" }
            guard let stored = found.storedSettings else { return "\(place) (cannot be read: \(found.settingsProblem ?? "unknown"))" }
            let changed = stored.isEmpty ? "all defaults" : "\(stored.count) changed (\(stored.keys.sorted().joined(separator: ", ")))"
            return "\(place); \(changed); cramp config list shows them"
        }
    }
}
