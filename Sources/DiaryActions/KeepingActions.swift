import Diary
import DiaryStore

/// A gap as `gap` marked it.
public struct MarkedGap: Sendable {
    /// As stored.
    public let gap: KeepingGap
    /// Episodes logged on its nights: they stay in lists, but the nights count as not kept.
    public let episodes: Int
    /// Check-ins for its nights: the gap overrules them while it stands.
    public let checkIns: Int
}

extension Actions {
    /// Marks `nights` as not logged (travel, hospital, a forgotten week).
    ///
    /// Refused when a gap already marked (or keeping ended) shares a night with them: two gaps over one night
    /// would make removing one of them mean nothing. Entries on those nights are accepted and stay listed; a gap
    /// means the person did not keep the diary those nights, so every rate skips them (README.md, "Kept nights").
    public func markGap(_ nights: NightRange, note: String? = nil) throws -> MarkedGap {
        if let note { _ = try NoteText.checked(note) }
        let existing = try existingFile()
        if let file = existing, let clash = try KeepingGapRepository(file.db).overlapping(first: nights.from, last: nights.to).first {
            throw KeepingRefusal.overlapsGap(asked: nights.label, gap: clash)
        }
        let file = try fileForWriting()
        let now = clock.nowUTC
        var gap = KeepingGap(first: nights.from, last: nights.to, note: note, createdUTC: now, updatedUTC: now)
        try file.journaled("gap", nowUTC: now) { operation in
            gap.id = try KeepingGapRepository(file.db).insert(gap, nowUTC: now)
            try operation.inserted(.keepingGap, rowID: gap.id!)
            return ((), "marked " + KeepingText.line(gap))
        }
        let window = try SettingsRepository(file.db).load().nightWindow
        let bounds = nights.utcBounds
        let episodes = try EpisodeRepository(file.db).episodes(fromUTC: bounds.from, toUTC: bounds.to)
            .count { nights.contains($0.night(window: window)) }
        let checkIns = try CheckInRepository(file.db).checkIns(from: nights.from, through: nights.to).count
        return MarkedGap(gap: gap, episodes: episodes, checkIns: checkIns)
    }

    /// Ends keeping from `night` on (default: tonight): an open gap, closed again by `restartKeeping`.
    public func stopKeeping(from night: Night? = nil, note: String? = nil) throws -> KeepingGap {
        if let note { _ = try NoteText.checked(note) }
        let existing = try existingFile()
        let first = try night ?? tonight(existing)
        if let file = existing {
            let repository = KeepingGapRepository(file.db)
            if let open = try repository.open() { throw KeepingRefusal.alreadyEnded(open) }
            if let clash = try repository.overlapping(first: first, last: nil).first {
                throw KeepingRefusal.overlapsGap(asked: "ending keeping from \(first.label)", gap: clash)
            }
        }
        let file = try fileForWriting()
        let now = clock.nowUTC
        var gap = KeepingGap(first: first, last: nil, note: note, createdUTC: now, updatedUTC: now)
        try file.journaled("keeping stop", nowUTC: now) { operation in
            gap.id = try KeepingGapRepository(file.db).insert(gap, nowUTC: now)
            try operation.inserted(.keepingGap, rowID: gap.id!)
            return ((), "ended keeping: " + KeepingText.line(gap))
        }
        return gap
    }

    /// Restarts keeping from `night` (default: tonight): the open gap ends the night before.
    public func restartKeeping(from night: Night? = nil) throws -> KeepingGap {
        let existing = try existingFile()
        let restart = try night ?? tonight(existing)
        guard let file = existing, var gap = try KeepingGapRepository(file.db).open(), let id = gap.id else {
            throw KeepingRefusal.notEnded
        }
        guard gap.first < restart else { throw KeepingRefusal.restartNotAfterEnd(restart: restart, gap: gap) }
        let now = clock.nowUTC
        gap.last = restart.adding(-1)
        gap.updatedUTC = max(gap.createdUTC, now)
        try file.journaled("keeping start", nowUTC: now) { operation in
            try operation.willChange(.keepingGap, rowID: id, .update)
            try KeepingGapRepository(file.db).update(gap, nowUTC: now)
            return ((), "restarted keeping from \(restart.label): " + KeepingText.line(gap))
        }
        return gap
    }

    /// Removes gap `id` (a marked gap, or keeping ended): its nights count as kept again. `undo` brings it back.
    public func removeGap(id: Int64) throws -> KeepingGap {
        guard let file = try existingFile(), let gap = try KeepingGapRepository(file.db).fetch(id: id) else {
            throw InputError(field: "gap", value: "#\(id)", accepted: "a number that cramp gap list shows",
                             hint: "there is no such gap")
        }
        try file.journaled("gap remove", nowUTC: clock.nowUTC) { operation in
            try operation.willChange(.keepingGap, rowID: id, .delete)
            try KeepingGapRepository(file.db).delete(id: id)
            return ((), "removed " + KeepingText.line(gap))
        }
        return gap
    }

    /// The current night under the diary's night window (the default window when there is no diary yet).
    private func tonight(_ file: DiaryFile?) throws -> Night {
        let window = try file.map { try SettingsRepository($0.db).load().nightWindow } ?? Settings.defaults.nightWindow
        return clock.currentNight(window: window)
    }
}
