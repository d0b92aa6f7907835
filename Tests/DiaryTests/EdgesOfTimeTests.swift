import Diary
import Testing

/// Issue 11's edges of time in the domain: offsets with seconds, the date bounds, zones beyond ±18:00, jumps.
@Suite("Edges of time")
struct EdgesOfTimeTests {
    // Issue 11, point 13
    @Test("an offset is written exactly: minutes when it has none left over, seconds when it has", arguments: [
        (3600, "+01:00"), (-18_000, "-05:00"), (0, "+00:00"), (-2670, "-00:44:30"), (4772, "+01:19:32"),
        (64_800, "+18:00"), (-64_800, "-18:00"),
    ])
    func point13_offsetTextKeepsSeconds(offset: Int, text: String) {
        #expect(Timestamp.offsetText(offset) == text)
    }

    // Issue 11, point 13
    @Test("--at reads an offset with seconds back", arguments: ["1971-05-31T03:10-00:44:30", "1971-05-31T03:10-004430"])
    func point13_whenReadsAnOffsetWithSeconds(text: String) throws {
        let now = Clock(nowUTC: 100_000_000, zone: FixedOffsetZone(seconds: -2670))
        let stamp = try When.parse(text, clock: now)
        #expect(stamp.offset == -2670)
        #expect(stamp.iso8601 == "1971-05-31T03:10:00-00:44:30")
    }

    // Issue 11, point 13
    @Test("--at refuses dates outside the bounds, naming them", arguments: [
        "1899-12-31 23:59", "0001-01-01 03:00", "1899-12-31T23:00+01:00", "2200-01-01 03:00",
    ])
    func point13_whenRefusesDatesOutsideTheBounds(text: String) {
        let now = clock("2026-03-29T05:00:00+02:00")
        let error = expectRefusal(field: "--at", value: text) { () throws(InputError) in try When.parse(text, clock: now) }
        #expect(error?.description.contains("1900-01-01 to 2199-12-31") == true, "\(error?.description ?? "none")")
    }

    // Issue 11, point 6
    @Test("a zone beyond ±18:00 never traps: timestamps hold the limit, and the raw offset is reported")
    func point6_zonesBeyondTheLimitAreTotal() {
        let zone = FixedOffsetZone(seconds: 19 * 3600)
        #expect(zone.unsupportedOffset(atUTC: 0) == 19 * 3600)
        #expect(zone.timestamp(utc: 0).offset == Timestamp.maxOffset)
        #expect(FixedOffsetZone(seconds: -18 * 3600).unsupportedOffset(atUTC: 0) == nil)
        let local = LocalDateTime(date: day("2026-11-17"), hour: 3, minute: 10)!
        #expect(zone.timestamps(for: local).map(\.offset) == [Timestamp.maxOffset])
        let error = expectRefusal(field: "--at", value: "20m ago") { () throws(InputError) in
            try When.parse("20m ago", clock: Clock(nowUTC: 1_800_000_000, zone: zone))
        }
        #expect(error?.hint?.contains("UTC+19:00") == true, "\(error?.hint ?? "none")")
    }

    /// Australia/Lord_Howe's 2026 spring change by hand: +10:30 until 2026-10-03T15:30Z, then +11:00.
    struct LordHowe2026: ZoneRules {
        func offset(atUTC utc: Int64) -> Int { utc < instant("2026-10-03T15:30:00Z") ? 37_800 : 39_600 }
    }

    // Issue 11, smaller
    @Test("a half-hour jump is named as such, with the readings either side")
    func smaller_halfHourJump() {
        let zone = LordHowe2026()
        let jump = zone.forwardJump(around: LocalDateTime(date: day("2026-10-04"), hour: 2, minute: 15)!)
        #expect(jump?.from.description == "2026-10-04T02:00:00")
        #expect(jump?.to.description == "2026-10-04T02:30:00")
        #expect(jump?.seconds == 1800)
        let now = Clock(nowUTC: instant("2026-10-04T09:00:00+11:00"), zone: zone)
        let error = expectRefusal(field: "--at", value: "02:15") { () throws(InputError) in try When.parse("02:15", clock: now) }
        #expect(error?.hint?.contains("forward 30 minutes from 2026-10-04 02:00 to 2026-10-04 02:30") == true,
                "\(error?.hint ?? "none")")
        #expect(error?.hint?.contains("did you mean \"02:45\"") == true, "\(error?.hint ?? "none")")
    }
}
