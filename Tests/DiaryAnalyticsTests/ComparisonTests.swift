import Diary
import Foundation
import Seeded
import Testing
import TestSupport
@testable import DiaryAnalytics

/// `count` kept nights from `first`, the cramps spread as `cramps` says (one entry per night, repeated).
private func nights(_ cramps: [Int], from first: Night = Night(evening: CivilDate(year: 2026, month: 1, day: 5)!),
                    keeping: NightKeeping = .kept) -> [ComparedNight] {
    cramps.enumerated().map { ComparedNight(night: first.adding($0.offset), keeping: keeping, cramps: $0.element) }
}

/// A Poisson draw (Knuth's product of uniforms; the rates here are small).
private func poisson(_ mean: Double, _ random: inout SeededRandom) -> Int {
    let limit = exp(-mean)
    var k = 0, product = random.unit()
    while product > limit { k += 1; product *= random.unit() }
    return k
}

@Suite struct ComparisonTests {
    // Issue 14: per side only kept nights count: a night not kept or in a gap adds no cramp and no cramp-free night.
    @Test func sidesCountKeptNightsOnly() {
        let first = Night(evening: CivilDate(year: 2026, month: 3, day: 2)!)
        let side = ComparisonSide([
            ComparedNight(night: first, keeping: .kept, cramps: 2, intensities: [6, 8], sleepDisturbance: 5),
            ComparedNight(night: first.adding(1), keeping: .kept, cramps: 0, sleepDisturbance: 0),
            ComparedNight(night: first.adding(2), keeping: .kept, cramps: 1, intensities: [3], sleepDisturbance: 2),
            ComparedNight(night: first.adding(3), keeping: .notKept, cramps: 0),
            ComparedNight(night: first.adding(4), keeping: .gap, cramps: 4, intensities: [9, 9, 9, 9]),
        ])
        #expect(side.nights == 5)
        #expect(side.keptNights == 3)
        #expect(side.cramps == 3)
        #expect(side.crampNights == 2)
        #expect(side.crampFreeNights == 1)
        #expect(side.intensityMedian == 6)
        // Over the kept cramp nights with a check-in: 5 and 2.
        #expect(side.sleepDisturbanceMedian == 3.5)
        #expect(side.crampsPerWeek == 7)
    }

    // Issue 14: the worked case through the gate: 3 cramps in 28 kept nights, then 10 in 14: more, +567%.
    @Test func workedCaseVerdictAndChange() throws {
        let a = nights(Array(repeating: 0, count: 25) + [1, 1, 1])
        let b = nights(Array(repeating: 1, count: 10) + [0, 0, 0, 0])
        let comparison = Comparison(a: a, b: b)
        #expect(comparison.a.crampsPerWeek == 0.75)
        #expect(comparison.b.crampsPerWeek == 5)
        #expect(String(format: "%.1f", try #require(comparison.percentChange)) == "566.7")
        #expect(comparison.verdict == .more)
        #expect(!comparison.reachedResponseMark)
        // The other way round: fewer, a fall of 85%, past the 25% mark.
        let reverse = Comparison(a: b, b: a)
        #expect(reverse.verdict == .fewer)
        #expect(String(format: "%.1f", try #require(reverse.percentChange)) == "-85.0")
        #expect(reverse.reachedResponseMark)
    }

