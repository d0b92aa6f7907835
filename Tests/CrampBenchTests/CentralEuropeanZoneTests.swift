import Diary
import Testing
@testable import CrampBench

@Suite struct CentralEuropeanZoneTests {
    let zone = CentralEuropeanZone()

    private func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0) -> Int64 {
        Int64(CivilDate(year: year, month: month, day: day)!.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60)
    }

    @Test func summerTimeRunsFromTheLastSundayOfMarchToTheLastSundayOfOctober() {
        // 2026: 29 March and 25 October, both at 01:00 UTC.
        #expect(zone.offset(atUTC: utc(2026, 3, 29, 0, 59)) == 3600)
        #expect(zone.offset(atUTC: utc(2026, 3, 29, 1)) == 7200)
        #expect(zone.offset(atUTC: utc(2026, 10, 25, 0, 59)) == 7200)
        #expect(zone.offset(atUTC: utc(2026, 10, 25, 1)) == 3600)
        // 2017: 26 March and 29 October.
        #expect(zone.offset(atUTC: utc(2017, 3, 26, 1)) == 7200)
        #expect(zone.offset(atUTC: utc(2017, 3, 25, 12)) == 3600)
        #expect(zone.offset(atUTC: utc(2017, 10, 29, 0, 30)) == 7200)
        #expect(zone.offset(atUTC: utc(2017, 10, 29, 1, 30)) == 3600)
    }

    @Test func aSkippedReadingMovesAnHourOnAndARepeatedOneTakesTheFirst() {
        let skipped = LocalDateTime(date: CivilDate(year: 2026, month: 3, day: 29)!, hour: 2, minute: 30)!
        let moved = zone.timestamp(local: skipped)
        #expect(moved.offset == 7200)
        #expect(moved.utc == utc(2026, 3, 29, 1, 30))
        let repeated = LocalDateTime(date: CivilDate(year: 2026, month: 10, day: 25)!, hour: 2, minute: 30)!
        let first = zone.timestamp(local: repeated)
        #expect(first.offset == 7200)
        #expect(first.utc == utc(2026, 10, 25, 0, 30))
    }
}
