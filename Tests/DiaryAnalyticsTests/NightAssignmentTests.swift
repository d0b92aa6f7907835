import Diary
import Testing
@testable import DiaryAnalytics

@Suite struct NightAssignmentTests {
    let window = NightWindow.standard

    @Test func aCrampAtHalfPastMidnightBelongsToThePreviousNight() {
        let placed = PlacedEpisode(cramp("2026-11-17", "00:30"), window: window)
        #expect(placed.night == night("2026-11-16"))
        #expect(placed.isNocturnal)
    }

    @Test func theWindowEndBelongsToTheDay() {
        #expect(PlacedEpisode(cramp("2026-11-17", "07:59"), window: window).night == night("2026-11-16"))
        let eight = PlacedEpisode(cramp("2026-11-17", "08:00"), window: window)
        #expect(eight.night == night("2026-11-17"))
        #expect(!eight.isNocturnal)
        let ten = PlacedEpisode(cramp("2026-11-17", "22:00"), window: window)
        #expect(ten.night == night("2026-11-17"))
        #expect(ten.isNocturnal)
        #expect(!PlacedEpisode(cramp("2026-11-17", "21:59"), window: window).isNocturnal)
    }

    @Test func wokeMakesAnyHourNocturnalAndUnknownIsNotNo() {
        let nap = PlacedEpisode(cramp("2026-11-17", "14:00", woke: .yes), window: window)
        #expect(nap.isNocturnal)
        #expect(nap.night == night("2026-11-17"))
        #expect(!PlacedEpisode(cramp("2026-11-17", "14:00", woke: .unknown), window: window).isNocturnal)
        // Marking "did not wake me" does not take a 03:00 cramp out of the night window.
        #expect(PlacedEpisode(cramp("2026-11-17", "03:00", woke: .no), window: window).isNocturnal)
    }

    @Test func numbnessIsNotANocturnalCramp() {
        let placed = PlacedEpisode(numbness("2026-11-17", "03:00"), window: window)
        #expect(placed.isNocturnal)
        #expect(!placed.isNocturnalCramp)
    }

    @Test func theStoredOffsetDecidesNotTheInstantAlone() {
        // 23:30 UTC on the 16th: 00:30 on the 17th in Berlin (previous night), 18:30 in New York.
        let berlin = Episode(start: Timestamp(utc: at("2026-11-16", "23:30", offset: 0).utc, offset: 3600),
                             leg: .left, durationSeconds: 60)
        let newYork = Episode(start: Timestamp(utc: berlin.start.utc, offset: -5 * 3600), leg: .left, durationSeconds: 60)
        #expect(PlacedEpisode(berlin, window: window).night == night("2026-11-16"))
        #expect(PlacedEpisode(berlin, window: window).isNocturnal)
        #expect(PlacedEpisode(newYork, window: window).night == night("2026-11-16"))
        #expect(!PlacedEpisode(newYork, window: window).isNocturnal)
    }

    @Test func aClockChangeNightIsOneNight() {
        // Europe falls back on Sunday 2026-10-25 at 03:00 CEST: 23:30 before (+02:00), 01:30 twice,
        // 05:00 after (+01:00) all belong to the night of Saturday 10-24.
        let episodes = [
            cramp("2026-10-24", "23:30", offset: 7200), cramp("2026-10-25", "01:30", offset: 7200),
            cramp("2026-10-25", "01:30", offset: 3600), cramp("2026-10-25", "05:00", offset: 3600),
        ]
        let nights = Set(episodes.map { PlacedEpisode($0, window: window).night })
        #expect(nights == [night("2026-10-24")])
        // Spring forward (2026-03-29, 02:00 CET becomes 03:00 CEST): one night too.
        let spring = [cramp("2026-03-28", "23:00", offset: 3600), cramp("2026-03-29", "03:30", offset: 7200)]
        #expect(Set(spring.map { PlacedEpisode($0, window: window).night }) == [night("2026-03-28")])
    }

    @Test func aClockChangeNightIsOneRowInTheReport() {
        let episodes = [cramp("2026-10-24", "23:30", offset: 7200), cramp("2026-10-25", "05:00", offset: 3600)]
        let report = Report.build(input: ReportInput(
            period: NightRange(from: night("2026-10-19"), to: night("2026-10-25"))!,
            currentNight: night("2026-10-26"), settings: .defaults, episodes: episodes,
            postureSessions: [], stretchBreaks: [], keeping: keeping(episodes)
        ))
        #expect(report.nights.count == 7)
        #expect(report.nights.filter { $0.cramps > 0 }.map(\.night) == [night("2026-10-24")])
        #expect(report.nights.first { $0.night == night("2026-10-24") }?.cramps == 2)
        #expect(report.totals.crampNights == 1)
    }

    @Test func aWindowStartingAfterMidnightStillGivesMorningsToThePreviousEvening() {
        let late = NightWindow(startMinute: 30, endMinute: 7 * 60)!
        let placed = PlacedEpisode(cramp("2026-11-17", "03:00"), window: late)
        #expect(placed.night == night("2026-11-16"))
        #expect(placed.isNocturnal)
        let evening = PlacedEpisode(cramp("2026-11-17", "23:00"), window: late)
        #expect(evening.night == night("2026-11-17"))
        #expect(!evening.isNocturnal)
    }
}
