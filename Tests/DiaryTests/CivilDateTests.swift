import Diary
import Foundation
import Testing

@Suite("CivilDate")
struct CivilDateTests {
    @Test("ISO weeks at year ends", arguments: [
        ("2026-11-17", 2026, 47), ("2026-11-15", 2026, 46), ("2026-12-31", 2026, 53), ("2027-01-03", 2026, 53),
        ("2027-01-04", 2027, 1), ("2025-12-29", 2026, 1), ("2026-01-01", 2026, 1), ("2024-12-30", 2025, 1),
        ("2021-01-03", 2020, 53), ("2021-01-04", 2021, 1), ("2025-12-28", 2025, 52), ("2016-01-03", 2015, 53),
    ])
    func isoWeek(date: String, year: Int, week: Int) {
        #expect(day(date).isoWeek == (year, week))
    }

    @Test("2026 has 53 ISO weeks, 2025 has 52")
    func weeksPerYear() {
        #expect(CivilDate.mondayOf(isoYear: 2026, week: 53) == day("2026-12-28"))
        #expect(CivilDate.mondayOf(isoYear: 2026, week: 54) == nil)
        #expect(CivilDate.mondayOf(isoYear: 2025, week: 53) == nil)
        #expect(CivilDate.mondayOf(isoYear: 2025, week: 52) == day("2025-12-22"))
        #expect(CivilDate.mondayOf(isoYear: 2026, week: 1) == day("2025-12-29"))
        #expect(CivilDate.mondayOf(isoYear: 2026, week: 46) == day("2026-11-09"))
        #expect(CivilDate.mondayOf(isoYear: 2026, week: 0) == nil)
    }

    @Test("weekdays, including before 1970", arguments: [
        ("1970-01-01", 4, "Thu"), ("1969-12-31", 3, "Wed"), ("2026-11-16", 1, "Mon"), ("2026-11-15", 7, "Sun"),
        ("2000-02-29", 2, "Tue"), ("1900-01-01", 1, "Mon"), ("2026-03-29", 7, "Sun"), ("2026-10-25", 7, "Sun"),
    ])
    func weekday(date: String, iso: Int, name: String) {
        #expect(day(date).isoWeekday == iso)
        #expect(day(date).weekdayName == name)
    }

    @Test("day counts agree with Foundation's Gregorian calendar")
    func daysSinceEpochMatchesFoundation() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Every 97th day from 1601 to 2400 covers leap rules, century years and negative counts.
        for days in stride(from: -134_774, through: 157_000, by: 97) {
            let date = CivilDate(daysSinceEpoch: days)
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(days) * 86_400))
            #expect((date.year, date.month, date.day) == (parts.year!, parts.month!, parts.day!), "day \(days)")
            #expect(date.daysSinceEpoch == days)
        }
    }

    @Test("invalid dates do not exist", arguments: [
        (2026, 2, 29), (1900, 2, 29), (2026, 13, 1), (2026, 0, 1), (2026, 4, 31), (2026, 1, 0), (0, 1, 1), (10_000, 1, 1),
    ])
    func invalid(year: Int, month: Int, dayOfMonth: Int) {
        #expect(CivilDate(year: year, month: month, day: dayOfMonth) == nil)
    }

    @Test("leap days exist where they should")
    func leapDays() {
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
        #expect(day("2028-02-29").endOfMonth == day("2028-02-29"))
        #expect(day("2026-02-10").endOfMonth == day("2026-02-28"))
    }

    @Test("ISO text is exactly YYYY-MM-DD", arguments: ["2026-1-05", "2026-01-5", "26-01-05", "2026/01/05", "2026-01-05T", ""])
    func isoText(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test("arithmetic and week starts")
    func arithmetic() {
        #expect(day("2026-12-31").adding(days: 1) == day("2027-01-01"))
        #expect(day("2026-03-01").adding(days: -1) == day("2026-02-28"))
        #expect(day("2026-11-01").days(to: day("2026-11-17")) == 16)
        #expect(day("2026-11-17").startOfISOWeek == day("2026-11-16"))
        #expect(day("2026-11-15").startOfISOWeek == day("2026-11-09"))
        #expect(day("2026-11-16").startOfISOWeek == day("2026-11-16"))
        #expect(day("2026-11-17").description == "2026-11-17")
    }
}
