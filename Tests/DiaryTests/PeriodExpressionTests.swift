import Diary
import Testing

/// The current night is Tuesday 2026-11-17's unless a test says otherwise.
@Suite("PeriodExpression")
struct PeriodExpressionTests {
    let current = night("2026-11-17")

    func range(_ text: String, earliest: Night? = nil) throws(InputError) -> NightRange {
        try PeriodExpression.parse(text).resolve(currentNight: current, earliest: earliest)
    }

    @Test("relative forms resolve against the current night", arguments: [
        ("last night", "2026-11-16", "2026-11-16"), ("tonight", "2026-11-17", "2026-11-17"),
        ("this week", "2026-11-16", "2026-11-17"), ("last week", "2026-11-09", "2026-11-15"),
        ("this month", "2026-11-01", "2026-11-17"), ("last month", "2026-10-01", "2026-10-31"),
        ("last 30 nights", "2026-10-18", "2026-11-16"), ("last 7 days", "2026-11-10", "2026-11-16"),
        ("last 2 weeks", "2026-11-03", "2026-11-16"), ("past 3 nights", "2026-11-14", "2026-11-16"),
        ("last 1 night", "2026-11-16", "2026-11-16"), ("last 7days", "2026-11-10", "2026-11-16"),
        ("last 1 week", "2026-11-10", "2026-11-16"), ("Last  Week", "2026-11-09", "2026-11-15"),
        ("  LAST NIGHT ", "2026-11-16", "2026-11-16"),
    ])
    func relative(text: String, from: String, to: String) throws {
        #expect(try range(text) == NightRange(from: night(from), to: night(to)))
    }

    @Test("fixed forms", arguments: [
        ("2026-W46", "2026-11-09", "2026-11-15"), ("2026-w46", "2026-11-09", "2026-11-15"),
        ("2026W46", "2026-11-09", "2026-11-15"), ("2026-W01", "2025-12-29", "2026-01-04"),
        ("2026-W53", "2026-12-28", "2027-01-03"), ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2026-10", "2026-10-01", "2026-10-31"), ("2026-02", "2026-02-01", "2026-02-28"),
        ("2024-02", "2024-02-01", "2024-02-29"), ("2026-11-10", "2026-11-10", "2026-11-10"),
        ("from 2026-11-01 to 2026-11-15", "2026-11-01", "2026-11-15"),
        ("2026-11-01..2026-11-15", "2026-11-01", "2026-11-15"), ("2026-11-01 .. 2026-11-15", "2026-11-01", "2026-11-15"),
        ("2026-11-01 to 2026-11-15", "2026-11-01", "2026-11-15"), ("FROM 2026-11-01 TO 2026-11-15", "2026-11-01", "2026-11-15"),
        ("2026-11-05..2026-11-05", "2026-11-05", "2026-11-05"), ("2026-W45..2026-W46", "2026-11-02", "2026-11-15"),
        ("2026-09..2026-10", "2026-09-01", "2026-10-31"), ("from 2026-10 to 2026-11-05", "2026-10-01", "2026-11-05"),
    ])
    func fixed(text: String, from: String, to: String) throws {
        #expect(try range(text) == NightRange(from: night(from), to: night(to)))
    }

    @Test("fixed nights that run past the current night are cut there; wholly future ones are kept", arguments: [
        ("2026-11", "2026-11-01", "2026-11-17"), ("2026-W47", "2026-11-16", "2026-11-17"),
        ("2026-11-17", "2026-11-17", "2026-11-17"), ("2026-10-20..2026-12-31", "2026-10-20", "2026-11-17"),
        ("2028-02", "2028-02-01", "2028-02-29"), ("2026-11-18", "2026-11-18", "2026-11-18"),
    ])
    func clipped(text: String, from: String, to: String) throws {
        #expect(try range(text) == NightRange(from: night(from), to: night(to)))
    }

    @Test("all runs from the diary's first night, or is the last complete night when the diary is empty")
    func all() throws {
        #expect(try range("all", earliest: night("2026-09-01")) == NightRange(from: night("2026-09-01"), to: current))
        #expect(try range("all", earliest: current) == NightRange(night: current))
        #expect(try range("all") == NightRange(night: night("2026-11-16")))
    }

