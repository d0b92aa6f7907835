import Diary
import DiaryStore
import Testing

/// The medicine timeline's table (schema version 3), on real diary files.
@Suite("Medicine timeline repository")
struct MedicineEventRepositoryTests {
    static func stamp(_ local: String, _ offsetHours: Int) -> Timestamp {
        Timestamp(utc: Moments.utc(local + Timestamp.offsetText(offsetHours * 3600)), offset: offsetHours * 3600)
    }

    // Issue 14: a start, a dose change and a stop are stored and read back exactly, earliest first.
    @Test func eventsRoundTripEarliestFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = MedicineEventRepository(file.db)
        let start = MedicineEvent(name: "Furosemide", action: .start, dose: "40 mg", at: Self.stamp("2026-03-01T08:00:00", 1),
                                  note: "nach dem Klinikaufenthalt")
        let change = MedicineEvent(name: "furosemide", action: .change, dose: "20 mg", at: Self.stamp("2026-04-01T08:00:00", 2))
        let stop = MedicineEvent(name: "Furosemide", action: .stop, at: Self.stamp("2026-05-01T08:00:00", 2))
        let ids = try file.write {
            [try repository.insert(stop, nowUTC: Moments.now), try repository.insert(start, nowUTC: Moments.now),
             try repository.insert(change, nowUTC: Moments.now)]
        }
        var expected = start
        expected.id = ids[1]
        expected.createdUTC = Moments.now
        expected.updatedUTC = Moments.now
        #expect(try repository.fetch(id: ids[1]) == expected)
        #expect(try repository.all().map(\.id) == [ids[1], ids[2], ids[0]])
        #expect(try repository.all().map(\.action) == [.start, .change, .stop])
        #expect(Set(try repository.all().map(\.nameKey)) == ["furosemide"])
        #expect(try repository.count() == 3)
        #expect(try file.write { try repository.delete(id: ids[0]) } && repository.count() == 2)
    }

    // Issue 14: the schema refuses a stop with a dose and a change without one, whatever the caller forgot.
    @Test func theSchemaRefusesAStopWithADoseAndAChangeWithout() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = MedicineEventRepository(file.db)
        let at = Self.stamp("2026-03-01T08:00:00", 1)
        #expect(throws: (any Error).self) {
            try file.write { _ = try repository.insert(MedicineEvent(name: "x", action: .stop, dose: "1 mg", at: at), nowUTC: Moments.now) }
        }
        #expect(throws: (any Error).self) {
            try file.write { _ = try repository.insert(MedicineEvent(name: "x", action: .change, at: at), nowUTC: Moments.now) }
        }
        #expect(try repository.count() == 0)
    }
}
