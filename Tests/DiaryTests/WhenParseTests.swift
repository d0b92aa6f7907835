import Diary
import Testing

/// Now is Tuesday 2026-11-17 00:20 in Berlin (winter, +01:00): just after midnight, so "most recent past"
/// readings cross into Monday.
@Suite("When.parse")
struct WhenParseTests {
    let now = clock("2026-11-17T00:20:00+01:00")

    func parse(_ text: String) throws(InputError) -> Timestamp { try When.parse(text, clock: now) }

    @Test("now is the clock's instant with the local offset")
    func nowWord() throws {
        expectStamp(try parse("now"), "2026-11-17T00:20:00+01:00")
        expectStamp(try parse("  NOW "), "2026-11-17T00:20:00+01:00")
    }

    @Test("a bare clock time is its most recent past occurrence", arguments: [
        ("23:40", "2026-11-16T23:40:00+01:00"), ("00:10", "2026-11-17T00:10:00+01:00"),
        ("00:20", "2026-11-17T00:20:00+01:00"), ("01:21", "2026-11-16T01:21:00+01:00"),
        ("03:10", "2026-11-16T03:10:00+01:00"), ("3:10", "2026-11-16T03:10:00+01:00"),
        ("3:10:05", "2026-11-16T03:10:05+01:00"), ("0:00", "2026-11-17T00:00:00+01:00"),
        ("01:20:01", "2026-11-16T01:20:01+01:00"), ("23:59:59", "2026-11-16T23:59:59+01:00"),
    ])
    func bareClock(text: String, expected: String) throws {
        expectStamp(try parse(text), expected)
    }

    @Test("12-hour times, noon and midnight", arguments: [
        ("3am", "2026-11-16T03:00:00+01:00"), ("3:10am", "2026-11-16T03:10:00+01:00"),
        ("11pm", "2026-11-16T23:00:00+01:00"), ("11 PM", "2026-11-16T23:00:00+01:00"),
        ("12am", "2026-11-17T00:00:00+01:00"), ("12pm", "2026-11-16T12:00:00+01:00"),
        ("12:15am", "2026-11-17T00:15:00+01:00"), ("12:30pm", "2026-11-16T12:30:00+01:00"),
        ("noon", "2026-11-16T12:00:00+01:00"), ("midnight", "2026-11-17T00:00:00+01:00"),
        ("3 a.m.", "2026-11-16T03:00:00+01:00"), ("11p.m.", "2026-11-16T23:00:00+01:00"),
        ("03am", "2026-11-16T03:00:00+01:00"), ("3:10:05pm", "2026-11-16T15:10:05+01:00"),
    ])
    func twelveHour(text: String, expected: String) throws {
        expectStamp(try parse(text), expected)
    }

    @Test("today and yesterday, either order, any case and spacing", arguments: [
        ("today 00:10", "2026-11-17T00:10:00+01:00"), ("yesterday 23:40", "2026-11-16T23:40:00+01:00"),
        ("yesterday 11pm", "2026-11-16T23:00:00+01:00"), ("Yesterday   11 pm", "2026-11-16T23:00:00+01:00"),
        ("23:40 yesterday", "2026-11-16T23:40:00+01:00"), ("yesterday at 23:40", "2026-11-16T23:40:00+01:00"),
        ("YESTERDAY 00:30", "2026-11-16T00:30:00+01:00"), ("today midnight", "2026-11-17T00:00:00+01:00"),
        ("yesterday noon", "2026-11-16T12:00:00+01:00"),
    ])
    func dayWords(text: String, expected: String) throws {
        expectStamp(try parse(text), expected)
    }

    @Test("a weekday is the most recent such day, today included when not in the future", arguments: [
        ("mon 23:40", "2026-11-16T23:40:00+01:00"), ("monday 23:40", "2026-11-16T23:40:00+01:00"),
        ("tue 00:10", "2026-11-17T00:10:00+01:00"), ("tuesday 03:00", "2026-11-10T03:00:00+01:00"),
        ("sun 22:00", "2026-11-15T22:00:00+01:00"), ("wed 12:00", "2026-11-11T12:00:00+01:00"),
        ("Thu 3am", "2026-11-12T03:00:00+01:00"), ("thurs 3am", "2026-11-12T03:00:00+01:00"),
        ("fri 11pm", "2026-11-13T23:00:00+01:00"), ("sat 23:40", "2026-11-14T23:40:00+01:00"),
        ("23:40 sun", "2026-11-15T23:40:00+01:00"), ("tues 00:20", "2026-11-17T00:20:00+01:00"),
    ])
    func weekdays(text: String, expected: String) throws {
        expectStamp(try parse(text), expected)
    }

    @Test("durations ago, and a leading minus", arguments: [
        ("20m ago", "2026-11-17T00:00:00+01:00"), ("2h ago", "2026-11-16T22:20:00+01:00"),
        ("1h30m ago", "2026-11-16T22:50:00+01:00"), ("-20m", "2026-11-17T00:00:00+01:00"),
        ("-1h", "2026-11-16T23:20:00+01:00"), ("10 minutes ago", "2026-11-17T00:10:00+01:00"),
        ("- 20m", "2026-11-17T00:00:00+01:00"), ("1:30 ago", "2026-11-17T00:18:30+01:00"),
        ("90s ago", "2026-11-17T00:18:30+01:00"), ("1 hour ago", "2026-11-16T23:20:00+01:00"),
    ])
    func ago(text: String, expected: String) throws {
        expectStamp(try parse(text), expected)
    }