    @Test("the default is the last 7 complete nights")
    func standard() {
        #expect(PeriodExpression.standard == .lastCompleteNights(7))
        #expect(PeriodExpression.standard.resolve(currentNight: current, earliest: nil)
                == NightRange(from: night("2026-11-10"), to: night("2026-11-16")))
    }

    @Test("calendar edges: January's last month, a leap February, a week across the year")
    func calendarEdges() {
        #expect(PeriodExpression.lastMonth.resolve(currentNight: night("2027-01-05"), earliest: nil)
                == NightRange(from: night("2026-12-01"), to: night("2026-12-31")))
        #expect(PeriodExpression.lastMonth.resolve(currentNight: night("2028-03-10"), earliest: nil)
                == NightRange(from: night("2028-02-01"), to: night("2028-02-29")))
        #expect(PeriodExpression.thisWeek.resolve(currentNight: night("2027-01-01"), earliest: nil)
                == NightRange(from: night("2026-12-28"), to: night("2027-01-01")))
        #expect(PeriodExpression.lastWeek.resolve(currentNight: night("2027-01-04"), earliest: nil)
                == NightRange(from: night("2026-12-28"), to: night("2027-01-03")))
        #expect(PeriodExpression.thisMonth.resolve(currentNight: night("2026-11-01"), earliest: nil)
                == NightRange(night: night("2026-11-01")))
    }

    @Test("weeks go by the evening's date: at Monday 02:00 this week is the one ending Sunday night")
    func weekByEvening() {
        let mondayEarly = clock("2026-11-16T02:00:00+01:00").currentNight(window: .standard)
        #expect(PeriodExpression.thisWeek.resolve(currentNight: mondayEarly, earliest: nil)
                == NightRange(from: night("2026-11-09"), to: night("2026-11-15")))
        #expect(PeriodExpression.lastWeek.resolve(currentNight: mondayEarly, earliest: nil)
                == NightRange(from: night("2026-11-02"), to: night("2026-11-08")))
    }

    @Test("last night on Sunday: Saturday's at 10:00, Friday's at 02:00 while Saturday's goes on")
    func lastNightOnSunday() throws {
        let lastNight = try PeriodExpression.parse("last night")
        let morning = clock("2026-11-15T10:00:00+01:00").currentNight(window: .standard)
        let small = clock("2026-11-15T02:00:00+01:00").currentNight(window: .standard)
        #expect(lastNight.resolve(currentNight: morning, earliest: nil) == NightRange(night: night("2026-11-14")))
        #expect(lastNight.resolve(currentNight: small, earliest: nil) == NightRange(night: night("2026-11-13")))
    }

    @Test("description parses back to the same expression", arguments: [
        "last night", "tonight", "this week", "last week", "this month", "last month", "last 30 nights", "all",
        "2026-W46", "2026-11", "2026-11-17", "from 2026-11-01 to 2026-11-15", "last 2 weeks",
    ])
    func roundTrip(text: String) throws {
        let parsed = try PeriodExpression.parse(text)
        #expect(try PeriodExpression.parse(parsed.description) == parsed)
    }

    @Test("refusals name the field and the value and say why", arguments: [
        ("", "empty"), ("last 0 nights", "at least 1"), ("last 30", "add a unit: last 30 nights"),
        ("last 2 months", "last 60 nights"), ("last 99999999 nights", "at most"), ("last 36601 nights", "at most"),
        ("last 5300 weeks", "at most"), ("2026-13", "no month 13"), ("2026-00", "no month 00"),
        ("2026-02-30", "not a calendar date"), ("2025-W53", "2025 has 52 ISO weeks"), ("2026-W54", "2026 has 53 ISO weeks"),
        ("2026-W00", "2026 has 53 ISO weeks"), ("2026-W4", "2026-W46"), ("week", "this week or last week"),
        ("month", "this month or last month"), ("yesterday", "last night"), ("from 2026-11-01", "add the last night"),
        ("from 2026-11-15 to 2026-11-01", "did you mean from 2026-11-01 to 2026-11-15?"),
        ("2026-11-15..2026-11-01", "end is before the start"), ("2026-11..2026-10", "end is before the start"),
        ("0000-01", "outside the dates a diary holds, 1900-01-01 to 2199-12-31"),
        ("1899-12-31", "1899-12-31 is outside the dates a diary holds, 1900-01-01 to 2199-12-31"),
        ("2200-01", "outside the dates a diary holds"), ("from 2026-11-01 to 2200-01-01", "1900-01-01 to 2199-12-31"),
    ])
    func refusals(text: String, hint: String) {
        expectRefusal(field: "period", value: text, hint: hint) { () throws(InputError) in try PeriodExpression.parse(text) }
    }

    @Test("garbage is refused", arguments: [
        "next week", "someday", "last", "last nights", "last -3 nights", "last 3 fortnights", "2026", "26-11",
        "2026-11-01..", "..2026-11-01", "2026-11-01..2026-11-05..2026-11-09", "2026/11/01", "2026-1", "2026-W46-1",
        "from to", "2026-11-1", "this year", "all nights",
    ])
    func garbage(text: String) {
        expectRefusal(field: "period", value: text) { () throws(InputError) in try PeriodExpression.parse(text) }
    }

    @Test("the caller's field name is used")
    func fieldName() {
        expectRefusal(field: "--period", value: "soon") { () throws(InputError) in
            try PeriodExpression.parse("soon", field: "--period")
        }
    }
}
