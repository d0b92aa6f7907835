import Diary
import DiaryStore

/// A check-in as `checkin` stored it.
public struct RecordedCheckIn: Sendable {
    /// As stored.
    public let checkIn: CheckIn
    /// The check-in for the same night it replaced, if there was one.
    public let replaced: CheckIn?
    /// Nocturnal cramps logged for the night; a scored check-in adds its score to them.
    public let cramps: Int
    /// The marked gap the night lies in: it stays not kept until the gap is removed.
    public let gap: KeepingGap?
}

extension Actions {
    /// Records the morning check-in for `night` (default: last night, `NightText.lastNight`), replacing one
    /// already there for that night.
    ///
    /// Refused: a night not begun yet (after tonight), and a quiet check-in for a night with nocturnal cramps
    /// logged, which cannot have been quiet. A scored check-in on a night without cramps is accepted: sleep can be
    /// disturbed by a cramp not logged.
    public func checkIn(night: Night? = nil, sleep: CheckIn.Sleep, soreness: Int? = nil,
                        note: String? = nil) throws -> RecordedCheckIn {
        let night = night ?? NightText.lastNight(clock: clock)
        let now = clock.nowUTC
        var checkIn = CheckIn(night: night, sleep: sleep, soreness: soreness, note: note, at: clock.now,
                              createdUTC: now, updatedUTC: now)
        try checkIn.validate()
        if let note { _ = try NoteText.checked(note) }
        let existing = try existingFile()
        let window = try existing.map { try SettingsRepository($0.db).load().nightWindow } ?? Settings.defaults.nightWindow
        let tonight = clock.currentNight(window: window)
        guard night <= tonight else {
            throw InputError(field: "--night", value: night.description, accepted: "a night that has begun: tonight or earlier",
                             hint: "the night of \(night.label) has not begun yet; tonight is \(tonight.label)")
        }
        let cramps = try existing.map { try Self.nocturnalCramps(on: night, window: window, in: $0) } ?? 0
        if sleep == .quiet, cramps > 0 { throw KeepingRefusal.quietButCramps(night: night, cramps: cramps) }

        let file = try fileForWriting()
        let repository = CheckInRepository(file.db)
        let replaced = try file.journaled("checkin", nowUTC: now) { operation in
            let before = try repository.fetch(night: night)
            if let before, let id = before.id {
                checkIn.id = id
                checkIn.createdUTC = before.createdUTC
                try operation.willChange(.checkIn, rowID: id, .update)
                try repository.update(checkIn, nowUTC: now)
            } else {
                checkIn.id = try repository.insert(checkIn, nowUTC: now)
                try operation.inserted(.checkIn, rowID: checkIn.id!)
            }
            return (before, (before == nil ? "recorded " : "replaced ") + KeepingText.line(checkIn))
        }
        let stored = try repository.fetch(id: checkIn.id!) ?? checkIn
        let gap = try KeepingGapRepository(file.db).overlapping(first: night, last: night).first
        return RecordedCheckIn(checkIn: stored, replaced: replaced, cramps: cramps, gap: gap)
    }

    /// Deletes the check-in `which` names; `undo` brings it back with the same number.
    public func removeCheckIn(_ which: CheckInChoice) throws -> CheckIn {
        let file = try existingFile()
        let repository = file.map { CheckInRepository($0.db) }
        let found: CheckIn?
        switch which {
        case .night(let night): found = try repository?.fetch(night: night)
        case .id(let id): found = try repository?.fetch(id: id)
        }
        guard let file, let repository, let checkIn = found, let id = checkIn.id else {
            let value = switch which {
            case .night(let night): night.description
            case .id(let id): "#\(id)"
            }
            throw InputError(field: "check-in", value: value, accepted: "a night or number that cramp checkin list shows",
                             hint: "there is no such check-in")
        }
        try file.journaled("checkin remove", nowUTC: clock.nowUTC) { operation in
            try operation.willChange(.checkIn, rowID: id, .delete)
            try repository.delete(id: id)
            return ((), "removed " + KeepingText.line(checkIn))
        }
        return checkIn
    }

    /// Nocturnal cramps (`Episode.isNocturnal`) logged for `night`: those a quiet night cannot have had.
    static func nocturnalCramps(on night: Night, window: NightWindow, in file: DiaryFile) throws -> Int {
        let bounds = NightRange(night: night).utcBounds
        return try EpisodeRepository(file.db).episodes(fromUTC: bounds.from, toUTC: bounds.to).count {
            $0.kind == .cramp && $0.night(window: window) == night && $0.isNocturnal(window: window)
        }
    }
}
