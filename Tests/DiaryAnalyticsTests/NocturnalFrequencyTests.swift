import Diary
import Testing
@testable import DiaryAnalytics

@Suite struct NocturnalFrequencyTests {
    let end = night("2026-11-29")

    /// Nocturnal cramps at 03:00 after each of the given evenings.
    func cramps(after evenings: [String]) -> [PlacedEpisode] {
        evenings.map { PlacedEpisode(cramp(day($0).adding(days: 1).description, "03:00"), window: .standard) }
    }

    @Test func sixNocturnalCrampsInAMonthCrossTheMark() {
        let placed = cramps(after: ["2026-11-01", "2026-11-05", "2026-11-05", "2026-11-12", "2026-11-20", "2026-11-29"])
        let result = NocturnalFrequency(placed: placed, endingAt: end, mark: 5)
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
        let placed = cramps(after: ["2026-11-01", "2026-11-05", "2026-11-12", "2026-11-20"])
        let result = NocturnalFrequency(placed: placed, endingAt: end, mark: 5)
        #expect(result.cramps == 4)
        #expect(!result.atOrAboveMark)
        #expect(!result.statement.contains("6% of adults"))
        #expect(result.statement.contains("below the mark of 5"))
    }

    @Test func onlyNocturnalCrampsInsideTheThirtyNightsCount() {
        var placed = cramps(after: ["2026-10-30", "2026-11-30"])  // the night before the window, the night after
        placed += cramps(after: ["2026-10-31", "2026-11-29"])      // the first and last nights of the window
        placed.append(PlacedEpisode(cramp("2026-11-10", "15:00"), window: .standard))  // daytime, did not wake
        placed.append(PlacedEpisode(numbness("2026-11-10", "03:00"), window: .standard))
        placed.append(PlacedEpisode(cramp("2026-11-10", "15:00", woke: .yes), window: .standard))  // woke them
        let result = NocturnalFrequency(placed: placed, endingAt: end, mark: 5)
        #expect(result.cramps == 3)
        #expect(result.nights == 3)
    }

    @Test func aLoweredMarkDoesNotBorrowTheSixPercent() {
        let placed = cramps(after: ["2026-11-01", "2026-11-05", "2026-11-12"])
        let result = NocturnalFrequency(placed: placed, endingAt: end, mark: 3)
        #expect(result.atOrAboveMark)
        #expect(result.statement.contains("your mark of 3"))
        #expect(result.statement.contains("For reference, 5 or more"))
    }
}
