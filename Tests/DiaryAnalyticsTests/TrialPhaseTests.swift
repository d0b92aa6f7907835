import Diary
import Testing
@testable import DiaryAnalytics

@Suite struct TrialPhaseTests {
    private let first = Night(evening: CivilDate(year: 2026, month: 10, day: 18)!)

    // Issue 14: washout nights follow each switch (not the first baseline) and are counted on neither side; ABAB.
    @Test func washoutNightsAreLeftOutOfBothSides() {
        let trial = Trial(name: "magnesium", firstNight: first, baselineNights: 14, treatmentNights: 14, washoutNights: 3, cycles: 2)
        #expect(trial.phases.map(\.name) == ["baseline 1", "treatment 1", "baseline 2", "treatment 2"])
        #expect(trial.phases.map { $0.washout?.count ?? 0 } == [0, 3, 3, 3])
        #expect(trial.plannedLastNight == first.adding(55))
        let sides = trial.countedNights(through: first.adding(100))
        #expect(sides.baseline.count == 14 + 11)
        #expect(sides.treatment.count == 11 + 11)
        #expect(!sides.treatment.contains(first.adding(14)) && sides.treatment.first == first.adding(17))
        #expect(trial.washoutNights(through: first.adding(100)) == 9)
        // Part way: through the second night of the first washout.
        #expect(trial.washoutNights(through: first.adding(15)) == 2)
        #expect(trial.countedNights(through: first.adding(15)).treatment.isEmpty)
    }

    // Issue 14: stopping early ends the trial's nights (and its strict keeping) at the night stopped.
    @Test func stoppedEarlyEndsTheNights() {
        var trial = Trial(name: "quinine", firstNight: first)
        #expect(trial.nights.count == 42)
        trial.stoppedNight = first.adding(20)
        #expect(trial.nights.count == 21)
        #expect(trial.phase(of: first.adding(20))?.name == "treatment 1")
        #expect(trial.phase(of: first.adding(21)) == nil)
        #expect(trial.countedNights(through: first.adding(40)).treatment.count == 7)
    }

    // Issue 14: strict keeping for a trial's nights under continuous keeping: a night inside without an entry is
    // not kept; the same night outside a trial is.
    @Test func strictKeepingInsideATrialOnly() {
        let trial = Trial(name: "magnesium", firstNight: first)
        let checkIn = CheckIn(night: first.adding(1), sleep: .quiet, at: Timestamp(utc: 0, offset: 0))
        let keeping = DiaryKeeping(rule: .continuous, firstRecord: first.adding(-10), checkIns: [checkIn],
                                   strictNights: [trial.nights])
        let kept = KeptNights(keeping: keeping, tallies: NightTallies([EpisodeOutline](), window: .standard))
        #expect(kept[first.adding(-1)] == .kept)
        #expect(kept[first] == .notKept)
        #expect(kept[first.adding(1)] == .kept)
        #expect(kept[first.adding(42)] == .kept)
    }
}
