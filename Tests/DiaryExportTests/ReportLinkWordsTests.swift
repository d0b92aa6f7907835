import Diary
import DiaryAnalytics
import DiaryExport
import Testing

/// The words of a link's verdict: the shortfall names its cramp nights, and fewer reads "less common".
@Suite struct ReportLinkWordsTests {
    /// Standing on the days before the last `days` nights: 5 h on days of even index (exposed), 1 h on odd ones;
    /// a nocturnal cramp at 03:10 after the days listed.
    private func report(days: Int = 40, crampsAfter: [Int]) -> Report {
        var sessions: [PostureSession] = [], episodes: [Episode] = []
        let last = ReportSamples.lastNight
        for i in 0..<days {
            let evening = last.adding(i - days + 1).evening
            sessions.append(PostureSession(posture: .standing, start: ReportSamples.at(evening, 8),
                                           durationSeconds: i % 2 == 0 ? 18_000 : 3600))
            if crampsAfter.contains(i) {
                episodes.append(Episode(start: ReportSamples.at(evening.adding(days: 1), 3, 10), leg: .left, durationSeconds: 60))
            }
        }
        return ReportSamples.build(episodes, sessions)
    }

    /// The verdict lines of the standing link.
    private func standingVerdict(_ report: Report) -> [String] {
        let lines = ReportText.render(report, options: ReportTextOptions(unicode: false))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  After days with standing") }) else { return [] }
        return Array(lines[start...].drop { !$0.hasPrefix("    =>") }.prefix { !$0.isEmpty })
    }

    // Issue 13: the shortfall says "cramp nights" (was "(2 of them after such days)" with nothing before it).
    @Test func theShortfallNamesItsCrampNights() {
        // 20 nights after each kind of day; 7 cramp nights, 1 of them after a long standing day: 2 more needed there.
        let exposedShort = report(crampsAfter: [0, 1, 3, 5, 7, 9, 11])
        #expect(standingVerdict(exposedShort) == [
            "    => not enough data: at least 2 more logged nights needed (2 more cramp",
            "       nights after such days).",
        ], "\(standingVerdict(exposedShort))")
        // 2 cramp nights, 1 after each kind of day: 3 more in all, 2 of them after such days.
        let bothShort = report(crampsAfter: [0, 1])
        #expect(standingVerdict(bothShort) == [
            "    => not enough data: at least 3 more logged nights needed (3 more cramp",
            "       nights in all, 2 more cramp nights after such days).",
        ], "\(standingVerdict(bothShort))")
    }

    // Issue 13: "fewer common" reads "less common".
    @Test func lessCommon() {
        // 45 long standing days with 3 cramp nights after them; 45 other days with 25.
        let after = [0, 2, 4] + (0..<25).map { 2 * $0 + 1 }
        let fewer = report(days: 90, crampsAfter: after)
        #expect(standingVerdict(fewer) == [
            "    => link worth mentioning to your doctor: cramp nights were less common after",
            "       such days.",
        ], "\(standingVerdict(fewer))")
        #expect(fewer.links[.longStanding].moreAfterExposed == false)
    }
}
