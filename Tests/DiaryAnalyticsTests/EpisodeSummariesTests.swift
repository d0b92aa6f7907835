import Diary
import Testing
@testable import DiaryAnalytics

/// The one-pass tables agree with each episode counted on its own, on a varied random diary.
@Suite struct EpisodeSummariesTests {
    @Test("nights, legs, sites and posture triggers count every episode once", arguments: [UInt64(11), 12, 13])
    func everyEpisodeCountedOnce(seed: UInt64) {
        let episodes = ReportListRowsTests().diaryWithLists(seed: seed)
        let window = NightWindow(text: "21:30-09:15")!
        let placed = episodes.map { PlacedEpisode($0, window: window) }
        let nights = Array(NightRange(from: placed.map(\.night).min()!, to: placed.map(\.night).max()!)!.nights)
        let kept = KeptNights(keeping: keeping(episodes, window: window),
                              tallies: NightTallies(episodes.map(\.outline), window: window))
        let rows = EpisodeSummaries.rows(nights, placed: placed, days: [:], current: nights[nights.count / 2], kept: kept)

        for row in rows.prefix(200) {
            let here = placed.filter { $0.night == row.night }
            let cramps = here.filter { $0.episode.kind == .cramp }
            #expect(row.cramps == cramps.count)
            #expect(row.nocturnalCramps == cramps.filter(\.isNocturnal).count)
            #expect(row.numbness == here.count - cramps.count)
            #expect(row.crampSeconds == cramps.reduce(0) { $0 + $1.episode.durationSeconds })
            #expect(row.totalSeconds == here.reduce(0) { $0 + $1.episode.durationSeconds })
            #expect(row.legs == Leg.allCases.filter { leg in here.contains { $0.episode.leg == leg } })
        }
        #expect(rows.reduce(0) { $0 + $1.cramps + $1.numbness } == episodes.count)
        #expect(rows.filter(\.inProgress).map(\.night) == [nights[nights.count / 2]])

        let legs = EpisodeSummaries.legs(placed)
        #expect(legs.map(\.leg) == Leg.allCases)
        for count in legs {
            #expect(count.cramps == episodes.filter { $0.leg == count.leg && $0.kind == .cramp }.count)
            #expect(count.numbness == episodes.filter { $0.leg == count.leg && $0.kind == .numbness }.count)
        }
        let sites = EpisodeSummaries.sites(placed)
        #expect(sites.count == Site.allCases.count + 1, "every site and 'not given' occur")
        #expect(sites.reduce(0) { $0 + $1.cramps + $1.numbness } == episodes.count)
        for count in sites {
            #expect(count.cramps == episodes.filter { $0.site == count.site && $0.kind == .cramp }.count)
        }
        let share = EpisodeSummaries.postureTriggers(placed)
        #expect(share.standing == episodes.filter { $0.triggers.contains(Trigger(.standing)) }.count)
        #expect(share.sitting == episodes.filter { $0.triggers.contains(Trigger(.sitting)) }.count)
        #expect(share.standing > 0 && share.sitting > 0)
    }
}
