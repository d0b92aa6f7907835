import Foundation
import Testing

/// Kept nights through the real commands (README.md, "Kept nights"): the summary of a new diary, nights across
/// both 2026 clock changes in Europe/Berlin, and strict keeping, in report, summary, JSON and the nights export.
@Suite("in process: kept nights")
struct KeptNightsInProcessTests {
    /// The text with line breaks and indents folded into single spaces, to find wrapped sentences.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    private func flat(_ text: String) -> String { Self.flat(text) }

    /// Three weeks of entries from 2026-11-07, as the issue tried it: 14 nocturnal cramps on 11 nights
    /// (07 twice, 08, 10 twice, 11, 13, 15 twice, 17, 19, 21, 23, 25), summarised on 2026-11-26.
    private func newDiary() throws -> InProcessCramp {
        var cramp = try InProcessCramp()
        cramp.now = "2026-11-26T09:00"
        let nights = ["07", "07", "08", "10", "10", "11", "13", "15", "15", "17", "19", "21", "23", "25"]
        for (index, night) in nights.enumerated() {
            let morning = String(format: "2026-11-%02dT%02d:00", Int(night)! + 1, 2 + index % 2)
            cramp.ok(["log", "left", "calf", "1m", "--at", morning])
        }
        return cramp
    }

