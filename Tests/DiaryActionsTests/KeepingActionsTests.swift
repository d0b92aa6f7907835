import Diary
import DiaryActions
import DiaryStore
import Foundation
import Testing

/// The rules of the check-in, gap and keeping actions (issue 12), on real diary files.
@Suite("Use-case layer: check-ins, gaps, ending and restarting keeping")
struct KeepingActionsTests {
    static func night(_ text: String) -> Night { Night(evening: CivilDate(iso: text)!) }

    /// Actions at a local reading of the diary's zone (+01:00), e.g. "2026-11-26T07:30".
    static func actions(_ diary: ActionsDiary, at local: String) -> Actions {
        let reading = LocalDateTime(naiveEpochSeconds: Int64(CivilDate(iso: local.prefix(10))!.daysSinceEpoch) * 86_400
            + Int64(Int(local.dropFirst(11).prefix(2))! * 3600 + Int(local.suffix(2))! * 60))
        return Actions(path: diary.path, clock: Clock(nowUTC: Timestamp(local: reading, offset: 3600).utc,
                                                      zone: FixedOffsetZone(seconds: 3600)))
    }

    /// Logs `words` (`left calf 2m`) starting at `local` (+01:00).
    static func log(_ diary: ActionsDiary, _ words: String, at local: String) throws {
        var draft = try diary.draft(words)
        draft.start = Self.actions(diary, at: local).clock.now
        _ = try diary.actions.log(draft)
    }

    /// Rows of a table, counted with a connection of our own.
    static func rows(_ diary: ActionsDiary, _ table: String) throws -> Int64 {
        let db = try Database(path: diary.path, create: false)
        return try db.scalarInt(table == "check_in" ? "SELECT count(*) FROM check_in" : "SELECT count(*) FROM keeping_gap") ?? -1
    }

