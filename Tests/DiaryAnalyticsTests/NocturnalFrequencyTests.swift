import Diary
import Testing
@testable import DiaryAnalytics

@Suite struct NocturnalFrequencyTests {
    let end = night("2026-11-29")

    /// Nocturnal cramps at 03:00 after each of the given evenings.
    func cramps(after evenings: [String]) -> [Episode] {
        evenings.map { cramp(day($0).adding(days: 1).description, "03:00") }
    }

    func frequency(_ episodes: [Episode], mark: Int) -> NocturnalFrequency {
        let tallies = NightTallies(episodes.map(\.outline), window: .standard)
        let kept = KeptNights(keeping: DiaryKeeping(rule: .continuous, firstRecord: end.adding(-29)), tallies: tallies)
        return NocturnalFrequency(tallies: tallies, kept: kept, endingAt: end, mark: mark)
    }

    @Test func sixNocturnalCrampsInAMonthCrossTheMark() {
        let episodes = cramps(after: ["2026-11-01", "2026-11-05", "2026-11-05", "2026-11-12", "2026-11-20", "2026-11-29"])
        let result = frequency(episodes, mark: 5)
        #expect(result.window == NightRange(from: night("2026-10-31"), to: end)!)
        #expect(result.cramps == 6)
        #expect(result.nights == 5)
        #expect(result.atOrAboveMark)
        #expect(result.statement.contains("in the range reported by about 6% of adults"))
        #expect(result.statement.contains("Grandner & Winkelman, PLOS ONE 2017"))
        #expect(!result.statement.lowercased().contains("cause"))
        #expect(!result.statement.lowercased().contains("abnormal"))
    }

    @Test func fourDoNot() {
        let episodes = cramps(after: ["2026-11-01", "2026-11-05", "2026-11-12", "2026-11-20"])
        let result = frequency(episodes, mark: 5)
        #expect(result.cramps == 4)
        #expect(!result.atOrAboveMark)
        #expect(!result.statement.contains("6% of adults"))
        #expect(result.statement.contains("below the mark of 5"))
    }

    @Test func onlyNocturnalCrampsInsideTheThirtyNightsCount() {
        var episodes = cramps(after: ["2026-10-30", "2026-11-30"])  // the night before the window, the night after
        episodes += cramps(after: ["2026-10-31", "2026-11-29"])      // the first and last nights of the window
        episodes.append(cramp("2026-11-10", "15:00"))  // daytime, did not wake
        episodes.append(numbness("2026-11-10", "03:00"))
        episodes.append(cramp("2026-11-10", "15:00", woke: .yes))  // woke them
        let result = frequency(episodes, mark: 5)
        #expect(result.cramps == 3)
        #expect(result.nights == 3)
    }

    @Test func aLoweredMarkDoesNotBorrowTheSixPercent() {
        let episodes = cramps(after: ["2026-11-01", "2026-11-05", "2026-11-12"])
        let result = frequency(episodes, mark: 3)
        #expect(result.atOrAboveMark)
        #expect(result.statement.contains("your mark of 3"))
        #expect(result.statement.contains("For reference, 5 or more"))
    }
}
