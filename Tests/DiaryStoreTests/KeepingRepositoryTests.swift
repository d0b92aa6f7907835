import Diary
import DiaryStore
import Testing

/// Check-ins, marked gaps and the first record's night, on real diary files (issue 12).
@Suite("Keeping: check-in and gap repositories, the first record's night")
struct KeepingRepositoryTests {
    static func night(_ text: String) -> Night { Night(evening: CivilDate(iso: text)!) }

    /// A moment given as its local reading and offset, e.g. ("2026-11-08T02:00:00", +14 h).
    static func stamp(_ local: String, _ offsetHours: Int) -> Timestamp {
        Timestamp(utc: Moments.utc(local + Timestamp.offsetText(offsetHours * 3600)), offset: offsetHours * 3600)
    }

    static let disturbed = CheckIn(night: night("2026-11-16"), sleep: .disturbed(6), soreness: 3,
                                   note: "Wade hart, 二度起きた", at: stamp("2026-11-17T07:30:00", 1))

    // Issue 12: a check-in is stored and read back exactly, quiet as NULL score.
    @Test func checkInsRoundTripWithEveryFieldAndQuietAsNull() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = CheckInRepository(file.db)
        let quiet = CheckIn(night: Self.night("2026-11-15"), sleep: .quiet, at: Self.stamp("2026-11-16T08:10:00", 1))
        let ids = try file.write {
            (try repository.insert(Self.disturbed, nowUTC: Moments.now), try repository.insert(quiet, nowUTC: Moments.now))
        }
        var expected = Self.disturbed
        expected.id = ids.0
        expected.createdUTC = Moments.now
        expected.updatedUTC = Moments.now
        #expect(try repository.fetch(id: ids.0) == expected)
        #expect(try repository.fetch(night: Self.night("2026-11-16")) == expected)
        #expect(try repository.fetch(night: Self.night("2026-11-15"))?.sleep == .quiet)
        #expect(try file.db.scalarText("SELECT night || '/' || quiet || '/' || coalesce(sleep_disturbance, 'null') FROM check_in WHERE id = ?",
                                       ids.1) == "2026-11-15/1/null")
        #expect(try file.db.scalarText("SELECT night || '/' || quiet || '/' || sleep_disturbance || '/' || soreness FROM check_in WHERE id = ?",
                                       ids.0) == "2026-11-16/0/6/3")
        #expect(try repository.all().map(\.night) == [Self.night("2026-11-15"), Self.night("2026-11-16")])
        #expect(try repository.latest()?.id == ids.0)
        #expect(try repository.earliestNight() == Self.night("2026-11-15"))
        #expect(try repository.checkIns(from: Self.night("2026-11-16"), through: Self.night("2026-11-30")).map(\.id) == [ids.0])
        #expect(try repository.count() == 2 && repository.contains(id: ids.1) && !repository.contains(id: 99))
    }

    @Test func aCheckInUpdateReplacesTheFieldsAndKeepsCreation() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = CheckInRepository(file.db)
        let id = try file.write { try repository.insert(Self.disturbed, nowUTC: Moments.now) }
        var changed = try #require(try repository.fetch(id: id))
        changed.sleep = .quiet
        changed.soreness = nil
        changed.note = nil
        try file.write { try repository.update(changed, nowUTC: Moments.now + 60) }
        changed.updatedUTC = Moments.now + 60
        #expect(try repository.fetch(id: id) == changed)
        #expect(try file.write { try repository.delete(id: id) })
        #expect(try file.write { try repository.delete(id: id) } == false)
        #expect(try repository.latest() == nil && repository.earliestNight() == nil)
    }

    @Test func theTableHoldsOneCheckInPerNight() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        _ = try file.write { try CheckInRepository(file.db).insert(Self.disturbed, nowUTC: Moments.now) }
        #expect(throws: StoreError.self) { try file.write { try CheckInRepository(file.db).insert(Self.disturbed, nowUTC: Moments.now) } }
    }

    // Issue 12: gaps are stored, kept in order, and the open one (keeping ended) is found and closed.
    @Test func gapsRoundTripAndTheOpenOneIsClosedByUpdate() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = KeepingGapRepository(file.db)
        let travel = KeepingGap(first: Self.night("2026-11-10"), last: Self.night("2026-11-14"), note: "Reise")
        let ended = KeepingGap(first: Self.night("2026-11-20"), last: nil)
        let ids = try file.write {
            (try repository.insert(ended, nowUTC: Moments.now), try repository.insert(travel, nowUTC: Moments.now))
        }
        #expect(try repository.all().map(\.id) == [ids.1, ids.0])
        #expect(try repository.fetch(id: ids.1) == KeepingGap(id: ids.1, first: travel.first, last: travel.last, note: "Reise",
                                                                createdUTC: Moments.now, updatedUTC: Moments.now))
        #expect(try repository.open()?.id == ids.0)
        #expect(try repository.fetch(firstNight: Self.night("2026-11-10"))?.id == ids.1)
        // A second open gap is refused by the table itself.
        #expect(throws: StoreError.self) { try file.write { try repository.insert(ended, nowUTC: Moments.now) } }
        var closed = try #require(try repository.open())
        closed.last = Self.night("2026-11-22")
        try file.write { try repository.update(closed, nowUTC: Moments.now + 5) }
        #expect(try repository.open() == nil)
        #expect(try repository.fetch(id: ids.0)?.last == Self.night("2026-11-22"))
        #expect(try repository.fetch(id: ids.0)?.updatedUTC == Moments.now + 5)
        #expect(try file.write { try repository.delete(id: ids.1) } && repository.count() == 1)
    }

    @Test func overlappingFindsEveryGapSharingANight() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = KeepingGapRepository(file.db)
        let ids = try file.write {
            [try repository.insert(KeepingGap(first: Self.night("2026-11-10"), last: Self.night("2026-11-14")), nowUTC: Moments.now),
             try repository.insert(KeepingGap(first: Self.night("2026-12-01"), last: nil), nowUTC: Moments.now)]
        }
        func overlap(_ first: String, _ last: String?) throws -> [Int64] {
            try repository.overlapping(first: Self.night(first), last: last.map(Self.night)).compactMap(\.id)
        }
        #expect(try overlap("2026-11-01", "2026-11-09") == [])
        #expect(try overlap("2026-11-01", "2026-11-10") == [ids[0]])
        #expect(try overlap("2026-11-14", "2026-11-14") == [ids[0]])
        #expect(try overlap("2026-11-15", "2026-11-30") == [])
        #expect(try overlap("2026-11-15", "2026-12-01") == [ids[1]])
        #expect(try overlap("2027-05-01", "2027-05-01") == [ids[1]])
        #expect(try overlap("2026-11-12", nil) == ids)
        #expect(try overlap("2026-11-15", nil) == [ids[1]])
    }

    @Test func aNightThatIsNoDateIsReadAsDamage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        // The GLOB lets a day that does not exist through; reading it back must refuse, not invent a night.
        try file.db.run("""
            INSERT INTO check_in (night, quiet, at_utc, utc_offset, created_utc, updated_utc)
            VALUES ('2026-02-30', 1, 0, 0, 0, 0)
            """)
        #expect(throws: StoreError.self) { try CheckInRepository(file.db).all() }
        #expect(throws: StoreError.self) { try CheckInRepository(file.db).earliestNight() }
        try file.db.run("INSERT INTO keeping_gap (first_night, created_utc, updated_utc) VALUES ('2026-13-01', 0, 0)")
        #expect(throws: StoreError.self) { try KeepingGapRepository(file.db).all() }
    }

    // Issue 12: the first record's night follows local readings exactly, whatever the offsets.
    @Test func theFirstRecordNightIsTheEarliestLocalNightNotTheEarliestInstant() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let window = NightWindow.standard
        func log(_ local: String, _ offsetHours: Int) throws {
            _ = try file.write {
                try EpisodeRepository(file.db).insert(Episode(start: Self.stamp(local, offsetHours), leg: .left, durationSeconds: 60),
                                                      nowUTC: Moments.now)
            }
        }
        #expect(try FirstRecord.night(in: file.db, window: window) == nil)
        // 02:00 at +14:00 (night of the 7th, 2026-11-07T12:00Z) and 23:00 at -10:00 (night of the 7th, 11-08T09:00Z).
        try log("2026-11-08T02:00:00", 14)
        try log("2026-11-07T23:00:00", -10)
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-07"))
        // 09:00 at +14:00 on the 7th is 2026-11-06T19:00Z, the smallest instant, but its night is the 7th;
        // 07:00 at -10:00 on the 7th is later in UTC (17:00Z) and belongs to the night of the 6th.
        try log("2026-11-07T09:00:00", 14)
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-07"))
        try log("2026-11-07T07:00:00", -10)
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-06"))
    }

    // Issue 12 with issue 16: a stretch under way is a record like the same stretch recorded; a diary that holds only
    // one is kept from the day it started, and an earlier record still comes first.
    @Test func aStretchUnderWayIsAFirstRecord() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let window = NightWindow.standard
        _ = try file.write {
            try OpenStretchRepository(file.db).insert(
                OpenStretch(posture: .sitting, start: Self.stamp("2026-11-10T14:00:00", 1)), nowUTC: Moments.now)
        }
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-10"))
        _ = try file.write {
            try EpisodeRepository(file.db).insert(Episode(start: Self.stamp("2026-11-09T03:00:00", 1), leg: .left,
                                                          durationSeconds: 60), nowUTC: Moments.now)
        }
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-08"))
    }

    // Issue 12: the widest spread of offsets, 36 hours, is looked at and not a second more is needed.
    @Test func theFirstRecordNightHoldsAtTheWidestOffsetSpread() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        // 08:00 at +18:00 on 2026-11-08 (night of the 8th) is 2026-11-07T14:00Z; 07:59:59 at -18:00 on the same day
        // (night of the 7th) is 36 h less a second later, 2026-11-09T01:59:59Z.
        let first = Timestamp(utc: Moments.utc("2026-11-08T08:00:00+18:00"), offset: 18 * 3600)
        let later = Timestamp(utc: first.utc + 36 * 3600 - 1, offset: -18 * 3600)
        #expect(later.local.description == "2026-11-08T07:59:59")
        _ = try file.write {
            _ = try EpisodeRepository(file.db).insert(Episode(start: first, leg: .left, durationSeconds: 60), nowUTC: Moments.now)
            return try EpisodeRepository(file.db).insert(Episode(start: later, leg: .left, durationSeconds: 60), nowUTC: Moments.now)
        }
        #expect(try FirstRecord.earliestLocalStart(in: file.db, posture: false)?.description == "2026-11-08T07:59:59")
        #expect(try FirstRecord.night(in: file.db, window: .standard) == Self.night("2026-11-07"))
    }

    // Issue 12: a stretch counts from the day it began, a check-in from its night, whichever is first.
    @Test func theFirstRecordIsTheEarliestOfEpisodesStretchesAndCheckIns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let window = NightWindow.standard
        _ = try file.write {
            try EpisodeRepository(file.db).insert(Episode(start: Self.stamp("2026-11-10T03:00:00", 1), leg: .left, durationSeconds: 60),
                                                  nowUTC: Moments.now)
        }
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-09"))
        // A stretch at 07:00 on the 8th counts for the night after that day, the 8th (not the night ending that morning).
        _ = try file.write {
            try PostureRepository(file.db).insert(PostureSession(posture: .standing, start: Self.stamp("2026-11-08T07:00:00", 1),
                                                                 durationSeconds: 3600), nowUTC: Moments.now)
        }
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-08"))
        _ = try file.write {
            try CheckInRepository(file.db).insert(CheckIn(night: Self.night("2026-11-07"), sleep: .quiet,
                                                          at: Self.stamp("2026-11-08T08:30:00", 1)), nowUTC: Moments.now)
        }
        #expect(try FirstRecord.night(in: file.db, window: window) == Self.night("2026-11-07"))
        // A later window end moves the episode's night, never the check-in's.
        let late = try #require(NightWindow(startMinute: 23 * 60, endMinute: 4 * 60))
        #expect(try FirstRecord.night(in: file.db, window: late) == Self.night("2026-11-07"))
    }
}
