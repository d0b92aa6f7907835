import Diary
import Testing
@testable import DiaryAnalytics

/// Outcomes with hand-set counts: `exposed` nights after a 5 h standing day (the first
/// `exposedCramps` with a cramp), then `other` nights after a 1 h day (`otherCramps` with a cramp),
/// then `unknown` nights with no posture record (`unknownCramps` with a cramp).
private func outcomes(
    exposed: Int, exposedCramps: Int, other: Int, otherCramps: Int, unknown: Int = 0, unknownCramps: Int = 0
) -> (outcomes: [NightOutcome], range: NightRange) {
    let start = night("2026-01-01")
    var list: [NightOutcome] = []
    func add(_ count: Int, _ cramps: Int, standingHours: Double?) {
        for i in 0..<count {
            let n = start.adding(list.count)
            let dayBefore = standingHours.map { PostureDay(date: n.evening, standingSeconds: Int($0 * 3600)) }
            list.append(NightOutcome(night: n, dayBefore: dayBefore, crampNight: i < cramps))
        }
    }
    add(exposed, exposedCramps, standingHours: 5)
    add(other, otherCramps, standingHours: 1)
    add(unknown, unknownCramps, standingHours: nil)
    return (list, NightRange(from: start, to: start.adding(max(0, list.count - 1)))!)
}

private func standingLink(_ data: (outcomes: [NightOutcome], range: NightRange)) -> Link {
    LinkAnalysis(outcomes: data.outcomes, lookback: data.range, settings: .defaults)[.longStanding]
}

@Suite struct LinkTests {
    @Test func workedExampleCountsAndNumbers() throws {
        // README.md, "Clinical basis": 10/30 vs 8/60, p = 0.048 before adjustment.
        let link = standingLink(outcomes(exposed: 30, exposedCramps: 10, other: 60, otherCramps: 8))
        #expect(link.exposed == Proportion(count: 10, total: 30))
        #expect(link.unexposed == Proportion(count: 8, total: 60))
        #expect(link.riskRatio == 2.5)
        let p = try #require(link.p)
        #expect((p * 1000).rounded() == 48)
        // The other two exposures have no exposed nights here (p counted as 1), so across the list of
        // three, BH gives the smallest p times 3: above 0.05, so no clear link.
        #expect(abs(try #require(link.adjustedP) - min(1, p * 3)) < 1e-12)
        #expect(link.shortfall == nil)
        #expect(link.verdict == .noClearLink)
        #expect(link.moreAfterExposed == true)
    }

    @Test func ninetyNightsTwoCrampsIsNotEnoughDataDespiteSmallP() throws {
        // README.md, "Clinical basis": 2 cramp nights, both after the 10 exposed days of 90: p = 0.011, yet no gate.
        let link = standingLink(outcomes(exposed: 10, exposedCramps: 2, other: 80, otherCramps: 0))
        #expect((try #require(link.p) * 1000).rounded() == 11)
        #expect(link.riskRatio == nil)
        #expect(link.verdict == .notEnoughData)
        let shortfall = try #require(link.shortfall)
        #expect(shortfall == Shortfall(exposedNights: 4, unexposedNights: 0, crampNights: 3, exposedCrampNights: 1))
        #expect(shortfall.atLeastMoreNights == 4)
    }

    @Test func theGateIsExactlyFourteenFourteenFiveThree() {
        #expect(standingLink(outcomes(exposed: 14, exposedCramps: 3, other: 14, otherCramps: 2)).shortfall == nil)
        #expect(standingLink(outcomes(exposed: 13, exposedCramps: 3, other: 14, otherCramps: 2)).verdict == .notEnoughData)
        #expect(standingLink(outcomes(exposed: 14, exposedCramps: 3, other: 13, otherCramps: 2)).verdict == .notEnoughData)
        #expect(standingLink(outcomes(exposed: 14, exposedCramps: 3, other: 14, otherCramps: 1)).verdict == .notEnoughData)
        #expect(standingLink(outcomes(exposed: 14, exposedCramps: 2, other: 14, otherCramps: 3)).verdict == .notEnoughData)
    }

    @Test func moreNightsNeededIsTheSmallestNumberThatCouldMeetTheGate() {
        // Nothing yet: 14 + 14 nights, which can also hold the 5 cramp nights.
        let empty = Shortfall(exposedNights: 14, unexposedNights: 14, crampNights: 5, exposedCrampNights: 3)
        #expect(empty.atLeastMoreNights == 28)
        // Groups full but cramps missing: the cramps need nights of their own.
        let crampsOnly = Shortfall(exposedNights: 0, unexposedNights: 0, crampNights: 5, exposedCrampNights: 3)
        #expect(crampsOnly.atLeastMoreNights == 5)
        // Exposed cramp nights must be exposed nights: 2 more exposed nights are needed even though
        // that group already has its 14.
        let exposedCramps = Shortfall(exposedNights: 0, unexposedNights: 3, crampNights: 0, exposedCrampNights: 2)
        #expect(exposedCramps.atLeastMoreNights == 5)
    }

    @Test func unknownDaysAreLeftOutNeverUnexposed() {
        let link = standingLink(outcomes(exposed: 20, exposedCramps: 5, other: 20, otherCramps: 1,
                                         unknown: 50, unknownCramps: 10))
        #expect(link.exposed.total == 20)
        #expect(link.unexposed == Proportion(count: 1, total: 20))
    }
}
