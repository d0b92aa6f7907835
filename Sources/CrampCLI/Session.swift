import Diary
import DiaryActions
import DiaryStore

/// One command's view of the world: the context with the global options applied (which diary, which "now").
struct Session {
    let context: CrampContext
    /// "Now" (pinned by `--now` or `CRAMP_NOW`) and the local zone.
    let clock: Clock
    /// The diary path in use, or nil when neither --db, CRAMP_DB, XDG_DATA_HOME nor HOME is set.
    let databasePath: String?
    /// True when `--now` or `CRAMP_NOW` pinned the clock (then `remind` lets time run on from that moment).
    let clockIsPinned: Bool

    /// Data and messages.
    var console: Console { context.console }

    init(_ context: CrampContext, _ options: GlobalOptions) throws(InputError) {
        try self.init(context, now: options.now, db: options.db)
    }

    /// The session for `--now` and `--db` as given (nil when not).
    init(_ context: CrampContext, now: String?, db: String?) throws(InputError) {
        self.context = context
        let tz = context.environment["TZ"]
        if let pinned = now ?? context.environment["CRAMP_NOW"], !pinned.isEmpty {
            clockIsPinned = true
            // The zone first, so an odd TZ is named as such: the pinned moment read at UTC is within a day of
            // the moment read in the zone, and a day either side is what the check looks at.
            let utcReading = Clock(nowUTC: DateBounds.latestUTC, zone: FixedOffsetZone(seconds: 0))
            if let near = try? When.parse(pinned, clock: utcReading) { try Session.checkZone(context.zone, at: near.utc, tz: tz) }
            clock = Clock(nowUTC: try Session.parsePinnedNow(pinned, zone: context.zone), zone: context.zone)
        } else {
            clockIsPinned = false
            clock = Clock(nowUTC: context.currentTime(), zone: context.zone)
            try Session.checkZone(context.zone, at: clock.nowUTC, tz: tz)
            guard DateBounds.contains(clock.now.local.date) else {
                throw InputError(field: "the system clock", value: clock.now.iso8601, accepted: "a date from \(DateBounds.text)",
                                 hint: "set the computer's date, or pin the moment with --now or CRAMP_NOW")
            }
        }
        var locations: [String: String] = [:]
        for name in ["CRAMP_DB", "XDG_DATA_HOME", "HOME"] { locations[name] = context.environment[name] }
        databasePath = DatabaseLocation.resolve(flag: db, environment: locations)
    }

    /// `--now` / `CRAMP_NOW` take an absolute ISO 8601 moment only: a relative one would have nothing to be relative to.
    static func parsePinnedNow(_ text: String, zone: any ZoneRules) throws(InputError) -> Int64 {
        let accepted = "ISO 8601 such as 2026-11-17T03:10, 2026-11-17 03:10 or 2026-11-17T03:10:00+01:00"
        guard text.first?.isNumber == true, text.count >= 16 else {
            throw InputError(field: "--now", value: text, accepted: accepted)
        }
        // Any moment may be pinned, so parse against a clock at the end of the dates a diary holds: nothing inside
        // them counts as "future". A refusal keeps its hint (a skipped reading, a date outside the bounds).
        let lastMoment = Clock(nowUTC: DateBounds.latestUTC, zone: zone)
        do {
            return try When.parse(text, clock: lastMoment, field: "--now").utc
        } catch {
            throw InputError(field: "--now", value: text, accepted: accepted, hint: error.hint)
        }
    }

    /// Refuses a zone whose offset around now is beyond what a timestamp holds (a hand-written `TZ` such as
    /// `ABC-19` or `<+25>-25`), before the command reads or writes anything: a fallback to UTC would store times
    /// hours away from what the person typed, without a word.
    static func checkZone(_ zone: any ZoneRules, at now: Int64, tz: String?) throws(InputError) {
        // A day either side: what `--at` and the night of now consult.
        for utc in [now, now - 86_400, now + 86_400] {
            guard let raw = zone.unsupportedOffset(atUTC: utc) else { continue }
            throw InputError(
                field: "TZ", value: tz ?? "(unset: /etc/localtime)",
                accepted: "a zone whose UTC offset stays within -18:00 to +18:00, e.g. Europe/Berlin, UTC or EST5EDT",
                hint: "it gives UTC\(Timestamp.offsetText(raw)), beyond what a timestamp (ISO 8601) holds; nothing was "
                    + "written; set TZ to a zone from the tz database (ls /usr/share/zoneinfo) or unset it")
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

    /// The use-case layer over this diary.
    func actions() throws(InputError) -> Actions {
        Actions(path: try requirePath(), clock: clock)
    }

    /// A reader over this diary (empty when there is none yet); what it must say about the diary first (damage,
    /// a wiped or lost diary) goes to standard error.
    func reader() throws -> DiaryReader {
        let reader = try actions().reader()
        if let warning = reader.warning { console.message("cramp: warning: " + Session.words(warning, path: reader.path)) }
        return reader
    }

    /// A reader's warning in the CLI's words.
    static func words(_ warning: DiaryWarning, path: String) -> String {
        let back = { (newest: String) in "to get the diary back: cramp restore \(newest)" }
        switch warning {
        case .damaged(let detail, _):
            return "\(path) is damaged (\(detail)); what is shown may be incomplete, and nothing more is written to it. "
                + Failure.restoreAdvice(path)
        case .wiped(let newest):
            return "\(path) is empty (0 bytes): the diary was wiped or cut off"
                + (newest.map { "; " + back($0) } ?? "; there are no backups of it")
        case .missing(let newest):
            return "there is no diary at \(path), but backups of one exist; " + back(newest)
        }
    }

    /// A note typed on standard input (`--note -`): UTF-8 text, invalid bytes refused rather than repaired.
    func readNote(field: String = "--note", limit: Int = 1 << 20) throws -> String {
        let bytes: [UInt8]
        do {
            bytes = try context.standardInput.readAll(limit: limit)
        } catch is ReadOverflow {
            throw InputError(field: field, value: "more than \(limit) bytes on standard input",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(field: field, value: "\(bytes.count) bytes that are not valid UTF-8", accepted: "UTF-8 text")
        }
        return text
    }

    /// Parses a time the person typed (`--at 3am`) against this session's clock.
    func when(_ text: String, field: String = "--at") throws -> Timestamp {
        try When.parse(text, clock: clock, field: field)
    }
}
