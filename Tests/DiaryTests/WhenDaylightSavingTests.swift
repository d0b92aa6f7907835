import Diary
import Testing

/// Europe/Berlin 2026: on 2026-03-29 the clocks jump from 02:00 to 03:00 (02:xx never happens);
/// on 2026-10-25 they fall back from 03:00 to 02:00 (02:xx happens twice, first at +02:00, then at +01:00).
@Suite("When.parse across daylight-saving changes")
struct WhenDaylightSavingTests {
    let zone = Berlin2026Zone()

    @Test("the test zone has a gap in spring and a repeat in autumn")
    func zoneShape() {
        let gap = LocalDateTime(date: day("2026-03-29"), hour: 2, minute: 30)!
        let repeated = LocalDateTime(date: day("2026-10-25"), hour: 2, minute: 30)!
        #expect(zone.timestamps(for: gap).isEmpty)
        #expect(zone.timestamps(for: repeated).map(\.utc) == [instant("2026-10-25T00:30:00Z"), instant("2026-10-25T01:30:00Z")])
        #expect(zone.timestamps(for: repeated).map(\.offset) == [7200, 3600])
        let before = LocalDateTime(date: day("2026-03-29"), hour: 1, minute: 59, second: 59)!
        #expect(zone.timestamps(for: before).map(\.utc) == [instant("2026-03-29T00:59:59Z")])
        let after = LocalDateTime(date: day("2026-03-29"), hour: 3, minute: 0)!
        #expect(zone.timestamps(for: after).map(\.utc) == [instant("2026-03-29T01:00:00Z")])
    }

    // MARK: Spring forward, 2026-03-29

    @Test("a skipped reading is refused, naming the jump and suggesting the same moment after it", arguments: [
        ("02:30", "\"03:30\""), ("2:00", "\"03:00\""), ("today 02:30", "\"today 03:30\""),
        ("sun 2:59", "\"sun 03:59\""), ("2026-03-29 02:30", "\"2026-03-29 03:30\""),
        ("2026-03-29T02:15:30", "\"2026-03-29 03:15:30\""), ("2:30am", "\"03:30\""),
    ])
    func springGap(text: String, suggestion: String) {
        let now = clock("2026-03-29T05:00:00+02:00")
        let error = expectRefusal(field: "--at", value: text,
                                  hint: "clocks went forward 1 hour from 2026-03-29 02:00 to 2026-03-29 03:00") {
            () throws(InputError) in try When.parse(text, clock: now)
        }
        #expect(error?.hint?.contains("did you mean \(suggestion)") == true, "\(error?.hint ?? "none")")
    }

    @Test("readings either side of the gap resolve with their own offsets", arguments: [
        ("01:59", "2026-03-29T01:59:00+01:00"), ("03:00", "2026-03-29T03:00:00+02:00"),
        ("01:59:59", "2026-03-29T01:59:59+01:00"), ("yesterday 02:30", "2026-03-28T02:30:00+01:00"),
        ("sat 02:30", "2026-03-28T02:30:00+01:00"), ("04:59", "2026-03-29T04:59:00+02:00"),
        ("06:01", "2026-03-28T06:01:00+01:00"),
    ])
    func springAround(text: String, expected: String) throws {
        let now = clock("2026-03-29T05:00:00+02:00")
        expectStamp(try When.parse(text, clock: now), expected)
    }

    @Test("before the gap, a skipped reading of today is still in the future, so yesterday's is meant")
    func springGapInFuture() throws {
        let now = clock("2026-03-29T01:30:00+01:00")
        expectStamp(try When.parse("02:30", clock: now), "2026-03-28T02:30:00+01:00")
        expectRefusal(field: "--at", value: "today 02:30", hint: "yesterday 02:30") {
            () throws(InputError) in try When.parse("today 02:30", clock: now)
        }
    }

