import Diary
import Testing

@Suite("Timestamp and zones")
struct TimestampTests {
    @Test("local readings at negative, fractional and zero offsets", arguments: [
        ("2026-01-01T02:00:00Z", -5 * 3600, "2025-12-31T21:00:00", "-05:00"),
        ("2026-11-17T08:10:00Z", -(9 * 3600 + 1800), "2026-11-16T22:40:00", "-09:30"),
        ("2026-11-17T00:00:00Z", 5 * 3600 + 2700, "2026-11-17T05:45:00", "+05:45"),
        ("1970-01-01T00:00:00Z", -3600, "1969-12-31T23:00:00", "-01:00"),
        ("1969-12-31T23:59:59Z", 0, "1969-12-31T23:59:59", "+00:00"),
        ("2026-11-17T05:00:00Z", -18 * 3600, "2026-11-16T11:00:00", "-18:00"),
    ])
    func local(utcText: String, offset: Int, local: String, offsetText: String) {
        let stamp = Timestamp(utc: instant(utcText), offset: offset)
        #expect(stamp.local.description == local)
        #expect(stamp.offsetText == offsetText)
        #expect(stamp.iso8601 == local + offsetText)
        #expect(instant(stamp.iso8601) == stamp.utc)
        #expect(Timestamp(local: stamp.local, offset: offset) == stamp)
    }

    @Test("a negative offset puts an evening cramp on the right night")
    func negativeOffsetNight() {
        // 03:30Z is 22:30 the evening before in New York.
        let stamp = Timestamp(utc: instant("2026-11-17T03:30:00Z"), offset: -5 * 3600)
        #expect(NightWindow.standard.night(of: stamp.local) == night("2026-11-16"))
    }

    @Test("a fixed zone has exactly one instant per reading")
    func fixedZone() {
        let zone = FixedOffsetZone(seconds: -5 * 3600)
        let local = LocalDateTime(date: day("2026-03-08"), hour: 2, minute: 30)!
        #expect(zone.timestamps(for: local).map(\.utc) == [instant("2026-03-08T02:30:00-05:00")])
    }
}