    // Issue 12: "last night" is the night whose evening is the day before today, morning, afternoon or evening.
    @Test(arguments: ["2026-11-26T07:30", "2026-11-26T14:00", "2026-11-26T23:00"])
    func aCheckInIsAboutLastNightByDefault(_ local: String) throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let recorded = try Self.actions(diary, at: local).checkIn(sleep: .quiet)
        #expect(recorded.checkIn.night == Self.night("2026-11-25"))
        #expect(recorded.checkIn.id == 1 && recorded.replaced == nil && recorded.cramps == 0 && recorded.gap == nil)
    }

    // Issue 12: a second check-in for a night replaces the first; undo brings the first back.
    @Test func aSecondCheckInForTheNightReplacesTheFirst() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let first = try diary.actions.checkIn(sleep: .quiet, note: "gut")
        let later = Self.actions(diary, at: "2026-11-21T10:15")
        let second = try later.checkIn(night: Self.night("2026-11-20"), sleep: .disturbed(6), soreness: 3)
        #expect(second.replaced == first.checkIn)
        #expect(second.checkIn.id == first.checkIn.id && second.checkIn.createdUTC == diary.nowUTC)
        #expect(second.checkIn.updatedUTC == diary.nowUTC + 4500 && second.checkIn.note == nil)
        #expect(second.checkIn.sleep == .disturbed(6) && second.checkIn.soreness == 3)
        #expect(try Self.rows(diary, "check_in") == 1)
        guard case .undone(let undone) = try later.undo() else { Issue.record("nothing undone"); return }
        #expect(undone.summary == "replaced check-in #1 for Fri 2026-11-20: sleep disturbance 6/10, soreness 3/10")
        #expect(try later.reader().keeping(settings: .defaults).checkIns == [first.checkIn])
    }

    // Issue 12: quiet is refused on a night with nocturnal cramps, naming how many; a score is accepted.
    @Test func aQuietCheckInOnACrampNightIsRefused() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        try Self.log(diary, "left calf 2m", at: "2026-11-21T02:10")
        try Self.log(diary, "right calf 1m", at: "2026-11-21T03:40")
        // A cramp at 14:00 belongs to the night beginning that evening but is not nocturnal: it leaves it quiet.
        try Self.log(diary, "left calf 1m", at: "2026-11-19T14:00")
        #expect(throws: KeepingRefusal.quietButCramps(night: Self.night("2026-11-20"), cramps: 2)) {
            try diary.actions.checkIn(sleep: .quiet)
        }
        #expect(try Self.rows(diary, "check_in") == 0)
        let scored = try diary.actions.checkIn(sleep: .disturbed(7))
        #expect(scored.cramps == 2 && scored.checkIn.sleep == .disturbed(7))
        let daytime = try diary.actions.checkIn(night: Self.night("2026-11-19"), sleep: .quiet)
        #expect(daytime.cramps == 0)
        // A score on a night with nothing logged: sleep can be disturbed by a cramp not logged.
        #expect(try diary.actions.checkIn(night: Self.night("2026-11-18"), sleep: .disturbed(2)).cramps == 0)
    }

    // Issue 12: a night not begun is refused with both readings, and no diary is created by the refusal.
    @Test func aCheckInForANightNotBegunIsRefused() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        // Sat 09:00: tonight is Saturday's night (begun, ahead); Sunday's has not begun.
        #expect(throws: InputError(field: "--night", value: "2026-11-22", accepted: "a night that has begun: tonight or earlier",
                                   hint: "the night of Sun 2026-11-22 has not begun yet; tonight is Sat 2026-11-21")) {
            try diary.actions.checkIn(night: Self.night("2026-11-22"), sleep: .quiet)
        }
        #expect(throws: InputError.self) { try diary.actions.checkIn(sleep: .disturbed(11)) }
        #expect(!FileManager.default.fileExists(atPath: diary.path))
        #expect(try diary.actions.checkIn(night: Self.night("2026-11-21"), sleep: .quiet).checkIn.night == Self.night("2026-11-21"))
    }

    // Issue 12: a gap overlapping one already marked is refused, naming it; entries on its nights are counted.
    @Test func gapsRefuseOverlapAndCountTheEntriesTheyHold() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        try Self.log(diary, "left calf 2m", at: "2026-11-12T02:00")
        _ = try diary.actions.checkIn(night: Self.night("2026-11-13"), sleep: .quiet)
        let range = NightRange(from: Self.night("2026-11-10"), to: Self.night("2026-11-14"))!
        let marked = try diary.actions.markGap(range, note: "travel")
        #expect(marked.gap == KeepingGap(id: 1, first: range.from, last: range.to, note: "travel",
                                         createdUTC: diary.nowUTC, updatedUTC: diary.nowUTC))
        #expect(marked.episodes == 1 && marked.checkIns == 1)
        #expect(throws: KeepingRefusal.overlapsGap(asked: "Sat 2026-11-14 to Sun 2026-11-15 (2 nights)", gap: marked.gap)) {
            try diary.actions.markGap(NightRange(from: Self.night("2026-11-14"), to: Self.night("2026-11-15"))!)
        }
        #expect(try diary.actions.markGap(NightRange(night: Self.night("2026-11-15"))).gap.id == 2)
        // A check-in inside a gap is stored, and says the gap overrules it.
        #expect(try diary.actions.checkIn(night: Self.night("2026-11-12"), sleep: .quiet).gap?.id == 1)
        #expect(throws: InputError.self) { try diary.actions.removeGap(id: 9) }
        #expect(try diary.actions.removeGap(id: 1) == marked.gap)
        #expect(try Self.rows(diary, "keeping_gap") == 1)
    }

    // Issue 12: ending keeping opens a gap from tonight; restarting closes it the night before the restart.
    @Test func keepingStopsAndRestartsWithTheRightRefusals() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        #expect(throws: KeepingRefusal.notEnded) { try diary.actions.restartKeeping() }
        _ = try diary.actions.markGap(NightRange(from: Self.night("2026-11-01"), to: Self.night("2026-11-05"))!)
        #expect(throws: KeepingRefusal.self) { try diary.actions.stopKeeping(from: Self.night("2026-11-05")) }
        let ended = try diary.actions.stopKeeping(note: "Klinik")
        #expect(ended.first == Self.night("2026-11-21") && ended.last == nil && ended.id == 2)
        #expect(throws: KeepingRefusal.alreadyEnded(ended)) { try diary.actions.stopKeeping() }
        #expect(throws: KeepingRefusal.restartNotAfterEnd(restart: Self.night("2026-11-21"), gap: ended)) {
            try diary.actions.restartKeeping()
        }
        let later = Self.actions(diary, at: "2026-11-28T20:00")
        let closed = try later.restartKeeping()
        #expect(closed.first == Self.night("2026-11-21") && closed.last == Self.night("2026-11-27") && closed.note == "Klinik")
        #expect(try later.reader().keepingEnded() == nil)
        #expect(throws: KeepingRefusal.notEnded) { try later.restartKeeping() }
        guard case .undone(let undone) = try later.undo() else { Issue.record("nothing undone"); return }
        #expect(undone.command == "keeping start")
        #expect(try later.reader().keepingEnded() == ended)
        #expect(try later.restartKeeping(from: Self.night("2026-11-23")).last == Self.night("2026-11-22"))
    }

    // Issue 12: a check-in is removed by its night or its number, and undo brings it back with the same number.
    @Test func aCheckInIsRemovedByNightOrNumber() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        #expect(throws: InputError.self) { try diary.actions.removeCheckIn(.id(1)) }
        let first = try diary.actions.checkIn(sleep: .quiet).checkIn
        let second = try diary.actions.checkIn(night: Self.night("2026-11-19"), sleep: .disturbed(1)).checkIn
        #expect(try diary.actions.removeCheckIn(.night(Self.night("2026-11-20"))) == first)
        #expect(throws: InputError.self) { try diary.actions.removeCheckIn(.night(Self.night("2026-11-20"))) }
        #expect(try diary.actions.removeCheckIn(.id(second.id!)) == second)
        _ = try diary.actions.undo()
        _ = try diary.actions.undo()
        #expect(try diary.actions.reader().keeping(settings: .defaults).checkIns == [second, first])
    }
}
