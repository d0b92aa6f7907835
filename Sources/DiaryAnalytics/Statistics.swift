#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A closed interval of proportions, 0...1.
public struct Interval: Hashable, Sendable {
    public let lower: Double
    public let upper: Double

    /// Creates an interval.
    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// The few statistics the diary uses for one person's small samples (README.md, "Clinical basis").
public enum Statistics {
    /// The normal quantile for a two-sided 95% interval.
    public static let z95 = 1.959963984540054

    /// Wilson score interval (Brown, Cai & DasGupta 2001); nil when there are no trials.
    ///
    /// Chosen over the textbook p ± z·SE because that one collapses to 0-0 at 0 of 14 and
    /// overshoots 0 or 1 with the small counts a diary has.
    public static func wilson(successes: Int, trials: Int, z: Double = z95) -> Interval? {
        guard trials > 0, (0...trials).contains(successes) else { return nil }
        let n = Double(trials), p = Double(successes) / n, z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z / denominator * sqrt(p * (1 - p) / n + z2 / (4 * n * n))
        // At 0 or all successes the bound is exactly 0 or 1; rounding would leave 1e-17.
        return Interval(lower: successes == 0 ? 0 : max(0, centre - half),
                        upper: successes == trials ? 1 : min(1, centre + half))
    }

    /// Risk in the exposed group over risk in the unexposed; nil when either group is empty or the
    /// unexposed risk is 0 (the ratio would be infinite or undefined; the counts still show).
    public static func riskRatio(exposedEvents: Int, exposed: Int, unexposedEvents: Int, unexposed: Int) -> Double? {
        guard exposed > 0, unexposed > 0, unexposedEvents > 0 else { return nil }
        return (Double(exposedEvents) / Double(exposed)) / (Double(unexposedEvents) / Double(unexposed))
    }

    /// Fisher's exact test, two-sided, for the 2×2 table `[[a, b], [c, d]]`
    /// (rows: exposed, unexposed; columns: event, no event).
    ///
    /// Sums the hypergeometric probabilities of every table with the same margins that is no more
    /// likely than the observed one (the minimum-likelihood rule of R's `fisher.test`).
    public static func fisherTwoSided(_ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Double {
        precondition(a >= 0 && b >= 0 && c >= 0 && d >= 0, "negative cell count")
        let row1 = a + b, row2 = c + d, col1 = a + c, n = a + b + c + d
        guard n > 0 else { return 1 }
        let base = logChoose(n, col1)
        func logP(_ x: Int) -> Double { logChoose(row1, x) + logChoose(row2, col1 - x) - base }
        let observed = logP(a)
        var total = 0.0
        for x in max(0, col1 - row2)...min(row1, col1) {
            let lp = logP(x)
            // A relative tolerance, as R uses: a table as likely as the observed one must not drop
            // out through rounding in lgamma.
            if lp <= observed + 1e-7 { total += exp(lp) }
        }
        return min(1, total)
    }

    /// Benjamini-Hochberg adjusted p-values, in the order given.
    ///
    /// `familySize` defaults to the list's length; a caller with a fixed list of questions passes
    /// the list's full length so a question that could not be answered still counts as asked.
    public static func benjaminiHochberg(_ pValues: [Double], familySize: Int? = nil) -> [Double] {
        let m = familySize ?? pValues.count
        precondition(m >= pValues.count, "family smaller than the list")
        let order = pValues.indices.sorted { pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: 1, count: pValues.count)
        // Step up from the largest p: each adjusted value is the running minimum of p·m/rank.
        var running = 1.0
        for (position, index) in order.enumerated().reversed() {
            running = min(running, pValues[index] * Double(m) / Double(position + 1))
            adjusted[index] = min(1, running)
        }
        return adjusted
    }

    /// log(n choose k) through lgamma; accurate to ~1e-12 relative for the counts a diary holds.
    static func logChoose(_ n: Int, _ k: Int) -> Double {
        lgamma(Double(n) + 1) - lgamma(Double(k) + 1) - lgamma(Double(n - k) + 1)
    }
}
