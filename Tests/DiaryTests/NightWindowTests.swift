import Diary
import Testing

@Suite("NightWindow and the current night")
struct NightWindowTests {
    func reading(_ date: String, _ hour: Int, _ minute: Int, _ second: Int = 0) -> LocalDateTime {
        LocalDateTime(date: day(date), hour: hour, minute: minute, second: second)!
    }

    @Test("after midnight belongs to the evening before, until the window ends", arguments: [
        (0, 0, 0, "2026-11-16"), (2, 40, 0, "2026-11-16"), (7, 59, 59, "2026-11-16"), (8, 0, 0, "2026-11-17"),
        (12, 0, 0, "2026-11-17"), (21, 59, 59, "2026-11-17"), (22, 0, 0, "2026-11-17"), (23, 59, 59, "2026-11-17"),
    ])
    func standardWindow(hour: Int, minute: Int, second: Int, evening: String) {
        #expect(NightWindow.standard.night(of: reading("2026-11-17", hour, minute, second)) == night(evening))
    }

    @Test("the window contains its start but not its end")
    func contains() {
        let window = NightWindow.standard
        #expect(window.contains(reading("2026-11-17", 22, 0)))
        #expect(window.contains(reading("2026-11-17", 7, 59, 59)))
        #expect(window.contains(reading("2026-11-17", 0, 0)))
        #expect(!window.contains(reading("2026-11-17", 8, 0)))
        #expect(!window.contains(reading("2026-11-17", 21, 59, 59)))
    }

    @Test("a custom window moves the boundary")
    func customWindow() throws {
        let window = try #require(NightWindow(text: "23:30-06:30"))
        #expect(window.night(of: reading("2026-11-17", 6, 29)) == night("2026-11-16"))
        #expect(window.night(of: reading("2026-11-17", 6, 30)) == night("2026-11-17"))
        // A window starting after midnight: before its end still belongs to the night that began the evening before.
        let late = try #require(NightWindow(text: "01:00-09:00"))
        #expect(late.night(of: reading("2026-11-17", 3, 0)) == night("2026-11-16"))
        #expect(late.night(of: reading("2026-11-17", 9, 0)) == night("2026-11-17"))
        #expect(NightWindow(text: "22:00-22:00") == nil)
        #expect(NightWindow(text: "22:00") == nil)
        #expect(NightWindow(text: "24:00-08:00") == nil)
    }

    @Test("current and last complete night on a Sunday", arguments: [
        ("2026-11-15T10:00:00+01:00", "2026-11-15", "2026-11-14"), ("2026-11-15T02:00:00+01:00", "2026-11-14", "2026-11-13"),
        ("2026-11-15T08:00:00+01:00", "2026-11-15", "2026-11-14"), ("2026-11-15T07:59:59+01:00", "2026-11-14", "2026-11-13"),
        ("2026-11-15T23:00:00+01:00", "2026-11-15", "2026-11-14"),
    ])
    func currentNight(now: String, current: String, lastComplete: String) {
        let clock = clock(now)
        #expect(clock.currentNight(window: .standard) == night(current))
        #expect(clock.lastCompleteNight(window: .standard) == night(lastComplete))
    }

    @Test("the current night uses the local reading, not UTC")
    func currentNightLocal() {
        // 2026-11-15T07:30Z is 08:30 in Berlin (Sunday's night is ahead) but 02:30 in New York (Saturday's goes on).
        let utc = instant("2026-11-15T07:30:00Z")
        #expect(Clock(nowUTC: utc, zone: Berlin2026Zone()).currentNight(window: .standard) == night("2026-11-15"))
        #expect(Clock(nowUTC: utc, zone: FixedOffsetZone(seconds: -5 * 3600)).currentNight(window: .standard)
                == night("2026-11-14"))
    }
}