    // Issue 12: a diary whose first record is on 2026-11-07, summarised on 2026-11-26, shows no zero month or week
    // before November, and says why it cannot compare with the 30 nights before.
    @Test func aNewDiaryShowsNoZeroMonthBeforeItAndSaysWhyItCannotCompare() throws {
        let cramp = try newDiary()
        defer { cramp.cleanup() }
        let text = cramp.ok(["summary"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        let all = flat(text)
        // The 90 nights are 2026-08-28 to 2026-11-25; 71 of them come before the first record, 19 from it.
        #expect(all.contains("Period: Fri 2026-08-28 to Wed 2026-11-25 (90 nights); made Thu 2026-11-26."), "\(text)")
        #expect(all.contains("The diary begins on the night of 2026-11-07, its first record: the 71 nights of the period "
            + "before it were not kept, so no figure counts them and the tables start there. Kept nights: 19 of 90 "
            + "(continuous keeping from the first record)."), "\(text)")
        // One month row, from the first record on; no August, September or October.
        #expect(lines.contains("  2026-11 (7-25)        19    19      14         14            11         0"), "\(text)")
        for month in ["2026-08", "2026-09", "2026-10"] { #expect(!lines.contains { $0.hasPrefix("  \(month) ") }, "\(month)") }
        // 19 kept nights, 11 with a cramp: 8 cramp-free; 14 x 7 / 19 = 5.2 a week.
        #expect(all.contains("8 cramp-free nights, 5.2 nocturnal cramps per week over kept nights."), "\(text)")
        #expect(all.contains("14 nocturnal cramps on 11 nights in the 30 nights 2026-10-27 to 2026-11-25 (19 of them "
            + "kept): at or above the mark of 5."), "\(text)")
        // Better or worse: no change is stated, and the reason is named.
        #expect(all.contains("2026-09-27 to 2026-10-26: 0 nocturnal cramps, 0 cramp nights, no night kept"), "\(text)")
        #expect(all.contains("Not compared: the earlier 30 nights (2026-09-27 to 2026-10-26) have no kept night, as the "
            + "diary's first record is on the night of 2026-11-07. A comparison needs at least 14 kept nights in each "
            + "(our convention: two weeks, the shortest diary period of the trials)."), "\(text)")
        #expect(!all.contains("Change:"), "\(text)")

        // The page: the same month row, and four weekly bars from the week of the first record (02, 09, 16, 23 Nov),
        // the first and last lighter with their kept nights (2 and 3).
        let page = cramp.ok(["summary", "--format", "html"]).stdout
        #expect(page.contains("<tr><td>2026-11 (7-25)</td><td>19</td><td>19</td><td>14</td><td>14</td><td>11</td><td>0</td></tr>"))
        #expect(!page.contains("<td>2026-10"))
        let chart = try #require(page.components(separatedBy: "<svg").dropFirst().first)
        #expect(chart.components(separatedBy: "<rect").count - 1 == 4, "\(chart)")
        #expect(chart.contains("week of 2026-11-02: 2 cramp nights of 2 kept nights"), "\(chart)")
        #expect(chart.contains("week of 2026-11-23: 2 cramp nights of 3 kept nights"), "\(chart)")
        #expect(chart.contains(">2/2</text>") && chart.contains(">2/3</text>"), "\(chart)")
        #expect(!chart.contains("week of 2026-10"), "\(chart)")
        #expect(page.contains("Not compared: the earlier 30 nights"))
    }

    /// Cramps on the nights of both 2026 clock changes in Europe/Berlin: 2026-03-29 (02:00 CET becomes 03:00 CEST)
    /// and 2026-10-25 (03:00 CEST becomes 02:00 CET). First record: the night of 2026-03-28.
    private func clockChangeDiary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-03-28T23:30"])  // CET, night 03-28
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-03-29T03:30"])  // CEST, still night 03-28
        cramp.ok(["log", "right", "calf", "1m", "--at", "2026-10-24T23:00"])  // CEST, night 10-24
        cramp.ok(["log", "right", "calf", "3m", "--at", "2026-10-25T05:00"])  // CET, still night 10-24
        return cramp
    }

    // Issue 12: across both 2026 clock changes in Europe/Berlin the kept counts are the documented ones.
    @Test func keptNightsAcrossBothClockChanges() throws {
        let cramp = try clockChangeDiary()
        defer { cramp.cleanup() }
        // Spring: 03-26 and 03-27 come before the first record; 03-28 to 04-01 are kept, one row per night.
        let spring = try cramp.jsonArray(["export", "--what", "nights", "--format", "json", "2026-03-26..2026-04-01"])
        #expect(spring.map { $0["night"] as? String } == (26...31).map { "2026-03-\($0)" } + ["2026-04-01"])
        #expect(spring.map { $0["kept"] as? String } == ["no", "no", "yes", "yes", "yes", "yes", "yes"])
        #expect(spring.map { $0["nocturnal_cramps"] as? Int } == [0, 0, 2, 0, 0, 0, 0])
        let csv = cramp.ok(["export", "--what", "nights", "2026-10-22..2026-10-28"]).stdout
        #expect(csv == "night,kept,cramps,nocturnal_cramps,numbness,sleep_disturbance,soreness,standing_s,sitting_s,breaks_missed\r\n"
            + "2026-10-22,yes,0,0,0,,,,,\r\n2026-10-23,yes,0,0,0,,,,,\r\n2026-10-24,yes,2,2,0,,,,,\r\n"
            + "2026-10-25,yes,0,0,0,,,,,\r\n2026-10-26,yes,0,0,0,,,,,\r\n2026-10-27,yes,0,0,0,,,,,\r\n"
            + "2026-10-28,yes,0,0,0,,,,,\r\n")

        // The report of the spring week: 2 of 7 nights kept (28, 29), 2 cramps on them: 7.0 a week.
        let report = try cramp.jsonObject(["report", "--json", "--period", "2026-03-23..2026-03-29"])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["keptNights"] as? Int == 2)
        #expect(totals["crampFreeNights"] as? Int == 1)
        #expect(totals["keptNocturnalCramps"] as? Int == 2)
        #expect(totals["nocturnalCrampsPerWeek"] as? Double == 7)
        let nights = try #require(report["nights"] as? [[String: Any]])
        #expect(nights.map { $0["kept"] as? String } == ["no", "no", "no", "no", "no", "yes", "yes"])
        let text = cramp.ok(["report", "--period", "2026-03-23..2026-03-29"]).stdout
        #expect(text.contains("Mon 2026-03-23        0      0  -                     not kept\n"), "\(text)")
        #expect(flat(text).contains("Kept nights: 2 of 7; 1 cramp-free night, 7.0 nocturnal cramps per week over kept nights."), "\(text)")
        // The autumn week: every night kept, 2 cramps on 7 nights.
        let autumn = try cramp.jsonObject(["report", "--json", "--period", "2026-10-19..2026-10-25"])
        let autumnTotals = try #require(autumn["totals"] as? [String: Any])
        #expect(autumnTotals["keptNights"] as? Int == 7)
        #expect(autumnTotals["nocturnalCrampsPerWeek"] as? Double == 2)
        // The summary of both changes: months from the first record, every night kept since.
        let summary = flat(cramp.ok(["summary", "2026-03-01..2026-10-31"]).stdout)
        #expect(summary.contains("the 27 nights of the period before it were not kept"), "\(summary)")
        #expect(summary.contains("Kept nights: 218 of 245 (continuous keeping from the first record)."), "\(summary)")
        #expect(summary.contains("2026-03 (28-31) 4 4 2 2 1 0"), "\(summary)")
        #expect(summary.contains("2026-10 31 31 2 2 1 0"), "\(summary)")
    }

    // Issue 12: strict keeping keeps only nights with an entry (or a check-in), in every output.
    @Test func strictKeepingKeepsOnlyNightsWithAnEntry() throws {
        let cramp = try clockChangeDiary()
        defer { cramp.cleanup() }
        cramp.ok(["config", "set", "keeping", "strict"])
        let csv = cramp.ok(["export", "--what", "nights", "2026-10-22..2026-10-26"]).stdout
        #expect(csv.hasSuffix("2026-10-22,no,0,0,0,,,,,\r\n2026-10-23,no,0,0,0,,,,,\r\n2026-10-24,yes,2,2,0,,,,,\r\n"
            + "2026-10-25,no,0,0,0,,,,,\r\n2026-10-26,no,0,0,0,,,,,\r\n"), "\(csv)")
        let report = try cramp.jsonObject(["report", "--json", "--period", "2026-10-19..2026-10-25"])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["keptNights"] as? Int == 1)
        #expect(totals["crampFreeNights"] as? Int == 0)
        #expect(totals["nocturnalCrampsPerWeek"] as? Double == 14)
        let settings = try #require(report["settings"] as? [String: Any])
        #expect(settings["keeping"] as? String == "strict")
        let nocturnal = try #require(report["nocturnal30"] as? [String: Any])
        #expect(nocturnal["keptNights"] as? Int == 1)
        #expect(nocturnal["belowMark"] as? Bool == false)
        let summary = flat(cramp.ok(["summary", "2026-03-01..2026-10-31"]).stdout)
        #expect(summary.contains("Kept nights: 2 of 245 (strict keeping: only nights with an entry or a check-in)."), "\(summary)")
        #expect(summary.contains("Not compared: the earlier 30 nights (2026-09-02 to 2026-10-01) have no kept night, and "
            + "the last 30 nights (2026-10-02 to 2026-10-31) have only 1 kept night."), "\(summary)")
    }
}