    @Test("ISO 8601 local readings use the zone", arguments: [
        ("2026-11-17T00:10", "2026-11-17T00:10:00+01:00"), ("2026-11-16 02:40", "2026-11-16T02:40:00+01:00"),
        ("2026-11-16T02:40:30", "2026-11-16T02:40:30+01:00"), ("2026-11-16t02:40", "2026-11-16T02:40:00+01:00"),
        ("2026-11-16 3am", "2026-11-16T03:00:00+01:00"), ("2026-07-01 12:00", "2026-07-01T12:00:00+02:00"),
        ("02:40 2026-11-16", "2026-11-16T02:40:00+01:00"), ("1999-12-31 23:59", "1999-12-31T23:59:00+01:00"),
    ])
    func isoLocal(text: String, expected: String) throws {
        expectStamp(try parse(text), expected)
    }

    @Test("ISO 8601 with an offset keeps that offset", arguments: [
        ("2026-11-16T02:40+05:30", "2026-11-16T02:40:00+05:30"), ("2026-11-16T02:40Z", "2026-11-16T02:40:00Z"),
        ("2026-11-16t02:40z", "2026-11-16T02:40:00Z"), ("2026-11-16T02:40-0500", "2026-11-16T02:40:00-05:00"),
        ("2026-11-16 02:40 +01:00", "2026-11-16T02:40:00+01:00"), ("2026-11-16T02:40:30-09:30", "2026-11-16T02:40:30-09:30"),
        ("2026-11-16T23:00+00", "2026-11-16T23:00:00Z"), ("2026-11-16T02:40-18:00", "2026-11-16T02:40:00-18:00"),
    ])
    func isoWithOffset(text: String, expected: String) throws {
        let stamp = try parse(text)
        #expect(stamp.utc == instant(expected))
        #expect(stamp.offset == offsetOf(expected))
        #expect(stamp.local.description == String(expected.prefix(19)))
    }

    @Test("a future local reading is refused, suggesting the past one")
    func futureToday() {
        expectRefusal(field: "--at", value: "today 03:10", hint: "did you mean \"yesterday 03:10\"?") {
            () throws(InputError) in try parse("today 03:10")
        }
        expectRefusal(field: "--at", value: "today 11pm", hint: "later than now (00:20)") {
            () throws(InputError) in try parse("today 11pm")
        }
    }

    @Test("a future ISO time says what now is", arguments: [
        "2026-11-18T00:10", "2026-11-17T00:21", "2027-01-01 00:00", "2026-11-17T00:30+01:00", "2026-11-16T23:30-01:00",
    ])
    func futureISO(text: String) {
        expectRefusal(field: "--at", value: text, hint: "now is 2026-11-17T00:20:00+01:00") {
            () throws(InputError) in try parse(text)
        }
    }

    @Test("refusals carry a useful hint", arguments: [
        ("3", "add am/pm or minutes: 3am, 3pm or 03:00"), ("20m", "20m ago"), ("yesterday", "add a time"),
        ("today", "add a time"), ("2026-11-16", "add a time"), ("2026-02-30 03:00", "not a calendar date"),
        ("in 20m", "future"), ("+20m", "future"), ("0m ago", "at least 1s; for this moment write now"), ("20x ago", "unknown unit"),
        ("20 ago", "add a unit"), ("3:10+01:00", "needs a date"), ("2026-11-16T02:40+19:00", "within 18 hours"),
        ("2026-11-16T02:40+1:00", "+01:00"), ("25:00", "from 0 to 23"), ("3:60", "from 00 to 59"),
        ("13pm", "from 1 to 12"), ("0am", "from 1 to 12"), ("", "empty"), ("  ", "empty"), ("-5mo", "\"mo\""),
    ])
    func hinted(text: String, hint: String) {
        expectRefusal(field: "--at", value: text, hint: hint) { () throws(InputError) in try parse(text) }
    }

    @Test("garbage is refused, never read as now", arguments: [
        "soon", "25:00", "24:00", "3:60", "3:10:60", "13pm", "0am", "0:00am", "123", "3:1", "03:10:5", "tomorrow 3am",
        "yesterday today 3am", "mon tue 3am", "2026-11-16T", "last night", "3pm3", "noonish", "3:10 4:10",
        "2026-11-16 02:40 +01:00 extra", "12.30",
    ])
    func garbage(text: String) {
        expectRefusal(field: "--at", value: text) { () throws(InputError) in try parse(text) }
    }

    @Test("the caller's field name is used")
    func fieldName() {
        expectRefusal(field: "--start", value: "soon") { () throws(InputError) in
            try When.parse("soon", clock: now, field: "--start")
        }
    }

    @Test("negative offsets: local readings and days follow the zone", arguments: [
        ("21:01", "2026-11-15T21:01:00-05:00"), ("19:00", "2026-11-16T19:00:00-05:00"),
        ("yesterday 23:00", "2026-11-15T23:00:00-05:00"), ("today 00:30", "2026-11-16T00:30:00-05:00"),
        ("mon 20:00", "2026-11-16T20:00:00-05:00"), ("30m ago", "2026-11-16T19:30:00-05:00"),
    ])
    func negativeOffset(text: String, expected: String) throws {
        // 2026-11-17T01:00Z is Monday 20:00 in New York winter.
        let newYork = clock("2026-11-16T20:00:00-05:00", zone: FixedOffsetZone(seconds: -5 * 3600))
        expectStamp(try When.parse(text, clock: newYork), expected)
    }
}
