import Diary
import DiaryAnalytics
import DiaryExport
import Testing

/// The links part of the terminal report: counts and verdict by default, the statistics behind `--details`.
@Suite struct ReportLinksTextTests {
    /// The lines from the links heading to the end.
    private func links(_ report: Report, details: Bool) -> [String] {
        let lines = ReportText.render(report, options: ReportTextOptions(unicode: false, details: details))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return Array(lines.drop { !$0.hasPrefix("Links with the day before") })
    }

    // Issue 13: the weekly report shows, for each link, its counts and its verdict in a line or two; intervals,
    // risk ratios and p-values only with --details.
    @Test func byDefaultEachLinkIsItsCountsAndItsVerdict() {
        // The busy sample, 90 nights all with a posture record: 5 h standing every third day (30 days), and cramp
        // nights after 16 of them (every sixth day, plus the 23:40 one two nights ago); after the 60 other days,
        // cramp nights on days 1, 41 and 61. Every day has 7 h sitting, so that link has no other days.
        let brief = links(ReportSamples.busy, details: false)
        #expect(brief == [
            "Links with the day before (90 nights, 2026-09-01 to 2026-11-29)",
            "  The links look further back than this period so patterns have a chance to",
            "    show. 90 nights of 90 had a posture record the day before; only those count.",
            "    A cramp night is a night with at least one nocturnal cramp.",
            "",
            "  After days with standing 4 h or more: cramp nights 16 of 30 after such days, 3",
            "      of 60 after other days",
            "    => link worth mentioning to your doctor: cramp nights were more common after",
            "       such days.",
            "",
            "  After days with sitting 6 h or more: cramp nights 19 of 90 after such days,",
            "      none logged yet after other days",
            "    => not enough data: at least 14 more logged nights needed (14 after other",
            "       days).",
            "",
            // Missed: the 7 h sitting of odd days (10 breaks due, none taken) and the 5 h standing days (7 due, 2
            // taken): 45 + 30 - 15 = 60 days; the 19 cramp nights all follow one of them.
            "  After days with one or more missed stretch breaks: cramp nights 19 of 60 after",
            "      such days, 0 of 30 after other days",
            "    => link worth mentioning to your doctor: cramp nights were more common after",
            "       such days.",
            "",
            "  These are patterns in your own diary, not proof that one thing leads to",
            "    another. A link is judged only with at least 14 nights after each kind of",
            "    day, 5 cramp nights in all and 3 after such days. Intervals, risk ratios and",
            "    p-values: cramp report --details (or --json).",
            "",
        ], "\(brief.joined(separator: "\n"))")
        let text = brief.joined(separator: "\n")
        for statistic in ["CI", "Fisher", "adjusted", "risk ratio 10.67", "basis:"] { #expect(!text.contains(statistic), "\(statistic)") }
    }

    // Issue 13: --details keeps the intervals, the risk ratio and both p-values of every link.
    @Test func detailsShowTheStatistics() {
        let detailed = links(ReportSamples.busy, details: true)
        let text = detailed.joined(separator: "\n")
        let flat = detailed.map { $0.trimmingSpaces }.joined(separator: " ")
        #expect(text.contains("    cramp nights after such days: 16 of 30 (53%, 95% CI "), "\(text)")
        #expect(text.contains("    cramp nights after other days: 3 of 60 (5%, 95% CI "), "\(text)")
        #expect(text.contains("    risk ratio 10.67; Fisher's exact p "), "\(text)")
        #expect(flat.contains("p-values are adjusted (Benjamini-Hochberg)"), "\(flat)")
        #expect(!text.contains("--details"))
        // The whole report: the default is shorter by the basis, interval and p-value lines, less the line each link
        // gives its counts: standing 5 - 2, sitting 4 - 2 (no p without other days), missed breaks 7 - 2 (a basis and
        // a risk ratio of two lines each).
        let all = ReportText.render(ReportSamples.busy, options: ReportTextOptions(unicode: false)).split(separator: "\n").count
        let full = ReportText.render(ReportSamples.busy, options: ReportTextOptions(unicode: false, details: true))
            .split(separator: "\n").count
        #expect(full - all == 10, "default \(all) lines, details \(full)")
    }
}
