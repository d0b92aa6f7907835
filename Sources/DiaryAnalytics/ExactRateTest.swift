#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The exact comparison of two counts of events over two exposures (cramps over kept nights), conditional on the
/// total, as R's `poisson.test` and SciPy's `binomtest` compute it (README.md, "Did it help?").
///
/// With `x` events on side B out of `n` in all, and no change in the rate, `x ~ Binomial(n, tB / (tA + tB))`.
/// The two-sided p sums the probabilities of every count no more likely than `x`; the 95% interval is the
/// Clopper-Pearson interval of the binomial proportion, turned into the rate ratio as `p / (1 - p) * tA / tB`.
public struct ExactRateTest: Hashable, Sendable {
    /// Events on side B over events on side A, each per unit of exposure; nil when side A has none.
    public let ratio: Double?
    /// The exact 95% interval of the ratio; the upper end is infinite when side A has no event.
    public let lower: Double
    /// See `lower`.
    public let upper: Double
    /// The two-sided p.
    public let p: Double

    /// The test for `countB` events over `exposureB` against `countA` over `exposureA`; nil without any event
    /// (no interval exists then) or without exposure on a side.
    public init?(countA: Int, exposureA: Int, countB: Int, exposureB: Int, confidence: Double = 0.95) {
        guard countA >= 0, countB >= 0, exposureA > 0, exposureB > 0, countA + countB > 0 else { return nil }
        let n = countA + countB, x = countB
        let tA = Double(exposureA), tB = Double(exposureB)
        let null = tB / (tA + tB)
        let alpha = 1 - confidence
        let bounds = Binomial.clopperPearson(successes: x, trials: n, alpha: alpha)
        func toRatio(_ proportion: Double) -> Double {
            proportion >= 1 ? .infinity : proportion / (1 - proportion) * tA / tB
        }
        ratio = countA == 0 ? nil : (Double(countB) / tB) / (Double(countA) / tA)
        lower = toRatio(bounds.lower)
        upper = toRatio(bounds.upper)
        p = Binomial.twoSidedP(successes: x, trials: n, probability: null)
    }

    /// True when the interval holds 1 (no clear change either way).
    public var includesOne: Bool { lower <= 1 && 1 <= upper }
}

/// Binomial probabilities through the regularized incomplete beta function.
public enum Binomial {
    /// log P(X = k) for X ~ Binomial(n, p).
    public static func logPMF(_ k: Int, _ n: Int, _ p: Double) -> Double {
        if p <= 0 { return k == 0 ? 0 : -.infinity }
        if p >= 1 { return k == n ? 0 : -.infinity }
        return Statistics.logChoose(n, k) + Double(k) * log(p) + Double(n - k) * log1p(-p)
    }

    /// P(X <= k).
    public static func cdf(_ k: Int, _ n: Int, _ p: Double) -> Double {
        if k < 0 { return 0 }
        if k >= n { return 1 }
        return Beta.regularized(Double(n - k), Double(k + 1), 1 - p)
    }

    /// P(X > k).
    public static func survival(_ k: Int, _ n: Int, _ p: Double) -> Double {
        if k < 0 { return 1 }
        if k >= n { return 0 }
        return Beta.regularized(Double(k + 1), Double(n - k), p)
    }

    /// SciPy's `binomtest(k, n, p).pvalue`, two-sided: the probability of every count no more likely than `k`,
    /// with the relative tolerance 1e-7 SciPy and R use so a count as likely as `k` is not lost to rounding.
    public static func twoSidedP(successes k: Int, trials n: Int, probability p: Double) -> Double {
        let expected = p * Double(n)
        if Double(k) == expected { return 1 }
        let limit = logPMF(k, n, p) + log1p(1e-7)
        if Double(k) < expected {
            // Beyond the mode the probabilities fall: find the first count there no more likely than `k`.
            var low = Int(expected.rounded(.up)), high = n + 1
            while low < high {
                let middle = (low + high) / 2
                if logPMF(middle, n, p) <= limit { high = middle } else { low = middle + 1 }
            }
            return min(1, cdf(k, n, p) + survival(low - 1, n, p))
        }
        // Below the mode the probabilities rise: find the last count there no more likely than `k`.
        var low = -1, high = Int(expected.rounded(.down))
        while low < high {
            let middle = (low + high + 1) / 2
            if logPMF(middle, n, p) <= limit { low = middle } else { high = middle - 1 }
        }
        return min(1, cdf(low, n, p) + survival(k - 1, n, p))
    }

    /// The Clopper-Pearson interval of the proportion `k / n`, each tail `alpha / 2`.
    public static func clopperPearson(successes k: Int, trials n: Int, alpha: Double) -> (lower: Double, upper: Double) {
        precondition(n > 0 && (0...n).contains(k), "k out of range")
        // The lower end is the p with P(X >= k) = alpha/2; the upper the p with P(X <= k) = alpha/2.
        let lower = k == 0 ? 0 : Beta.inverse(alpha / 2, Double(k), Double(n - k + 1))
        let upper = k == n ? 1 : Beta.inverse(1 - alpha / 2, Double(k + 1), Double(n - k))
        return (lower, upper)
    }
}

/// The regularized incomplete beta function and its inverse.
public enum Beta {
    /// I_x(a, b), by the continued fraction (modified Lentz), on the side where it converges fast.
    public static func regularized(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) { return exp(logFront) * fraction(a, b, x) / a }
        return 1 - exp(logFront) * fraction(b, a, 1 - x) / b
    }

    /// The x with I_x(a, b) = `probability`, by bisection: I_x rises with x, and 200 halvings reach the
    /// spacing of doubles near any root in 0...1.
    public static func inverse(_ probability: Double, _ a: Double, _ b: Double) -> Double {
        var low = 0.0, high = 1.0
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if middle == low || middle == high { break }
            if regularized(a, b, middle) < probability { low = middle } else { high = middle }
        }
        return (low + high) / 2
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes, `betacf`).
    private static func fraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300, epsilon = 1e-16
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0, d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...100_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < epsilon { break }
        }
        return h
    }
}
