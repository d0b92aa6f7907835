import Diary
import Testing

@Suite("NightRange")
struct NightRangeTests {
    let week = NightRange(from: night("2026-11-09"), to: night("2026-11-15"))!

    @Test("ends are inclusive")
    func inclusive() {
        #expect(week.count == 7)
        #expect(week.contains(night("2026-11-09")))
        #expect(week.contains(night("2026-11-15")))
        #expect(week.contains(night("2026-11-12")))
        #expect(!week.contains(night("2026-11-08")))
        #expect(!week.contains(night("2026-11-16")))
    }

    @Test("a reversed range does not exist; a one-night range does")
    func construction() {
        #expect(NightRange(from: night("2026-11-15"), to: night("2026-11-09")) == nil)
        let one = NightRange(from: night("2026-11-17"), to: night("2026-11-17"))
        #expect(one == NightRange(night: night("2026-11-17")))
        #expect(one?.count == 1)
    }

    @Test("the last n nights end with the given night")
    func lastCount() {
        let range = NightRange(last: night("2026-11-16"), count: 30)
        #expect(range.from == night("2026-10-18"))
        #expect(range.to == night("2026-11-16"))
        #expect(range.count == 30)
    }

    @Test("nights run in order across month and year ends")
    func nights() {
        let range = NightRange(from: night("2026-12-30"), to: night("2027-01-02"))!
        #expect(Array(range.nights) == ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"].map(night))
        #expect(range.nights.count == range.count)
        let leap = NightRange(from: night("2028-02-28"), to: night("2028-03-01"))!
        #expect(Array(leap.nights).map(\.description) == ["2028-02-28", "2028-02-29", "2028-03-01"])
    }

    @Test("previous is the same length just before")
    func previous() {
        #expect(week.previous == NightRange(from: night("2026-11-02"), to: night("2026-11-08")))
        let month = NightRange(from: night("2026-03-01"), to: night("2026-03-31"))!
        #expect(month.previous == NightRange(from: night("2026-01-29"), to: night("2026-02-28")))
        #expect(NightRange(night: night("2026-01-01")).previous == NightRange(night: night("2025-12-31")))
    }

    @Test("header label names weekdays, dates and the count")
    func label() {
        #expect(week.label == "Mon 2026-11-09 to Sun 2026-11-15 (7 nights)")
        #expect(NightRange(night: night("2026-11-17")).label == "Tue 2026-11-17 (1 night)")
        #expect(NightRange(from: night("2026-11-16"), to: night("2026-11-17"))!.label
                == "Mon 2026-11-16 to Tue 2026-11-17 (2 nights)")
    }

    @Test("description parses back as the same nights")
    func description() throws {
        #expect(week.description == "2026-11-09..2026-11-15")
        #expect(NightRange(night: night("2026-11-17")).description == "2026-11-17")
        for range in [week, NightRange(night: night("2026-11-17"))] {
            #expect(try PeriodExpression.parse(range.description) == .nights(range))
        }
    }
}
