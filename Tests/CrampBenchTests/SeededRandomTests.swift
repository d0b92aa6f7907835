import Seeded
import Testing
@testable import CrampBench

@Suite struct SeededRandomTests {
    @Test func matchesTheSplitMix64ReferenceStream() {
        // Reference outputs of splitmix64.c (Vigna) seeded with 0.
        var random = SeededRandom(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42), c = SeededRandom(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        #expect(first != (0..<5).map { _ in c.next() })
    }

    @Test func intCoversTheWholeRangeEvenly() {
        var random = SeededRandom(seed: 7)
        var counts = [Int](repeating: 0, count: 10)
        for _ in 0..<10_000 { counts[random.int(in: 0...9)] += 1 }
        // Each value expects 1,000; 800...1,200 is more than six standard deviations wide.
        #expect(counts.allSatisfy { (800...1200).contains($0) }, "\(counts)")
        var wide = SeededRandom(seed: 8)
        let draws = (0..<1000).map { _ in wide.int(in: 28_800...79_199) }
        #expect(draws.allSatisfy { (28_800...79_199).contains($0) })
        #expect(draws.max()! - draws.min()! > 45_000)
    }

    @Test func unitStaysInTheHalfOpenInterval() {
        var random = SeededRandom(seed: 1)
        let values = (0..<10_000).map { _ in random.unit() }
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        let mean = values.reduce(0, +) / Double(values.count)
        #expect(abs(mean - 0.5) < 0.02)
    }

    @Test func pickFollowsTheWeights() {
        var random = SeededRandom(seed: 3)
        var heads = 0
        for _ in 0..<10_000 where random.pick([(true, 3.0), (false, 1.0)]) { heads += 1 }
        #expect((7_200...7_800).contains(heads), "\(heads) of 10,000 with weight 3:1")
    }

    @Test func allocationIsExactAndSkipsZeroWeights() {
        var random = SeededRandom(seed: 5)
        let counts = Allocation.counts(total: 10_000, weights: [1, 0, 3, 0], random: &random)
        #expect(counts.reduce(0, +) == 10_000)
        #expect(counts[1] == 0 && counts[3] == 0)
        #expect((7_200...7_800).contains(counts[2]), "\(counts)")
    }
}
