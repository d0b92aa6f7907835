import Foundation
import Testing

/// Gaps and check-ins through the real commands (`cramp gap`, `cramp checkin`): the kept counts they give in
/// report, summary, JSON and the nights export (README.md, "Kept nights"). Now: Monday 2026-11-30 09:00, so the
/// last complete night is 2026-11-29.
@Suite("in process: gaps and check-ins")
struct KeptGapsInProcessTests {
    private func flat(_ text: String) -> String { KeptNightsInProcessTests.flat(text) }

    private func diary() throws -> InProcessCramp {
        var cramp = try InProcessCramp()
        cramp.now = "2026-11-30T09:00"
        return cramp
    }

    /// Nocturnal cramps on the nights of 10-05 (the first record), 11-02, 11-08, 11-16 and 11-25; a gap over the 9
    /// nights 11-05 to 11-13 (holding the cramp of 11-08); check-ins: 11-25 disturbed 6 with soreness 3, 11-26 quiet.
    private func gapDiary() throws -> InProcessCramp {
        let cramp = try diary()
        for morning in ["2026-10-06", "2026-11-03", "2026-11-09", "2026-11-17", "2026-11-26"] {
            cramp.ok(["log", "left", "calf", "1m", "--at", "\(morning)T03:00"])
        }
        cramp.ok(["gap", "2026-11-05..2026-11-13", "--note", "travel"])
        cramp.ok(["checkin", "6", "--night", "2026-11-25", "--soreness", "3"])
        cramp.ok(["checkin", "quiet", "--night", "2026-11-26"])
        return cramp
    }

    // Issue 12: a gap across the 30-night window gives the documented kept counts in report, summary, JSON and the
    // nights CSV.
    @Test func aGapAcrossTheThirtyNights() throws {
        let cramp = try gapDiary()
        defer { cramp.cleanup() }
        // The nights export: the gap's nights say so, the cramp inside it is still listed; the check-ins attach.
        let csv = cramp.ok(["export", "--what", "nights", "2026-11-03..2026-11-08"]).stdout
        #expect(csv == "night,kept,cramps,nocturnal_cramps,numbness,sleep_disturbance,soreness,standing_s,sitting_s,breaks_missed\r\n"
            + "2026-11-03,yes,0,0,0,,,,,\r\n2026-11-04,yes,0,0,0,,,,,\r\n2026-11-05,gap,0,0,0,,,,,\r\n"
            + "2026-11-06,gap,0,0,0,,,,,\r\n2026-11-07,gap,0,0,0,,,,,\r\n2026-11-08,gap,1,1,0,,,,,\r\n")
        let late = cramp.ok(["export", "--what", "nights", "2026-11-25..2026-11-26"]).stdout
        #expect(late.hasSuffix("\r\n2026-11-25,yes,1,1,0,6,3,,,\r\n2026-11-26,yes,0,0,0,0,,,,\r\n"), "\(late)")
        // All nights from the first record (10-05) to last night (11-29): 56 rows, 9 of them gap.
        let all = cramp.ok(["export", "--what", "nights"])
        #expect(all.stdout.split(separator: "\r\n").count == 57)
        #expect(all.stdout.components(separatedBy: ",gap,").count - 1 == 9)
        #expect(all.stderr.contains("exported 56 nights (whole diary)"), "\(all.stderr)")

