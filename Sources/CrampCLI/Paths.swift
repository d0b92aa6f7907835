import ArgumentParser
import Diary
import DiaryStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Cramp {
    /// `cramp paths`: where the diary, its backups and its settings are.
    struct Paths: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "paths",
            abstract: "Show the diary file, the backups folder and the settings in use. Creates nothing.")

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let context = try Context(global)
            let console = context.console
            let path = try context.requirePath()
            let exists = PathProbe.exists(path)
            console.outLine("database   \(path) (\(source(context))\(exists ? "" : "; not created yet"))")
            let backups = DiaryStore.Backup.existing(forDiary: path)
            let count = backups.isEmpty ? "none yet" : "\(backups.count), newest \(backups.last!)"
            console.outLine("backups    \(DiaryStore.Backup.folder(forDiary: path)) (\(count))")
            console.outLine("settings   \(settings(path: path, exists: exists))")
            let zone = context.environment["TZ"].map { "TZ=\($0)" } ?? "the system's (/etc/localtime)"
            console.outLine("time zone  \(zone)")
        }

        /// Which rule chose the path, in the order `DatabaseLocation.resolve` applies them.
        private func source(_ context: Context) -> String {
            if let db = global.db, !db.isEmpty { return "from --db" }
            if let db = context.environment["CRAMP_DB"], !db.isEmpty { return "from $CRAMP_DB" }
            if let data = context.environment["XDG_DATA_HOME"], data.hasPrefix("/") { return "from $XDG_DATA_HOME" }
            return "the default; change it with --db or $CRAMP_DB"
        }

        /// Settings live in the diary itself; lists the ones changed from their defaults. Only reads.
        private func settings(path: String, exists: Bool) -> String {
            let place = "in the diary itself"
            guard exists else { return "\(place); all defaults (cramp config list shows them)" }
            do {
                let stored = try SettingsRepository(try Database(path: path, create: false)).stored()
                let changed = stored.isEmpty ? "all defaults" : "\(stored.count) changed (\(stored.keys.sorted().joined(separator: ", ")))"
                return "\(place); \(changed); cramp config list shows them"
            } catch {
                return "\(place) (cannot be read: \(error))"
            }
        }
    }
}

/// Existence checks for paths the person named.
enum PathProbe {
    /// True when something exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}

extension Context {
    /// The diary path, which must exist: `check` and `backup` have nothing to do on a new machine.
    func requireExistingDiary(for purpose: String) throws -> String {
        let path = try requirePath()
        guard PathProbe.exists(path) else {
            throw InputError(field: "diary", value: path, accepted: "an existing diary",
                             hint: "there is no diary there yet, so \(purpose); cramp paths shows where cramp looks, --db or CRAMP_DB choose another file")
        }
        return path
    }
}
