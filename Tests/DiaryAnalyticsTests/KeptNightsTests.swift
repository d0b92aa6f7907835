import Diary
import Testing
@testable import DiaryAnalytics

/// A check-in about the night of `iso`, made the next morning.
func checkIn(_ iso: String, _ sleep: CheckIn.Sleep = .quiet, soreness: Int? = nil) -> CheckIn {
    CheckIn(night: night(iso), sleep: sleep, soreness: soreness, at: at(day(iso).adding(days: 1).description, "08:30"))
}

/// A nocturnal cramp at 03:00 in the night of `iso` (the morning after its evening).
func nightCramp(_ iso: String, seconds: Int = 90, intensity: Int? = nil) -> Episode {
    var episode = cramp(day(iso).adding(days: 1).description, "03:00", seconds: seconds, woke: .yes)
    episode.intensity = intensity
    return episode
}

/// The keeping rule (README.md, "Kept nights"), night by night, and every figure that rests on it.
@Suite struct KeptNightsTests {
    let lastNight = night("2026-11-29")
    var week: NightRange { NightRange(from: lastNight.adding(-6), to: lastNight)! }

    func report(_ episodes: [Episode], keeping: DiaryKeeping, period: NightRange? = nil,
                sessions: [PostureSession] = []) -> Report {
        Report.build(input: ReportInput(
            period: period ?? week, currentNight: lastNight.adding(1), settings: .defaults, episodes: episodes,
            postureSessions: sessions, stretchBreaks: [], keeping: keeping))
    }

    @Test func continuousKeepingStartsAtTheFirstRecordAndStopsInGaps() {
        let keeping = DiaryKeeping(rule: .continuous, firstRecord: night("2026-11-10"), gaps: [
            KeepingGap(first: night("2026-11-15"), last: night("2026-11-16")),
            KeepingGap(first: night("2026-11-25"), last: nil),  // keeping ended and not restarted
        ])
        let kept = KeptNights(keeping: keeping, tallies: NightTallies([], window: .standard))
        #expect(kept[night("2026-11-09")] == .notKept)
        #expect(kept[night("2026-11-10")] == .kept)
        #expect(kept[night("2026-11-14")] == .kept)
        #expect(kept[night("2026-11-15")] == .gap)
        #expect(kept[night("2026-11-16")] == .gap)
        #expect(kept[night("2026-11-17")] == .kept)
        #expect(kept[night("2026-11-24")] == .kept)
        #expect(kept[night("2026-12-31")] == .gap)
        #expect(kept.count(NightRange(from: night("2026-11-01"), to: night("2026-11-30"))!.nights) == 13)
        // An empty diary keeps no night.
        let empty = KeptNights(keeping: DiaryKeeping(rule: .continuous, firstRecord: nil),
                               tallies: NightTallies([], window: .standard))
        #expect(empty[night("2026-11-20")] == .notKept)
    }

    @Test func strictKeepingKeepsOnlyNightsWithAnEntryOrACheckIn() {
        let episodes = [nightCramp("2026-11-23"), numbness("2026-11-26", "03:00")]  // numbness: night of the 25th
        let keeping = DiaryKeeping(rule: .strict, firstRecord: night("2026-11-23"),
                                   gaps: [KeepingGap(first: night("2026-11-27"), last: night("2026-11-27"))],
                                   checkIns: [checkIn("2026-11-24"), checkIn("2026-11-27")])
        let kept = KeptNights(keeping: keeping, tallies: NightTallies(episodes.map(\.outline), window: .standard))
        #expect(week.nights.map { kept[$0] } == [.kept, .kept, .kept, .notKept, .gap, .notKept, .notKept])
        #expect(kept.checkIn(night("2026-11-24"))?.sleep == .quiet)
        #expect(kept.checkIn(night("2026-11-23")) == nil)
    }

