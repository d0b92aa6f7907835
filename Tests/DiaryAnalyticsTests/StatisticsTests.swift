import Testing
@testable import DiaryAnalytics

/// Rounds to `places` decimals, for comparing with published values given to that precision.
private func rounded(_ x: Double, _ places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (x * scale).rounded() / scale
}

/// Fisher's two-sided p by brute force with exact integer binomials, independent of the lgamma path.
private func fisherByExactCounts(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
    func choose(_ n: Int, _ k: Int) -> Double {
        guard k >= 0, k <= n else { return 0 }
        var result = 1.0
        for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
        return result
    }
    let r1 = a + b, r2 = c + d, c1 = a + c
    let total = choose(r1 + r2, c1)
    let observed = choose(r1, a) * choose(r2, c)
    var sum = 0.0
    for x in 0...c1 where x <= r1 && c1 - x <= r2 {
        let weight = choose(r1, x) * choose(r2, c1 - x)
        if weight <= observed * (1 + 1e-9) { sum += weight }
    }
    return sum / total
}

@Suite struct StatisticsTests {
    @Test("worked checks for Fisher's exact test, two-sided (README, Clinical basis)", arguments: [
        (10, 30, 8, 60, 0.048), (6, 15, 10, 75, 0.024), (4, 10, 6, 80, 0.012), (2, 10, 0, 80, 0.011),
    ])
    func fisherWorkedChecks(exposedEvents: Int, exposed: Int, otherEvents: Int, other: Int, expected: Double) {
        let p = Statistics.fisherTwoSided(exposedEvents, exposed - exposedEvents, otherEvents, other - otherEvents)
        #expect(rounded(p, 3) == expected)
    }

    @Test func fisherTeaTastingMatchesTheTextbook() {
        // Fisher's lady tasting tea, 3/4 vs 1/4: two-sided p = 34/70.
        #expect(abs(Statistics.fisherTwoSided(3, 1, 1, 3) - 34.0 / 70.0) < 1e-12)
    }

    @Test func fisherIsOneWhenGroupsAreAlike() {
        #expect(abs(Statistics.fisherTwoSided(5, 5, 5, 5) - 1) < 1e-12)
        #expect(Statistics.fisherTwoSided(0, 0, 0, 0) == 1)
    }

    @Test func fisherAgreesWithExactSummationAndIsSymmetric() {
        let tables = [(0, 14, 5, 9), (7, 23, 3, 57), (12, 78, 1, 2), (1, 0, 0, 1), (20, 70, 30, 245), (3, 3, 3, 3)]
        for (a, b, c, d) in tables {
            let p = Statistics.fisherTwoSided(a, b, c, d)
            #expect(abs(p - fisherByExactCounts(a, b, c, d)) < 1e-9, "table \(a) \(b) \(c) \(d)")
            #expect(abs(p - Statistics.fisherTwoSided(c, d, a, b)) < 1e-12)
            #expect(abs(p - Statistics.fisherTwoSided(b, a, d, c)) < 1e-12)
        }
    }

    @Test func wilsonWorkedCheck() throws {
        // README.md, "Clinical basis": Wilson 95% for 5 of 30 is 7.3% to 33.6%.
        let interval = try #require(Statistics.wilson(successes: 5, trials: 30))
        #expect(rounded(interval.lower * 100, 1) == 7.3)
        #expect(rounded(interval.upper * 100, 1) == 33.6)
    }

    @Test func wilsonStaysInsideZeroAndOne() throws {
        let none = try #require(Statistics.wilson(successes: 0, trials: 14))
        #expect(none.lower == 0)
        #expect(none.upper > 0.2 && none.upper < 0.25)  // 0 of 14: upper about 21.5%
        let all = try #require(Statistics.wilson(successes: 14, trials: 14))
        #expect(all.upper == 1)
        #expect(all.lower > 0.75 && all.lower < 0.8)
        #expect(Statistics.wilson(successes: 0, trials: 0) == nil)
    }

    @Test func riskRatio() {
        #expect(Statistics.riskRatio(exposedEvents: 10, exposed: 30, unexposedEvents: 8, unexposed: 60) == 2.5)
        #expect(Statistics.riskRatio(exposedEvents: 2, exposed: 10, unexposedEvents: 0, unexposed: 80) == nil)
        #expect(Statistics.riskRatio(exposedEvents: 0, exposed: 0, unexposedEvents: 3, unexposed: 9) == nil)
        #expect(Statistics.riskRatio(exposedEvents: 0, exposed: 5, unexposedEvents: 3, unexposed: 9) == 0)
    }

    @Test func benjaminiHochbergOnAKnownList() {
        // Sorted 0.005, 0.01, 0.03, 0.04 with m = 4: 0.02, 0.02, 0.04, 0.04 after the step-up minimum.
        let adjusted = Statistics.benjaminiHochberg([0.01, 0.04, 0.03, 0.005])
        let expected = [0.02, 0.04, 0.04, 0.02]
        for (got, want) in zip(adjusted, expected) { #expect(abs(got - want) < 1e-12) }
    }

    @Test func benjaminiHochbergStepUpAndCap() {
        // 0.02·3/1 = 0.06 is above 0.025·3/2 = 0.0375, so the step-up minimum gives both 0.0375.
        let adjusted = Statistics.benjaminiHochberg([0.02, 0.025, 0.9])
        #expect(abs(adjusted[0] - 0.0375) < 1e-12)
        #expect(abs(adjusted[1] - 0.0375) < 1e-12)
        #expect(abs(adjusted[2] - 0.9) < 1e-12)
        // A larger family raises every value; nothing goes above 1.
        let family = Statistics.benjaminiHochberg([0.01, 0.6], familySize: 3)
        #expect(abs(family[0] - 0.03) < 1e-12)
        #expect(abs(family[1] - 0.9) < 1e-12)
        #expect(Statistics.benjaminiHochberg([0.5, 0.7, 0.9], familySize: 10) == [1, 1, 1])
    }
}
