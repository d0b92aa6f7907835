#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast, and the same stream for the same seed on every
/// machine, so a diary generated from `--seed 42` is the same file everywhere and a test's "random"
/// cases replay from their printed seed. Used by the benchmark and the tests, never by `cramp`.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose whole stream is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) with 53 random bits (not `Double.random(in:)`, whose algorithm the standard
    /// library does not promise to keep).
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A whole number in `range`, by multiply-shift (bias about width / 2^32: negligible for the ranges used here).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        // Parenthesized: in Swift `>>` binds tighter than `&*`.
        return range.lowerBound + Int(((next() >> 32) &* width) >> 32)
    }

    /// A standard normal deviate (Box-Muller; one of the pair is thrown away for simplicity).
    public mutating func normal() -> Double {
        let u = 1 - unit()  // (0, 1]: log(0) would be -inf
        return sqrt(-2 * log(u)) * cos(2 * Double.pi * unit())
    }

    /// A log-normal deviate with the given median and log-scale spread.
    public mutating func logNormal(median: Double, sigma: Double) -> Double { median * exp(sigma * normal()) }

    /// One of `choices`, picked with probability proportional to its weight.
    public mutating func pick<T>(_ choices: [(T, Double)]) -> T {
        let total = choices.reduce(0) { $0 + $1.1 }
        var target = unit() * total
        for (value, weight) in choices {
            if target < weight { return value }
            target -= weight
        }
        return choices[choices.count - 1].0
    }
}
