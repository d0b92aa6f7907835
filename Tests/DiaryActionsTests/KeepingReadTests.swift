import Diary
import DiaryActions
import DiaryStore
import Foundation
import Testing

@Suite("Reader: the keeping facts")
struct KeepingReadTests {
    static func night(_ text: String) -> Night { Night(evening: CivilDate(iso: text)!) }

    // Issue 12: an absent diary has no first record, and nothing is created by asking.
    @Test func anAbsentDiaryHasNoFirstRecord() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        var settings = Settings.defaults
        settings.keeping = .strict
        let keeping = try diary.actions.reader().keeping(settings: settings)
        #expect(keeping == DiaryKeeping(rule: .strict, firstRecord: nil))
        #expect(!FileManager.default.fileExists(atPath: diary.path))
    }

    // Issue 12: the reader hands over the rule, the first record's night, every gap and every check-in in order.
    @Test func theReaderGathersRuleFirstRecordGapsAndCheckIns() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let file = try #require(try DiaryFile.open(path: diary.path, create: true))
        let at = Timestamp(utc: diary.nowUTC, offset: 3600)
        try file.write {
            // Sat 2026-11-14 01:30 +01:00: the night of Fri the 13th.
            _ = try EpisodeRepository(file.db).insert(
                Episode(start: Timestamp(utc: diary.nowUTC - 7 * 86_400 - 7 * 3600 - 1800, offset: 3600), leg: .left,
                        durationSeconds: 60), nowUTC: diary.nowUTC)
            _ = try CheckInRepository(file.db).insert(CheckIn(night: Self.night("2026-11-20"), sleep: .disturbed(4), at: at),
                                                      nowUTC: diary.nowUTC)
            _ = try CheckInRepository(file.db).insert(CheckIn(night: Self.night("2026-11-16"), sleep: .quiet, at: at),
                                                      nowUTC: diary.nowUTC)
            _ = try KeepingGapRepository(file.db).insert(KeepingGap(first: Self.night("2026-11-21"), last: nil), nowUTC: diary.nowUTC)
            _ = try KeepingGapRepository(file.db).insert(
                KeepingGap(first: Self.night("2026-11-17"), last: Self.night("2026-11-18"), note: "Klinik"), nowUTC: diary.nowUTC)
        }
        let keeping = try diary.actions.reader().keeping(settings: .defaults)
        #expect(keeping.rule == .continuous)
        #expect(keeping.firstRecord == Self.night("2026-11-13"))
        #expect(keeping.gaps.map(\.first) == [Self.night("2026-11-17"), Self.night("2026-11-21")])
        #expect(keeping.gaps.map(\.last) == [Self.night("2026-11-18"), nil])
        #expect(keeping.checkIns.map(\.night) == [Self.night("2026-11-16"), Self.night("2026-11-20")])
        #expect(keeping.checkIns.map(\.sleep) == [.quiet, .disturbed(4)])
    }
}