    // Issue 12: strict keeping gives the documented kept counts in the report and its measures.
    @Test func aStrictWeekCountsItsKeptNightsOnly() throws {
        // Kept: 23 (cramp), 24 (quiet check-in), 25 (numbness), 26 (cramp, check-in 6), 29 (two cramps, check-in 4);
        // 27 and 28 have nothing and are not kept. Nocturnal cramps on kept nights: 1 + 1 + 2 = 4.
        let episodes = [nightCramp("2026-11-23", seconds: 60, intensity: 5), numbness("2026-11-26", "03:00"),
                        nightCramp("2026-11-26", seconds: 90, intensity: 7), nightCramp("2026-11-29", seconds: 120),
                        nightCramp("2026-11-29", seconds: 30, intensity: 8)]
        let checkIns = [checkIn("2026-11-24"), checkIn("2026-11-26", .disturbed(6), soreness: 3),
                        checkIn("2026-11-29", .disturbed(4))]
        let result = report(episodes, keeping: keeping(episodes, rule: .strict, checkIns: checkIns))
        #expect(result.nights.map(\.keeping) == [.kept, .kept, .kept, .kept, .notKept, .notKept, .kept])
        #expect(result.nights.map { $0.checkIn?.sleep.score } == [nil, 0, nil, 6, nil, nil, 4])
        #expect(result.nights[3].checkIn?.soreness == 3)
        let totals = result.totals
        #expect((totals.keptNights, totals.gapNights, totals.crampFreeNights, totals.keptNocturnalCramps) == (5, 0, 2, 4))
        #expect(totals.nocturnalCrampsPerWeek == 4.0 * 7 / 5)
        // The 30 nights: kept only from the first record (the 23rd), and then only 5 of the 7.
        #expect(result.nocturnal.keptNights == 5)
        #expect(!result.nocturnal.belowMark && !result.nocturnal.atOrAboveMark)
        #expect(result.nocturnal.statement == "4 nocturnal cramps on 3 nights in the 30 nights 2026-10-31 to 2026-11-29; "
            + "only 5 of the 30 nights were kept, so whether the count is below the mark of 5 cannot be said.")
        // Durations 30, 60, 90, 120 s: median 75, longest 120; intensities 5, 7, 8 and one not given.
        let measures = result.measures
        #expect(measures.cramps == 4)
        #expect(measures.durationMedianSeconds == 75 && measures.longestSeconds == 120)
        #expect(measures.intensityMedian == 7 && measures.intensityHighest == 8 && measures.intensityNotGiven == 1)
        // Cramp nights 23, 26, 29; check-ins on 26 (6) and 29 (4): median 5.
        #expect((measures.crampNights, measures.crampNightsWithCheckIn) == (3, 2))
        #expect(measures.sleepDisturbanceMedian == 5)
        // The previous week is before the first record: nothing kept, no rate.
        #expect(result.previousTotals.keptNights == 0)
        #expect(result.previousTotals.nocturnalCrampsPerWeek == nil)
    }

    // Issue 12: a gap across the 30-night window gives the documented kept counts.
    @Test func aGapAcrossTheThirtyNightsLeavesTwentyKept() throws {
        // First record 2026-10-05; a gap of 10 nights (11-05 to 11-14) inside the 30 nights 10-31 to 11-29.
        let episodes = [nightCramp("2026-10-05"), nightCramp("2026-11-02"), nightCramp("2026-11-08"),
                        nightCramp("2026-11-16"), nightCramp("2026-11-25")]
        let gap = KeepingGap(first: night("2026-11-05"), last: night("2026-11-14"))
        let result = report(episodes, keeping: keeping(episodes, gaps: [gap]))
        let n = result.nocturnal
        // Every logged cramp counts toward the mark, the one inside the gap too: 4 on 4 nights, 20 nights kept.
        #expect((n.cramps, n.nights, n.keptNights) == (4, 4, 20))
        #expect(!n.belowMark)
        #expect(n.statement == "4 nocturnal cramps on 4 nights in the 30 nights 2026-10-31 to 2026-11-29; "
            + "only 20 of the 30 nights were kept, so whether the count is below the mark of 5 cannot be said.")
        // The week itself is fully kept: 1 cramp on 7 kept nights.
        #expect((result.totals.keptNights, result.totals.crampFreeNights) == (7, 6))
        #expect(result.totals.nocturnalCrampsPerWeek == 1)
        // A week inside the gap: 7 gap nights; the cramp on the 8th is shown, never rated; the week before has 4 kept.
        let across = report(episodes, keeping: keeping(episodes, gaps: [gap]),
                            period: NightRange(from: night("2026-11-08"), to: night("2026-11-14"))!)
        #expect(across.nights.map(\.keeping) == [.gap, .gap, .gap, .gap, .gap, .gap, .gap])
        #expect(across.nights.first?.cramps == 1)
        #expect((across.totals.keptNights, across.totals.gapNights, across.totals.keptNocturnalCramps) == (0, 7, 0))
        #expect(across.totals.nocturnalCrampsPerWeek == nil)
        #expect((across.previousTotals.keptNights, across.previousTotals.gapNights) == (4, 3))
    }

    // Issue 12: a diary of check-ins only keeps its nights from the first check-in.
    @Test func checkInsAloneKeepNights() {
        let checkIns = (20...29).map { checkIn("2026-11-\($0)") }
        let continuous = report([], keeping: keeping([], checkIns: checkIns))
        #expect(!continuous.isEmpty)
        #expect((continuous.totals.keptNights, continuous.totals.crampFreeNights) == (7, 7))
        #expect(continuous.totals.nocturnalCrampsPerWeek == 0)
        #expect(continuous.nocturnal.keptNights == 10)
        #expect(continuous.nocturnal.statement.hasSuffix("only 10 of the 30 nights were kept, so whether the count is "
            + "below the mark of 5 cannot be said."))
        // Strict keeping: the same, as every night from the first has a check-in; drop one and it is not kept.
        let strict = report([], keeping: keeping([], rule: .strict, checkIns: checkIns.filter { $0.night != night("2026-11-25") }))
        #expect(strict.totals.keptNights == 6)
        #expect(strict.nights.map(\.keeping) == [.kept, .kept, .notKept, .kept, .kept, .kept, .kept])
    }

    @Test func atOrAboveTheMarkStandsWhateverWasKept() {
        // 5 cramps, all in the 10 kept nights at the end: the mark is met whatever the other 20 held.
        let episodes = (25...29).map { nightCramp("2026-11-\($0)") }
        let result = report(episodes, keeping: keeping(episodes, checkIns: [checkIn("2026-11-20")]))
        #expect(result.nocturnal.keptNights == 10)
        #expect(result.nocturnal.atOrAboveMark)
        #expect(result.nocturnal.statement.hasPrefix("5 nocturnal cramps on 5 nights in the 30 nights 2026-10-31 to "
            + "2026-11-29 (10 of them kept): at or above the mark of 5."))
    }

    @Test func belowTheMarkOnlyWithEveryNightKept() {
        let episodes = [nightCramp("2026-10-01"), nightCramp("2026-11-20")]
        let result = report(episodes, keeping: keeping(episodes))
        #expect(result.nocturnal.keptNights == 30)
        #expect(result.nocturnal.belowMark)
        #expect(result.nocturnal.statement.hasSuffix(", below the mark of 5."))
    }
}
