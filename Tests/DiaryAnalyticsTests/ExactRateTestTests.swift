import Foundation
import Testing
import TestSupport
@testable import DiaryAnalytics

/// SciPy as the independent computation: its `binomtest` and the exact (Clopper-Pearson) interval share no code
/// with ours. Nil (and the reason printed) when python3 or SciPy is missing.
private func scipy(_ cases: [(countA: Int, nightsA: Int, countB: Int, nightsB: Int)]) -> [[Double?]]? {
    let input = cases.map { "\($0.countA),\($0.nightsA),\($0.countB),\($0.nightsB)" }.joined(separator: ";")
    let script = """
        import sys, json, math
        from scipy.stats import binomtest
        out = []
        for case in sys.argv[1].split(';'):
            ca, ta, cb, tb = map(int, case.split(','))
            r = binomtest(cb, ca + cb, tb / (ta + tb))
            ci = r.proportion_ci(confidence_level=0.95, method='exact')
            ratio = lambda q: None if q >= 1 else q / (1 - q) * ta / tb
            out.append([r.pvalue, ratio(ci.low), ratio(ci.high)])
        print(json.dumps(out))
        """
    do {
        let data = try Python.run(script, input)
        let rows = try JSONSerialization.jsonObject(with: data) as? [[Any]]
        return rows?.map { $0.map { $0 as? Double } }
    } catch {
        print("skipped the SciPy comparison: python3 with scipy is needed (pip install scipy): \(error)")
        return nil
    }
}

@Suite struct ExactRateTestTests {
    // Issue 14: the exact interval and p agree to 1e-6 with SciPy, for the worked case (10 in 14 kept nights
    // against 3 in 28), 0 against a count either way, unequal kept nights, and large counts.
    @Test func intervalAndPAgreeWithSciPy() throws {
        let cases = [(3, 28, 10, 14), (0, 14, 5, 20), (5, 20, 0, 14), (7, 30, 12, 21), (1, 14, 4, 14),
                     (12, 14, 3, 45), (120, 200, 80, 150), (2000, 3650, 1100, 2900), (4, 15, 2, 15)]
        guard let expected = scipy(cases.map { (countA: $0.0, nightsA: $0.1, countB: $0.2, nightsB: $0.3) }) else { return }
        try #require(expected.count == cases.count)
        for (index, c) in cases.enumerated() {
            let test = try #require(ExactRateTest(countA: c.0, exposureA: c.1, countB: c.2, exposureB: c.3))
            let row = expected[index]
            #expect(abs(test.p - row[0]!) < 1e-6, "p for \(c): \(test.p) against SciPy \(row[0]!)")
            #expect(abs(test.lower - row[1]!) < 1e-6, "lower for \(c): \(test.lower) against SciPy \(row[1]!)")
            if let upper = row[2] {
                #expect(abs(test.upper - upper) < 1e-6 * max(1, upper), "upper for \(c): \(test.upper) against SciPy \(upper)")
            } else {
                #expect(test.upper == .infinity, "upper for \(c) has no limit when side A has no cramp")
            }
        }
    }

    // Issue 14: the worked value in the README and CLINICAL.md, hand-checked: 6.67, 1.72 to 37.7, p = 0.0016.
    @Test func workedValue() throws {
        let test = try #require(ExactRateTest(countA: 3, exposureA: 28, countB: 10, exposureB: 14))
        #expect(String(format: "%.2f", test.ratio!) == "6.67")
        #expect(String(format: "%.2f", test.lower) == "1.72")
        #expect(String(format: "%.1f", test.upper) == "37.7")
        #expect(String(format: "%.4f", test.p) == "0.0016")
    }

    // Issue 14: 0 against 0 has no test (no interval exists); 0 against a count has ratio 0 and a finite upper end.
    @Test func zeroAgainstZeroAndZeroAgainstACount() throws {
        #expect(ExactRateTest(countA: 0, exposureA: 14, countB: 0, exposureB: 14) == nil)
        let none = try #require(ExactRateTest(countA: 6, exposureA: 14, countB: 0, exposureB: 14))
        #expect(none.ratio == 0)
        #expect(none.lower == 0)
        // P(X = 0) for X ~ Binomial(6, 1/2) is 1/64 on each tail: p = 2/64.
        #expect(abs(none.p - 2.0 / 64) < 1e-12)
        // Upper proportion 1 - 0.025^(1/6), as a ratio with equal nights: q / (1 - q).
        let q = 1 - pow(0.025, 1.0 / 6)
        #expect(abs(none.upper - q / (1 - q)) < 1e-9)
    }

    @Test func binomialTailsAgreeWithDirectSums() {
        // Small n, where the probabilities can be summed exactly by hand.
        for n in 1...12 {
            for k in 0...n {
                var direct = 0.0
                for i in 0...k { direct += exp(Binomial.logPMF(i, n, 0.3)) }
                #expect(abs(Binomial.cdf(k, n, 0.3) - direct) < 1e-12)
                #expect(abs(Binomial.survival(k, n, 0.3) - (1 - direct)) < 1e-12)
            }
        }
    }
}