        // The report (11-23 to 11-29) in JSON: every night kept; the 30 nights 10-31 to 11-29 have 21 kept.
        let report = try cramp.jsonObject(["report", "--json"])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["keptNights"] as? Int == 7)
        #expect(totals["crampFreeNights"] as? Int == 6)
        #expect(totals["nocturnalCrampsPerWeek"] as? Double == 1)
        let nights = try #require(report["nights"] as? [[String: Any]])
        let checkIn = try #require(nights[2]["checkIn"] as? [String: Any])
        #expect(nights[2]["night"] as? String == "2026-11-25")
        #expect(checkIn["quiet"] as? Bool == false && checkIn["sleepDisturbance"] as? Int == 6 && checkIn["soreness"] as? Int == 3)
        let nocturnal = try #require(report["nocturnal30"] as? [String: Any])
        #expect(nocturnal["cramps"] as? Int == 4)
        #expect(nocturnal["keptNights"] as? Int == 21)
        #expect(nocturnal["belowMark"] as? Bool == false)
        #expect(nocturnal["statement"] as? String == "4 nocturnal cramps on 4 nights in the 30 nights 2026-10-31 to "
            + "2026-11-29; only 21 of the 30 nights were kept, so whether the count is below the mark of 5 cannot be said.")
        let measures = try #require(report["measures"] as? [String: Any])
        #expect(measures["sleepDisturbanceMedian"] as? Double == 6)
        // The text report's week shows the check-in scores.
        let text = cramp.ok(["report"]).stdout
        #expect(text.contains("Wed 2026-11-25        1      0  1m       left         █"), "\(text)")
        #expect(text.contains("sleep 6\n") && text.contains("sleep 0\n"), "\(text)")

        // The summary of 09-01 to 11-29: 34 nights before the first record, 9 in the gap, 47 kept.
        let summary = flat(cramp.ok(["summary"]).stdout)
        #expect(summary.contains("the 34 nights of the period before it were not kept"), "\(summary)")
        #expect(summary.contains("Kept nights: 47 of 90, 9 in marked gaps (continuous keeping from the first record)."), "\(summary)")
        // 47 kept nights, 4 of them with a cramp (the one in the gap is not counted): 43 cramp-free, 4 x 7 / 47 = 0.6.
        #expect(summary.contains("43 cramp-free nights, 0.6 nocturnal cramps per week over kept nights."), "\(summary)")
        #expect(summary.contains("Sleep disturbance (0-10) on cramp nights: median 6, from check-ins on 1 of 5 cramp nights."), "\(summary)")
        #expect(summary.contains("2026-10 (5-31) 27 27 1 1 1 0"), "\(summary)")
        #expect(summary.contains("2026-11 (1-29) 29 20 4 4 4 0"), "\(summary)")
        // Better or worse: 26 and 21 kept nights, enough for both; 1 x 7 / 26 = 0.3 against 3 x 7 / 21 = 1.0.
        #expect(summary.contains("2026-10-01 to 2026-10-30: 1 nocturnal cramp, 1 cramp night, 26 kept nights"), "\(summary)")
        #expect(summary.contains("2026-10-31 to 2026-11-29: 4 nocturnal cramps, 4 cramp nights, 21 kept nights"), "\(summary)")
        #expect(summary.contains("Change: from 0.3 to 1.0 nocturnal cramps per week over kept nights (more cramps recently;"), "\(summary)")
        let page = cramp.ok(["summary", "--format", "html"]).stdout
        #expect(page.contains("<tr><td>2026-11 (1-29)</td><td>29</td><td>20</td><td>4</td><td>4</td><td>4</td><td>0</td></tr>"))
        #expect(page.contains("week of 2026-11-09: 0 cramp nights of 2 kept nights"), "the week of the gap's end")

        // Removing the gap keeps its nights again.
        cramp.ok(["gap", "remove", "1"])
        let kept = cramp.ok(["export", "--what", "nights", "2026-11-05..2026-11-08"]).stdout
        #expect(kept.hasSuffix("2026-11-05,yes,0,0,0,,,,,\r\n2026-11-06,yes,0,0,0,,,,,\r\n2026-11-07,yes,0,0,0,,,,,\r\n"
            + "2026-11-08,yes,1,1,0,,,,,\r\n"), "\(kept)")
    }

    /// Quiet check-ins for the ten nights 11-20 to 11-29, nothing else.
    private func checkInDiary() throws -> InProcessCramp {
        let cramp = try diary()
        for day in 20...29 { cramp.ok(["checkin", "quiet", "--night", "2026-11-\(day)"]) }
        return cramp
    }

    // Issue 12: a diary of check-ins only gives the documented kept counts in report, summary, JSON and the nights CSV.
    @Test func checkInsOnly() throws {
        let cramp = try checkInDiary()
        defer { cramp.cleanup() }
        let report = try cramp.jsonObject(["report", "--json"])
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["keptNights"] as? Int == 7)
        #expect(totals["crampFreeNights"] as? Int == 7)
        #expect(totals["nocturnalCrampsPerWeek"] as? Double == 0)
        let keeping = try #require(report["keeping"] as? [String: Any])
        #expect(keeping["firstRecord"] as? String == "2026-11-20")
        let nocturnal = try #require(report["nocturnal30"] as? [String: Any])
        #expect(nocturnal["keptNights"] as? Int == 10)
        // Kept but empty nights are cramp-free nights: the report shows them instead of "nothing logged".
        let text = flat(cramp.ok(["report"]).stdout)
        #expect(text.contains("Kept nights: 7 of 7; 7 cramp-free nights, 0.0 nocturnal cramps per week over kept nights."), "\(text)")
        #expect(cramp.ok(["export", "--what", "nights", "2026-11-18..2026-11-21"]).stdout.hasSuffix(
            "\r\n2026-11-18,no,0,0,0,,,,,\r\n2026-11-19,no,0,0,0,,,,,\r\n2026-11-20,yes,0,0,0,0,,,,\r\n2026-11-21,yes,0,0,0,0,,,,\r\n"))

        let summary = flat(cramp.ok(["summary"]).stdout)
        #expect(summary.contains("No cramp or numbness episode in the diary yet."), "\(summary)")
        #expect(summary.contains("The diary begins on the night of 2026-11-20, its first record: the 80 nights of the period "
            + "before it were not kept"), "\(summary)")
        #expect(summary.contains("Kept nights: 10 of 90 (continuous keeping from the first record)."), "\(summary)")
        #expect(summary.contains("2026-11 (20-29) 10 10 0 0 0 0"), "\(summary)")
        #expect(summary.contains("Not compared: the earlier 30 nights (2026-10-01 to 2026-10-30) have no kept night, as the "
            + "diary's first record is on the night of 2026-11-20, and the last 30 nights (2026-10-31 to 2026-11-29) have "
            + "only 10 kept nights (the diary's first record is on the night of 2026-11-20). A comparison needs at least "
            + "14 kept nights in each"), "\(summary)")

        // Strict keeping: a night without its check-in is not kept.
        cramp.ok(["config", "set", "keeping", "strict"])
        cramp.ok(["checkin", "remove", "2026-11-25"])
        let strict = try cramp.jsonObject(["report", "--json"])
        #expect((strict["totals"] as? [String: Any])?["keptNights"] as? Int == 6)
        #expect(cramp.ok(["export", "--what", "nights", "2026-11-24..2026-11-26"]).stdout.hasSuffix(
            "\r\n2026-11-24,yes,0,0,0,0,,,,\r\n2026-11-25,no,0,0,0,,,,,\r\n2026-11-26,yes,0,0,0,0,,,,\r\n"))
    }
}
