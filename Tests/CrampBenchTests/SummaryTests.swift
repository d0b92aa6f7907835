import Testing
@testable import CrampBench

@Suite struct SummaryTests {
    @Test func medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        let summary = Summary([4, 1, 3, 2])
        #expect(summary.median == 2.5)
        #expect(summary.min == 1)
        #expect(summary.max == 4)
        #expect(summary.count == 4)
    }

    @Test func quartilesInterpolateBetweenOrderStatistics() {
        // Type 7 on 1...5: positions 1 and 3 of 0...4, so exactly 2 and 4.
        let odd = Summary([5, 3, 1, 4, 2])
        #expect(odd.p25 == 2)
        #expect(odd.median == 3)
        #expect(odd.p75 == 4)
        // On [10, 20]: position 0.25 lies a quarter of the way from 10 to 20.
        let pair = Summary([20, 10])
        #expect(pair.p25 == 12.5)
        #expect(pair.p75 == 17.5)
    }

    @Test func oneValueIsItsOwnSpread() {
        let one = Summary([7])
        #expect([one.min, one.p25, one.median, one.p75, one.max] == [7, 7, 7, 7, 7])
    }
}

@Suite struct FormatTests {
    @Test func fixedRoundsToTheGivenPlaces() {
        #expect(Format.fixed(3.14159, 2) == "3.14")
        #expect(Format.fixed(2.71828, 3) == "2.718")
        #expect(Format.fixed(12, 0) == "12")
        #expect(Format.fixed(0.5, 3) == "0.500")
        #expect(Format.fixed(1.96, 1) == "2.0")
        #expect(Format.fixed(-1.25, 1) == "-1.3")
        #expect(Format.fixed(-0.004, 2) == "0.00")
    }

    @Test func groupedPutsCommasEveryThreeDigits() {
        #expect(1_000_000.grouped == "1,000,000")
        #expect(999.grouped == "999")
        #expect(100_000.grouped == "100,000")
        #expect((-1234).grouped == "-1,234")
    }

    @Test func shellQuotingLeavesPlainWordsAlone() {
        #expect(Command.shellQuoted("--period") == "--period")
        #expect(Command.shellQuoted("a b") == "'a b'")
        #expect(Command.shellQuoted("it's") == "'it'\\''s'")
        #expect(Command.shellQuoted("") == "''")
    }
}
