import Foundation
import Testing

/// The built binary with TZ=Europe/Berlin and a pinned clock around both 2026 clock changes and midnight:
/// the stored UTC instant and offset must be the ones Foundation's tz reader gives for the intended reading.
///
/// 2026-03-29: 02:00 CET becomes 03:00 CEST (02:xx does not exist). 2026-10-25: 03:00 CEST becomes
/// 02:00 CET (02:xx happens twice, first at +02:00, then at +01:00).
@Suite("Clock changes and midnight")
struct ClockChangeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let now: String
        let at: String
        /// The intended moment, with its offset written out.
        let expected: String
        /// Words the echo must contain (local reading with offset, and the night).
        let echo: [String]
        var testDescription: String { "now \(now), --at \(at)" }
    }

    static let cases: [Case] = [
        // Spring forward.
        Case(now: "2026-03-29T09:00", at: "01:59", expected: "2026-03-29T01:59:00+01:00",
             echo: ["Sun 2026-03-29 01:59 +01:00", "night of Sat 2026-03-28"]),
        Case(now: "2026-03-29T09:00", at: "03:00", expected: "2026-03-29T03:00:00+02:00",
             echo: ["Sun 2026-03-29 03:00 +02:00", "night of Sat 2026-03-28"]),
        Case(now: "2026-03-29T09:00", at: "2026-03-29T02:30+01:00", expected: "2026-03-29T02:30:00+01:00",
             echo: ["Sun 2026-03-29 02:30 +01:00"]),
        Case(now: "2026-03-29T03:10", at: "20m ago", expected: "2026-03-29T01:50:00+01:00",
             echo: ["Sun 2026-03-29 01:50 +01:00"]),
        Case(now: "2026-03-29T03:10", at: "yesterday 23:30", expected: "2026-03-28T23:30:00+01:00",
             echo: ["Sat 2026-03-28 23:30 +01:00", "night of Sat 2026-03-28"]),
        Case(now: "2026-03-29T12:00", at: "-3h", expected: "2026-03-29T09:00:00+02:00",
             echo: ["Sun 2026-03-29 09:00 +02:00"]),
        // Fall back: a reading shown twice is the later one that is not in the future.
        Case(now: "2026-10-25T09:00", at: "02:30", expected: "2026-10-25T02:30:00+01:00",
             echo: ["Sun 2026-10-25 02:30 +01:00", "night of Sat 2026-10-24"]),
        Case(now: "2026-10-25T02:45+02:00", at: "02:30", expected: "2026-10-25T02:30:00+02:00",
             echo: ["Sun 2026-10-25 02:30 +02:00"]),
        Case(now: "2026-10-25T09:00", at: "2026-10-25T02:30+02:00", expected: "2026-10-25T02:30:00+02:00",
             echo: ["Sun 2026-10-25 02:30 +02:00"]),
        Case(now: "2026-10-25T03:10", at: "1h ago", expected: "2026-10-25T02:10:00+01:00",
             echo: ["Sun 2026-10-25 02:10 +01:00"]),
        Case(now: "2026-10-25T02:10+01:00", at: "1h ago", expected: "2026-10-25T02:10:00+02:00",
             echo: ["Sun 2026-10-25 02:10 +02:00"]),
        Case(now: "2026-10-25T09:00", at: "01:59", expected: "2026-10-25T01:59:00+02:00",
             echo: ["Sun 2026-10-25 01:59 +02:00"]),
        Case(now: "2026-10-25T09:00", at: "03:00", expected: "2026-10-25T03:00:00+01:00",
             echo: ["Sun 2026-10-25 03:00 +01:00"]),
        // Midnight: a bare time is its most recent past reading, on either side.
        Case(now: "2026-11-17T00:10", at: "23:50", expected: "2026-11-16T23:50:00+01:00",
             echo: ["Mon 2026-11-16 23:50 +01:00", "night of Mon 2026-11-16"]),
        Case(now: "2026-11-16T23:50", at: "00:10", expected: "2026-11-16T00:10:00+01:00",
             echo: ["Mon 2026-11-16 00:10 +01:00", "night of Sun 2026-11-15"]),
        Case(now: "2026-11-17T00:10", at: "midnight", expected: "2026-11-17T00:00:00+01:00",
             echo: ["Tue 2026-11-17 00:00 +01:00", "night of Mon 2026-11-16"]),
        Case(now: "2026-11-17T00:05", at: "10m ago", expected: "2026-11-16T23:55:00+01:00",
             echo: ["Mon 2026-11-16 23:55 +01:00", "night of Mon 2026-11-16"]),
        Case(now: "2026-11-17T09:00", at: "02:40", expected: "2026-11-17T02:40:00+01:00",
             echo: ["Tue 2026-11-17 02:40 +01:00", "night of Mon 2026-11-16"]),
        // Summer time away from the change keeps +02:00.
        Case(now: "2026-07-01T08:00", at: "02:40", expected: "2026-07-01T02:40:00+02:00",
             echo: ["Wed 2026-07-01 02:40 +02:00", "night of Tue 2026-06-30"]),
    ]

    @Test(arguments: cases)
    func storesTheIntendedInstantAndItsOffset(_ item: Case) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.ok(["log", "left", "calf", "2m", "--at", item.at], now: item.now)
        let utc = Oracle.utc(item.expected)
        let written = item.expected.hasSuffix("+02:00") ? 7200 : 3600
        if item.at.hasSuffix("+01:00") || item.at.hasSuffix("+02:00") {
            // An offset typed by the person is kept as typed (they may have been elsewhere), even when
            // Berlin's clock showed another: 02:30+01:00 on 2026-03-29 was 03:30 in Berlin.
            #expect(item.at.hasSuffix(String(item.expected.suffix(6))))
        } else {
            // Otherwise the offset is the one in force in Berlin, per Foundation's tz reader: this also
            // guards the table above against a hand-written mistake.
            #expect(Oracle.berlinOffset(utc) == written, "\(item.expected) is not Berlin time")
        }
        #expect(try cramp.row("SELECT start_utc, utc_offset FROM episode") == "\(utc)|\(written)")
        for part in item.echo { #expect(result.stderr.contains(part), "missing \(part) in \(result.stderr)") }
    }

    @Test func aReadingTheClocksSkippedIsRefusedWithTheHourAfter() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(["log", "left", "calf", "2m", "--at", "02:30"], now: "2026-03-29T09:00")
        expectRefusal(result, field: "--at", value: "02:30", "skipped reading")
        #expect(result.stderr.contains("did you mean \"03:30\""), "\(result.stderr)")
        #expect(cramp.snapshot().isEmpty)
    }

    @Test func aPinnedNowInTheSkippedHourIsRefused() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(["log", "left", "2m"], now: "2026-03-29T02:30")
        expectRefusal(result, field: "--now", value: "2026-03-29T02:30", "skipped now")
    }

    /// A sitting stretch ending after the fall-back change started at summer time: the start keeps its own offset.
    @Test func aPostureSessionAcrossTheChangeStoresTheStartOffset() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["sit", "2h"], now: "2026-10-25T03:30")
        let end = Oracle.utc("2026-10-25T03:30:00+01:00")
        #expect(try cramp.row("SELECT start_utc, utc_offset, duration_s FROM posture_session")
            == "\(end - 7200)|\(Oracle.berlinOffset(end - 7200))|7200")
        #expect(Oracle.berlinOffset(end - 7200) == 7200)
    }

    /// Episodes on both sides of the spring change list under the nights they belong to.
    @Test func listGroupsByNightAcrossTheChange() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["log", "left", "1m", "--at", "2026-03-28 23:50"], now: "2026-03-29T09:00")
        try cramp.ok(["log", "left", "1m", "--at", "2026-03-29 03:05"], now: "2026-03-29T09:00")
        try cramp.ok(["log", "left", "1m", "--at", "2026-03-29 08:30"], now: "2026-03-29T09:00")
        let json = try cramp.ok(["list", "--json"], now: "2026-03-29T09:00")
        let array = try #require(try JSONSerialization.jsonObject(with: json.stdoutBytes) as? [[String: Any]])
        #expect(array.map { $0["night_of"] as? String } == ["2026-03-28", "2026-03-28", "2026-03-29"])
        #expect(array.map { $0["start_local"] as? String }
            == ["2026-03-28T23:50:00+01:00", "2026-03-29T03:05:00+02:00", "2026-03-29T08:30:00+02:00"])
    }
}
