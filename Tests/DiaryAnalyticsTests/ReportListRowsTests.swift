import Diary
import Seeded
import Testing
@testable import DiaryAnalytics

/// `ReportRows.episodeLists`: a store may give the episodes outside it as outlines (they only feed
/// counts), and the report must not change.
@Suite struct ReportListRowsTests {
    /// A year and a half of episodes with triggers and reliefs, at offsets from -10 h to +14 h.
    func diaryWithLists(seed: UInt64) -> [Episode] {
        var random = SeededRandom(seed: seed)
        let offsets = [-10 * 3600, 0, 3600, 7200, 14 * 3600]
        let triggers: [Trigger] = [Trigger(.standing), Trigger(.sitting), Trigger(.cold), Trigger("new shoes")!]
        let reliefs = [Relief(.stretch, outcome: .helped), Relief(.walk, outcome: .noHelp), Relief(.heat)]
        var episodes: [Episode] = []
        let first = day("2025-09-01")
        for d in 0..<540 {
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                let local = LocalDateTime(date: first.adding(days: d), secondsOfDay: Int.random(in: 0..<86_400, using: &random))
                episodes.append(Episode(
                    kind: Bool.random(using: &random) ? .cramp : .numbness,
                    start: Timestamp(local: local, offset: offsets.randomElement(using: &random)!),
                    leg: Leg.allCases.randomElement(using: &random)!,
                    site: ([nil] + Site.allCases.map(Optional.some)).randomElement(using: &random)!,
                    durationSeconds: Int.random(in: 10...1200, using: &random),
                    woke: Woke.allCases.randomElement(using: &random)!,
                    triggers: triggers.filter { _ in Int.random(in: 0..<3, using: &random) == 0 },
                    reliefs: reliefs.filter { _ in Int.random(in: 0..<3, using: &random) == 0 }))
            }
        }
        return episodes.sorted { $0.start.utc < $1.start.utc }
    }

    @Test("lists outside episodeLists do not change the report",
          arguments: [(UInt64(1), "2026-11-23", "2026-11-29", "2026-11-30"),
                      (UInt64(2), "2026-11-01", "2026-11-30", "2026-11-28"),
                      (UInt64(3), "2026-01-05", "2026-01-11", "2026-01-12")])
    func listsOnlyWhereTheReportReadsThem(seed: UInt64, from: String, to: String, current: String) {
        let episodes = diaryWithLists(seed: seed)
        let period = NightRange(from: night(from), to: night(to))!
        let rows = ReportInput.rows(period: period, currentNight: night(current), settings: .defaults)
        #expect(rows.episodes.contains(rows.episodeLists.lowerBound))
        #expect(rows.episodeLists.upperBound <= rows.episodes.upperBound)
        let full = ReportInput(period: period, currentNight: night(current), settings: .defaults,
                               episodes: episodes.filter { rows.episodes.contains($0.start.utc) },
                               postureSessions: [], stretchBreaks: [], keeping: keeping(episodes))
        var outlined = full
        outlined.episodes = full.episodes.filter { rows.episodeLists.contains($0.start.utc) }
        outlined.outlines = full.episodes.filter { !rows.episodeLists.contains($0.start.utc) }.map(\.outline)
        #expect(outlined.outlines.count > outlined.episodes.count, "most episodes came as outlines")
        let report = Report.build(input: full)
        #expect(!report.triggers.isEmpty && !report.reliefs.isEmpty, "the period has lists to summarise")
        #expect(report.previousTotals.cramps > 0 && report.nocturnal.cramps > 0, "the outlines had counts to give")
        #expect(Report.build(input: outlined) == report)
    }
}