    @Test("durations ago count real time across the change")
    func springAgo() throws {
        // 03:10 CEST is 01:10Z; 30 minutes earlier is 00:40Z, 01:40 CET.
        let now = clock("2026-03-29T03:10:00+02:00")
        expectStamp(try When.parse("30m ago", clock: now), "2026-03-29T01:40:00+01:00")
        expectStamp(try When.parse("-2h", clock: now), "2026-03-29T00:10:00+01:00")
    }

    @Test("an explicit offset inside the gap is kept as given")
    func springExplicitOffset() throws {
        let now = clock("2026-03-29T05:00:00+02:00")
        let stamp = try When.parse("2026-03-29T02:30+01:00", clock: now)
        #expect(stamp.utc == instant("2026-03-29T01:30:00Z"))
        #expect(stamp.offset == 3600)
    }

    // MARK: Fall back, 2026-10-25

    @Test("a repeated reading takes the later occurrence when both are past", arguments: [
        ("02:30", "2026-10-25T02:30:00+01:00"), ("today 02:00", "2026-10-25T02:00:00+01:00"),
        ("2026-10-25 02:59", "2026-10-25T02:59:00+01:00"), ("sun 2:15am", "2026-10-25T02:15:00+01:00"),
        ("01:59", "2026-10-25T01:59:00+02:00"), ("03:00", "2026-10-25T03:00:00+01:00"),
    ])
    func fallBothPast(text: String, expected: String) throws {
        let now = clock("2026-10-25T04:00:00+01:00")
        expectStamp(try When.parse(text, clock: now), expected)
    }

    @Test("during the second pass, a reading not yet repeated is the first pass")
    func fallSecondPass() throws {
        // 02:40 CET = 01:40Z. 02:30 happened at 00:30Z and 01:30Z; 02:50 only at 00:50Z so far.
        let now = clock("2026-10-25T02:40:00+01:00")
        expectStamp(try When.parse("02:30", clock: now), "2026-10-25T02:30:00+01:00")
        expectStamp(try When.parse("02:50", clock: now), "2026-10-25T02:50:00+02:00")
        expectStamp(try When.parse("today 02:50", clock: now), "2026-10-25T02:50:00+02:00")
        expectStamp(try When.parse("30m ago", clock: now), "2026-10-25T02:10:00+01:00")
        expectStamp(try When.parse("1h ago", clock: now), "2026-10-25T02:40:00+02:00")
    }

    @Test("during the first pass, a later reading has not happened today at all")
    func fallFirstPass() throws {
        // 02:40 CEST = 00:40Z. 02:30 happened once (00:30Z); 02:50 is yet to come twice.
        let now = clock("2026-10-25T02:40:00+02:00")
        expectStamp(try When.parse("02:30", clock: now), "2026-10-25T02:30:00+02:00")
        // Issue 13: 10 minutes ahead is asked about, offering now and yesterday, rather than read as yesterday.
        for text in ["02:50", "today 02:50"] {
            #expect(throws: InputError(field: "--at", value: text, sentence: "\"\(text)\" is 10 minutes ahead of now "
                + "(02:40). Did you mean now (--at now) or yesterday 02:50 (--at \"yesterday 02:50\")?")) {
                try When.parse(text, clock: now)
            }
        }
        expectStamp(try When.parse("yesterday 02:50", clock: now), "2026-10-24T02:50:00+02:00")
    }

    @Test("days later, the repeated hour still resolves to its later occurrence")
    func fallLater() throws {
        let now = clock("2026-10-26T10:00:00+01:00")
        expectStamp(try When.parse("yesterday 02:30", clock: now), "2026-10-25T02:30:00+01:00")
        expectStamp(try When.parse("2026-10-25T02:30", clock: now), "2026-10-25T02:30:00+01:00")
        let first = try When.parse("2026-10-25T02:30+02:00", clock: now)
        #expect(first.utc == instant("2026-10-25T00:30:00Z"))
    }
}
