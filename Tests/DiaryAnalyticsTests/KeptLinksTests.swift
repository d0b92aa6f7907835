import Diary
import Testing
@testable import DiaryAnalytics

/// The links count kept nights only (README.md, "Kept nights"), and a fully kept diary gives exactly the
/// results it gave before nights were judged kept.
@Suite struct KeptLinksTests {
    let lastNight = night("2026-11-29")

    /// 90 nights (index 0 ... 89, night = lastNight - 89 + index): a 5 h standing day every third day with a
    /// cramp after every sixth, a cramp after other days whose index is 1 mod 20 (1, 41 and 61; 21 and 81 are
    /// long days).
    var diary: (episodes: [Episode], sessions: [PostureSession]) {
        postureDiary(endingWith: lastNight, count: 90, longStanding: { $0 % 3 == 0 },
                     crampAfter: { i, long in long ? i % 6 == 0 : i % 20 == 1 })
    }

    func links(_ keeping: DiaryKeeping) -> LinkAnalysis {
        Report.build(input: ReportInput(
            period: NightRange(from: lastNight.adding(-6), to: lastNight)!, currentNight: lastNight.adding(1),
            settings: .defaults, episodes: diary.episodes, postureSessions: diary.sessions, stretchBreaks: [],
            keeping: keeping)).links
    }

    // Issue 12: the links' exact-test results are unchanged on a fully kept diary.
    @Test func aFullyKeptDiaryGivesTheSameExactTests() throws {
        let kept = links(keeping(diary.episodes, diary.sessions))
        // The same nights judged as before kept nights existed: every outcome counted.
        let days = PostureDays.aggregate(sessions: diary.sessions, breaks: [], intervalMinutes: 40)
        let tallies = NightTallies(diary.episodes.map(\.outline), window: .standard)
        let everyNight = kept.lookback.nights.map {
            NightOutcome(night: $0, dayBefore: days[$0.evening], crampNight: tallies[$0].nocturnalCramps > 0)
        }
        #expect(kept == LinkAnalysis(outcomes: everyNight, lookback: kept.lookback, settings: .defaults))
        #expect((kept.loggedNights, kept.keptNights) == (90, 90))
        let standing = kept[.longStanding]
        #expect(standing.exposed == Proportion(count: 15, total: 30))
        #expect(standing.unexposed == Proportion(count: 3, total: 60))
        #expect(standing.riskRatio == 10)
        #expect(standing.p == Statistics.fisherTwoSided(15, 15, 3, 57))
        #expect(standing.verdict == .worthMentioning)
        // Kept since long before: still the same.
        #expect(links(DiaryKeeping(rule: .continuous, firstRecord: night("2026-01-01"))) == kept)
    }

    // Issue 12: the links ignore nights that were not kept.
    @Test func nightsInAGapAreLeftOut() throws {
        // A gap over the first 30 nights (index 0 ... 29). Left: long days 30, 33, ..., 87 (20), with a cramp after
        // 30, 36, ..., 84 (10); other days 40, with a cramp after 41 and 61 (2).
        let gap = KeepingGap(first: lastNight.adding(-89), last: lastNight.adding(-60))
        let result = links(keeping(diary.episodes, diary.sessions, gaps: [gap]))
        #expect((result.loggedNights, result.keptNights) == (60, 60))
        let standing = result[.longStanding]
        #expect(standing.exposed == Proportion(count: 10, total: 20))
        #expect(standing.unexposed == Proportion(count: 2, total: 40))
        #expect(standing.riskRatio == 10)
        #expect(standing.p == Statistics.fisherTwoSided(10, 10, 2, 38))
        // Strict keeping with no check-ins: only the 18 cramp nights (15 + 3) are kept, so every kept night is a cramp
        // night and no link can be judged on them.
        let strict = links(keeping(diary.episodes, diary.sessions, rule: .strict))
        #expect(strict.keptNights == 18)
        #expect(strict[.longStanding].exposed == Proportion(count: 15, total: 15))
        #expect(strict[.longStanding].unexposed == Proportion(count: 3, total: 3))
        #expect(strict[.longStanding].verdict == .notEnoughData)
    }
}
