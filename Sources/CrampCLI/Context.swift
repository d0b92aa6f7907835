import Diary
import DiaryStore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a command needs from the outside world, built once per run.
struct Context {
    let environment: Environment
    let console: Console
    let clock: Clock
    /// The diary path in use, or nil when neither --db, CRAMP_DB, XDG_DATA_HOME nor HOME is set.
    let databasePath: String?

    init(_ options: GlobalOptions) throws {
        environment = Environment()
        console = Console(environment: environment)
        let zone = SystemZone()
        if let pinned = options.now ?? environment["CRAMP_NOW"], !pinned.isEmpty {
            clock = Clock(nowUTC: try Context.parsePinnedNow(pinned, zone: zone), zone: zone)
        } else {
            clock = Clock(nowUTC: Int64(time(nil)), zone: zone)
        }
        databasePath = DatabaseLocation.resolve(flag: options.db, environment: environment.locationVariables)
    }

    /// `--now` / `CRAMP_NOW` take an absolute ISO 8601 moment only: a relative one would have nothing to be relative to.
    static func parsePinnedNow(_ text: String, zone: any ZoneRules) throws(InputError) -> Int64 {
        let accepted = "ISO 8601 such as 2026-11-17T03:10, 2026-11-17 03:10 or 2026-11-17T03:10:00+01:00"
        guard text.first?.isNumber == true, text.count >= 16 else {
            throw InputError(field: "--now", value: text, accepted: accepted)
        }
        // Any moment may be pinned, so parse against a clock far in the future: nothing counts as "future".
        let farFuture = Clock(nowUTC: 253_402_300_799, zone: zone)
        do {
            return try When.parse(text, clock: farFuture, field: "--now").utc
        } catch {
            throw InputError(field: "--now", value: text, accepted: accepted)
        }
    }

    /// The diary path, or an explanation of how to name one.
    func requirePath() throws(InputError) -> String {
        guard let databasePath else {
            throw InputError(field: "--db", value: "", accepted: "a file path",
                             hint: "HOME is not set, so there is no default place: pass --db PATH or set CRAMP_DB")
        }
        return databasePath
    }

    /// Opens the diary for writing, creating it (folder 0700, file 0600) if needed.
    func openForWriting() throws -> DiaryFile {
        let path = try requirePath()
        // `create: true` always returns a file or throws.
        return try DiaryFile.open(path: path, create: true)!
    }

    /// Opens the diary for reading; nil when it does not exist yet (nothing is created).
    func openForReading() throws -> DiaryFile? {
        try DiaryFile.open(path: try requirePath(), create: false)
    }
}
