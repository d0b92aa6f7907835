import Diary
import Testing

@Suite("DurationText.parse")
struct DurationParseTests {
    @Test("accepted forms", arguments: [
        ("90s", 90), ("2m", 120), ("2min", 120), ("2 min", 120), ("2mins", 120), ("1m30s", 90), ("1:30", 90),
        ("1:02:03", 3723), ("1.5m", 90), ("1.5h", 5400), ("2h", 7200), ("1h30m", 5400), ("1h 30m", 5400),
        ("45sec", 45), ("10 minutes", 600), ("1 hour", 3600), ("2 hours", 7200), ("1 minute", 60),
        ("2 seconds", 2), ("1 second", 1), ("3 secs", 3), ("1hr", 3600), ("2 hrs", 7200), ("1h 1m 1s", 3661),
        ("1 h 30 m", 5400), ("1hour30minutes", 5400), ("0:45", 45), ("90:00", 5400), ("0:00:01", 1),
        ("24:00:00", 86_400), ("24h", 86_400),
    ] as [(String, Int)])
    func accepted(text: String, seconds: Int) throws {
        #expect(try DurationText.parse(text) == seconds)
    }

    @Test("case and surrounding spaces do not matter", arguments: [
        ("  2M ", 120), ("1H30M", 5400), ("10 Minutes", 600), ("\t90S\n", 90), ("1 HOUR", 3600),
    ] as [(String, Int)])
    func caseAndSpaces(text: String, seconds: Int) throws {
        #expect(try DurationText.parse(text) == seconds)
    }

    @Test("m always means minutes, never months")
    func mIsMinutes() throws {
        #expect(try DurationText.parse("30m") == 1800)
        #expect(try DurationText.parse("1m") == 60)
    }

    @Test("a trailing bare number after hours is minutes, after minutes seconds", arguments: [
        ("1h30", 5400), ("2h5", 7500), ("2m05", 125), ("1m30", 90),
    ] as [(String, Int)])
    func trailingBareNumber(text: String, seconds: Int) throws {
        #expect(try DurationText.parse(text) == seconds)
    }

    @Test("fractions round to the nearest second, half up", arguments: [
        ("1.5s", 2), ("2.4s", 2), ("0.5s", 1), ("1.25s", 1), ("1.009m", 61), ("1.0001m", 60), (".5m", 30),
        ("0.25h", 900), ("1,5h", 5400), ("2.5 minutes", 150), ("1.999999999s", 2), ("1h 0.5m", 3630),
    ] as [(String, Int)])
    func fractions(text: String, seconds: Int) throws {
        #expect(try DurationText.parse(text) == seconds)
    }

    @Test("the largest accepted value is the overflow guard itself")
    func overflowBoundary() throws {
        #expect(DurationText.maxParsedSeconds == 366 * 86_400)
        #expect(try DurationText.parse("8784h") == 366 * 86_400)
        expectRefusal(field: "duration", value: "8784h1s", hint: "longer than 8784h") {
            () throws(InputError) in try DurationText.parse("8784h1s")
        }
    }

    @Test("a bare number asks for a unit", arguments: [("90", "add a unit: 90s or 90m"), ("1.5", "add a unit: 1.5s or 1.5m")])
    func bareNumber(text: String, hint: String) {
        let error = expectRefusal(field: "duration", value: text, hint: hint) {
            () throws(InputError) in try DurationText.parse(text)
        }
        #expect(error?.description.contains(hint) == true)
    }

    @Test("days, weeks, months and years are refused by name", arguments: [
        ("2mo", "\"mo\""), ("3 months", "\"months\""), ("1 month", "\"month\""), ("1d", "\"d\""), ("2 days", "\"days\""),
        ("1w", "\"w\""), ("2 weeks", "\"weeks\""), ("1y", "\"y\""), ("1 year", "\"year\""), ("1mon", "\"mon\""),
    ])
    func calendarUnits(text: String, hint: String) {
        expectRefusal(field: "duration", value: text, hint: hint) { () throws(InputError) in try DurationText.parse(text) }
    }

    @Test("negative, signed and zero durations are refused", arguments: [
        ("-5m", "negative"), ("-1:30", "negative"), ("- 2m", "negative"), ("+5m", "without a sign"),
        ("0s", "at least 1s"), ("0m", "at least 1s"), ("0:00", "at least 1s"), ("0:00:00", "at least 1s"),
        ("0.4s", "at least 1s"), ("0h 0m 0s", "at least 1s"),
    ])
    func negativeAndZero(text: String, hint: String) {
        expectRefusal(field: "duration", value: text, hint: hint) { () throws(InputError) in try DurationText.parse(text) }
    }

    @Test("garbage is refused", arguments: [
        "", "   ", "abc", "m", "2x", "1:5", "1:60", "1:02:60", "1:60:00", "1:2:03", "1:30:00:00", ":30", "1:", "1h 2h",
        "30m1h", "1s30", "1h30.5", "1..5m", "1.m", "1.5.2m", "1h30m90", "ten minutes", "1e3s", "٣s", "1:30s",
        "1ms", "1h-30m", "12345678901s",
    ])
    func garbage(text: String) {
        expectRefusal(field: "duration", value: text) { () throws(InputError) in try DurationText.parse(text) }
    }

    @Test("absurd sizes are refused instead of overflowing", arguments: [
        "99999999999h", "999999999h", "9999999999999999999s", "9999h", "100000000:00",
    ])
    func overflow(text: String) {
        expectRefusal(field: "duration", value: text) { () throws(InputError) in try DurationText.parse(text) }
    }

    @Test("order of units is checked", arguments: [("1h 2h", "hours, then minutes"), ("30s 1m", "hours, then minutes")])
    func unitOrder(text: String, hint: String) {
        expectRefusal(field: "duration", value: text, hint: hint) { () throws(InputError) in try DurationText.parse(text) }
    }

    @Test("the caller's field name is used in the message")
    func fieldName() {
        let error = expectRefusal(field: "--for", value: "90", hint: "add a unit") {
            () throws(InputError) in try DurationText.parse("90", field: "--for")
        }
        #expect(error?.description == "cannot use --for \"90\": accepted: \(DurationText.acceptedForms); add a unit: 90s or 90m")
    }

    @Test("format and parse agree", arguments: [1, 45, 59, 60, 61, 90, 599, 3599, 3600, 3661, 5400, 86_399, 86_400])
    func roundTrip(seconds: Int) throws {
        #expect(try DurationText.parse(DurationText.format(seconds)) == seconds)
    }
}