    // Issue 14: the gate says what is missing: 14 kept nights a side, 5 cramps in all; 0 against 0 has no test.
    @Test func gateNamesWhatIsMissing() {
        let zero = Comparison(a: nights(Array(repeating: 0, count: 14)), b: nights(Array(repeating: 0, count: 10)))
        #expect(zero.test == nil)
        #expect(zero.percentChange == nil)
        #expect(zero.verdict == .notEnoughData([
            .init(what: .keptNightsB, have: 10, need: 14), .init(what: .cramps, have: 0, need: 5),
        ]))
        let unkept = Comparison(a: nights(Array(repeating: 1, count: 20), keeping: .notKept),
                                b: nights(Array(repeating: 1, count: 20)))
        #expect(unkept.verdict == .notEnoughData([.init(what: .keptNightsA, have: 0, need: 14)]))
        // 0 against a count, with enough of both: the interval is 0 to below 1, so fewer.
        let none = Comparison(a: nights(Array(repeating: 1, count: 14)), b: nights(Array(repeating: 0, count: 14)))
        #expect(none.test?.ratio == 0)
        #expect(none.percentChange == -100)
        #expect(none.verdict == .fewer)
    }

    // Issue 14: a change the interval does not rule out stays "no clear change", even past the 25% mark.
    @Test func noClearChangeWhenTheIntervalHoldsOne() {
        let comparison = Comparison(a: nights(Array(repeating: 0, count: 10) + [1, 1, 1, 1]),
                                    b: nights(Array(repeating: 0, count: 12) + [1, 1]))
        #expect(comparison.percentChange == -50)
        #expect(comparison.reachedResponseMark)
        #expect(comparison.verdict == .noClearChange)
    }

    /// The exact chance of the verdict "fewer" (or of any clear verdict, `either`) when side A's cramps are Poisson
    /// with mean `meanA` and B's with `meanB`: the sum over outcomes of their probabilities.
    private static func exactChance(meanA: Double, meanB: Double, nightsA: Int, nightsB: Int, maxTotal: Int,
                                    either: Bool) -> Double {
        func logPoisson(_ k: Int, _ mean: Double) -> Double { Double(k) * log(mean) - mean - lgamma(Double(k) + 1) }
        var chance = 0.0
        for n in Comparison.minimumCramps...maxTotal {
            for x in 0...n {
                guard let test = ExactRateTest(countA: n - x, exposureA: nightsA, countB: x, exposureB: nightsB) else { continue }
                if test.upper < 1 || (either && test.lower > 1) {
                    chance += exp(logPoisson(n - x, meanA) + logPoisson(x, meanB))
                }
            }
        }
        return chance
    }

    // Issue 14: planted diaries. A baseline of 14 kept nights at 1 cramp a night, then 28 at half that: "fewer"
    // shows about as often as the exact test's power; with no change, a clear verdict in at most 5%.
    @Test(.proof) func plantedDiaries() {
        let diaries = 400, nightsA = 14, nightsB = 28, rate = 1.0
        var random = SeededRandom(seed: 14_2026)
        var fewerWhenHalved = 0, clearWhenNull = 0
        for _ in 0..<diaries {
            let baseline = nights((0..<nightsA).map { _ in poisson(rate, &random) })
            let halved = nights((0..<nightsB).map { _ in poisson(rate / 2, &random) })
            if Comparison(a: baseline, b: halved).verdict == .fewer { fewerWhenHalved += 1 }
            let nullBaseline = nights((0..<nightsA).map { _ in poisson(rate, &random) })
            let same = nights((0..<nightsB).map { _ in poisson(rate, &random) })
            switch Comparison(a: nullBaseline, b: same).verdict {
            case .fewer, .more: clearWhenNull += 1
            case .noClearChange, .notEnoughData: break
            }
        }
        let power = Self.exactChance(meanA: rate * Double(nightsA), meanB: rate / 2 * Double(nightsB),
                                     nightsA: nightsA, nightsB: nightsB, maxTotal: 90, either: false)
        let size = Self.exactChance(meanA: rate * Double(nightsA), meanB: rate * Double(nightsB),
                                    nightsA: nightsA, nightsB: nightsB, maxTotal: 110, either: true)
        let measuredPower = Double(fewerWhenHalved) / Double(diaries)
        let measuredSize = Double(clearWhenNull) / Double(diaries)
        // Within three standard errors of a proportion over 400 diaries.
        let spread = 3 * (power * (1 - power) / Double(diaries)).squareRoot()
        #expect(abs(measuredPower - power) <= spread, "measured \(measuredPower) against exact power \(power)")
        #expect(size <= 0.05)
        #expect(measuredSize <= 0.05)
        proofLine(String(format: "planted diaries (%d, 14 then 28 kept nights, 1 cramp a night halved): \"fewer\" in %.1f%%, exact power %.1f%%",
                         diaries, measuredPower * 100, power * 100))
        proofLine(String(format: "null diaries (%d, 1 cramp a night both sides): a clear verdict in %.1f%%, exact size %.1f%%",
                         diaries, measuredSize * 100, size * 100))
    }
}
