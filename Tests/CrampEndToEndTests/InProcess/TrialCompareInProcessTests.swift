import Foundation
import Testing

/// `cramp compare`, `cramp trial` and the summary's "Medicines and treatments" through the real commands
/// (README.md, "Did it help?"), in Europe/Berlin, where the clocks went back on 2026-10-25.
@Suite("in process: compare and trials")
struct TrialCompareInProcessTests {
    private func flat(_ text: String) -> String { KeptNightsInProcessTests.flat(text) }

    /// Runs an SQL statement on the diary with the sqlite3 command line (the medicine commands are another branch's).
    private func sql(_ cramp: InProcessCramp, _ statement: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [cramp.database, statement]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "sqlite3 failed: \(statement)")
    }

    /// The worked case as a diary: 3 cramps in the 28 nights 2026-10-01..28, 10 in the 14 nights 2026-10-29..11-11.
    private func workedDiary() throws -> InProcessCramp {
        var cramp = try InProcessCramp()
        cramp.now = "2026-11-26T09:00"
        for night in ["2026-10-01", "2026-10-10", "2026-10-20"] {
            cramp.ok(["log", "left", "calf", "1m", "--at", morning(after: night)])
        }
        for day in 29...38 {
            let night = day <= 31 ? "2026-10-\(day)" : String(format: "2026-11-%02d", day - 31)
            cramp.ok(["log", "left", "calf", "1m", "--at", morning(after: night), "--intensity", day % 2 == 0 ? "6" : "4"])
        }
        return cramp
    }

    /// 03:30 on the morning after `night` (an ISO date), which belongs to that night.
    private func morning(after night: String) -> String {
        let date = ISO8601DateFormatter()
        date.formatOptions = [.withFullDate]
        let next = date.date(from: night)!.addingTimeInterval(86_400 + 3600)
        return date.string(from: next) + "T03:30"
    }

    // Issue 14: `cramp compare` on the worked case prints both sides, the rate ratio 6.67 with its exact interval
    // 1.72 to 37.7 and p = 0.0016, the change, the verdict and the caution; `--json` is cramp-compare/1.
    @Test func compareTheWorkedCase() throws {
        let cramp = try workedDiary()
        defer { cramp.cleanup() }
        let text = cramp.ok(["compare", "2026-10-01..2026-10-28", "2026-10-29..2026-11-11"]).stdout
        let lines = text.split(separator: "\n").map(String.init)
        // Figures right-aligned under A and B, six wide; labels padded to the longest (24).
        func row(_ label: String, _ a: String, _ b: String) -> String {
            "  " + label.padding(toLength: 24, withPad: " ", startingAt: 0) + "  "
                + String(repeating: " ", count: 6 - a.count) + a + "  " + String(repeating: " ", count: 6 - b.count) + b
        }
        #expect(Array(lines.prefix(3)) == ["Cramps per kept night, B against A (only kept nights count):",
                                           "  A: Thu 2026-10-01 to Wed 2026-10-28 (28 nights)",
                                           "  B: Thu 2026-10-29 to Wed 2026-11-11 (14 nights)"], "\(text)")
        #expect(lines.contains(row("nights", "28", "14")), "\(text)")
        #expect(lines.contains(row("kept nights", "28", "14")), "\(text)")
        #expect(lines.contains(row("cramps", "3", "10")), "\(text)")
        #expect(lines.contains(row("cramps per week", "0.75", "5.00")), "\(text)")
        #expect(lines.contains(row("cramp nights", "3", "10")), "\(text)")
        #expect(lines.contains(row("cramp-free nights", "25", "4")), "\(text)")
        // Intensities 6, 4, 6, 4, ... on the ten cramps of B: median 5; none given in A.
        #expect(lines.contains(row("median intensity", "-", "5.0")), "\(text)")
        #expect(lines.contains("rate ratio 6.67 (exact 95% interval 1.72 to 37.7), p = 0.0016"), "\(text)")
        #expect(lines.contains("change in cramps per week: +566.7%; the 25% fall trials count as a response: not reached"))
        #expect(lines.contains("verdict: more cramps during Thu 2026-10-29 to Wed 2026-11-11 (14 nights) — worth discussing "
            + "with the prescriber; do not stop a medicine without advice"), "\(text)")
        #expect(flat(text).contains("caution: A before/after figure needs care: in the Cochrane review of magnesium, cramps "
            + "fell 27.8% on average under placebo, and 65.9% of people on placebo had at least 25% fewer cramps."))
        #expect(text.contains("regression to the mean") && text.contains("Garrison et al., CMAJ 2015"))
        #expect(!text.lowercased().contains("cause") && !text.lowercased().contains("cured"))

        let json = cramp.ok(["compare", "2026-10-01..2026-10-28", "2026-10-29..2026-11-11", "--json"]).stdout
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(document["schema"] as? String == "cramp-compare/1")
        let a = try #require(document["a"] as? [String: Any]), b = try #require(document["b"] as? [String: Any])
        #expect(a["keptNights"] as? Int == 28 && a["cramps"] as? Int == 3 && a["from"] as? String == "2026-10-01")
        #expect(b["keptNights"] as? Int == 14 && b["cramps"] as? Int == 10 && b["to"] as? String == "2026-11-11")
        #expect(abs((document["rateRatio"] as? Double ?? 0) - 20.0 / 3) < 1e-9)
        let interval = try #require(document["interval"] as? [String: Any])
        #expect(abs((interval["lower"] as? Double ?? 0) - 1.72) < 0.005)
        #expect(document["verdict"] as? String == "more")
        #expect(document["reachedResponseMark"] as? Bool == false)
    }

    // Issue 14: a trial across the clock change (Europe/Berlin, 2026-10-25), with washout: two cramps on the night
    // the clocks went back count once each on that night; the 3 washout nights and their cramps are on neither side;
    // strict keeping: a trial night without a cramp or check-in is not kept; the gate says what is missing.
    @Test func trialAcrossTheClockChangeWithWashout() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.now = "2026-10-18T20:00"
        let started = cramp.ok(["trial", "start", "magnesium", "--baseline", "2", "--treatment", "2", "--washout", "3"])
        #expect(started.messageLines.first == "started trial #1 \"magnesium\": 2 weeks baseline, then 2 weeks with magnesium, "
            + "washout 3 nights after each switch; Sun 2026-10-18 to Sat 2026-11-14 (28 nights)", "\(started.stderr)")
        #expect(started.messageLines.contains("  treatment 1: Sun 2026-11-01 to Sat 2026-11-14 (14 nights), washout "
            + "Sun 2026-11-01 to Tue 2026-11-03 (3 nights) left out"))
        #expect(!started.stderr.contains("MHRA"))
        #expect(cramp.ok(["status"]).stdout.contains("Trial #1 magnesium: tonight (Sun 2026-10-18) is baseline 1, night 1 of 14; "
            + "treatment 1 starts Sun 2026-11-01; strict keeping is on"))

        cramp.now = "2026-11-26T09:00"
        // Baseline: cramps on 18, 20, 22, 26, 28 and two on the night of 24 (01:30 CEST and 03:30 CET): 7 on 6 nights.
        for night in ["2026-10-18", "2026-10-20", "2026-10-22", "2026-10-26", "2026-10-28"] {
            cramp.ok(["log", "left", "calf", "1m", "--at", morning(after: night)])
        }
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-10-25T01:30"])
        cramp.ok(["log", "right", "calf", "1m", "--at", "2026-10-25T03:30"])
        // Quiet check-ins on 7 other baseline nights; the night of 19 has nothing, so strict keeping leaves it out.
        for night in ["21", "23", "25", "27", "29", "30", "31"] { cramp.ok(["checkin", "quiet", "--night", "2026-10-\(night)"]) }
        // Washout: a cramp each night, on neither side.
        for night in ["2026-11-01", "2026-11-02", "2026-11-03"] { cramp.ok(["log", "left", "calf", "1m", "--at", morning(after: night)]) }
        // Treatment counted from 11-04: one cramp on 11-06, quiet check-ins on the other 10 nights.
        cramp.ok(["log", "left", "calf", "1m", "--at", morning(after: "2026-11-06")])
        for day in [4, 5, 7, 8, 9, 10, 11, 12, 13, 14] { cramp.ok(["checkin", "quiet", "--night", String(format: "2026-11-%02d", day)]) }

        let report = cramp.ok(["trial", "report"]).stdout
        let lines = report.split(separator: "\n").map(String.init)
        #expect(report.contains("Counted through Sat 2026-11-14; 3 washout nights left out of both sides"), "\(report)")
        #expect(lines.contains { $0.hasPrefix("  nights ") && $0.hasSuffix(" 11") && $0.contains(" 14 ") }, "\(report)")
        #expect(lines.contains { $0.hasPrefix("  kept nights ") && $0.hasSuffix(" 11") && $0.contains(" 13 ") }, "\(report)")
        #expect(lines.contains { $0.hasPrefix("  cramps ") && $0.hasSuffix(" 1") && $0.contains(" 7 ") }, "\(report)")
        #expect(lines.contains { $0.hasPrefix("  cramp nights ") && $0.hasSuffix(" 1") && $0.contains(" 6 ") }, "\(report)")
        #expect(lines.contains { $0.hasPrefix("  cramps per week ") && $0.hasSuffix(" 0.64") && $0.contains(" 3.77 ") }, "\(report)")
        #expect(lines.contains("rate ratio 0.17 (exact 95% interval 0.0037 to 1.31), p = 0.078"), "\(report)")
        #expect(lines.contains("change in cramps per week: -83.1%; the 25% fall trials count as a response: reached"))
        #expect(lines.contains("verdict: not enough data: baseline has 13 kept nights of the 14 needed (1 more); "
            + "with magnesium has 11 kept nights of the 14 needed (3 more)"), "\(report)")
        #expect(report.contains("caution: A before/after figure needs care"))

        // The doctor page carries the trial with its interval.
        let summary = flat(cramp.ok(["summary"]).stdout)
        #expect(summary.contains("Medicines and treatments"))
        #expect(summary.contains("Trial #1 magnesium: 2 weeks baseline, then 2 weeks with magnesium, washout 3 nights after "
            + "each switch; Sun 2026-10-18 to Sat 2026-11-14 (28 nights): 3.77 then 0.64 cramps per week (13 and 11 kept "
            + "nights); rate ratio 0.17 (exact 95% interval 0.0037 to 1.31), p = 0.078; not enough data"), "\(summary)")
        #expect(cramp.ok(["summary", "--format", "html"]).stdout.contains("exact 95% interval 0.0037 to 1.31"))
    }

    // Issue 14: one trial at a time; stopping early is recorded with its note; quinine shows the MHRA advice at start
    // and in the report; start and stop are each undone by `cramp undo`.
    @Test func startStopListUndoAndQuinine() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.now = "2026-11-02T20:00"
        let started = cramp.ok(["trial", "start", "Quinine", "Sulphate"])
        #expect(started.stderr.contains("Quinine (MHRA advice): not for routine use; stop if there is no benefit after 4 weeks; "
            + "pause about every 3 months to see whether it is still needed."), "\(started.stderr)")
        let second = cramp.run(["trial", "start", "magnesium"])
        #expect(second.status == 65)
        #expect(second.stderr == "cramp: trial #1 \"Quinine Sulphate\" runs until Sun 2026-12-13; one trial at a time; "
            + "nothing was written. To end it first: cramp trial stop.\n")
        let tooShort = cramp.run(["trial", "start", "magnesium", "--baseline", "1"])
        #expect(tooShort.status == 64 && tooShort.stderr.contains("cannot use --baseline \"1\""))

        cramp.now = "2026-11-10T09:00"
        let stopped = cramp.ok(["trial", "stop", "--note", "no benefit"])
        #expect(stopped.messageLines == ["stopped trial #1 \"Quinine Sulphate\" early: its last night is Mon 2026-11-09, "
            + "note: \"no benefit\"; see cramp trial report 1; undo: cramp undo"])
        #expect(cramp.ok(["trial", "list"]).stdout == "#1 Quinine Sulphate: 2 weeks baseline, then 4 weeks with Quinine Sulphate; "
            + "Mon 2026-11-02 to Sun 2026-12-13 (42 nights); stopped early after Mon 2026-11-09 (\"no benefit\")\n")
        let report = cramp.ok(["trial", "report", "1"]).stdout
        #expect(report.contains("Quinine (MHRA advice)"))
        #expect(report.contains("verdict: not enough data"))
        #expect(cramp.run(["trial", "stop"]).status == 65)

        cramp.ok(["undo"])
        #expect(!cramp.ok(["trial", "list"]).stdout.contains("stopped early"))
        cramp.ok(["undo"])
        #expect(cramp.ok(["trial", "list"]).stdout == "")
        #expect(cramp.run(["trial", "report"]).status == 64)
    }

    // Issue 14: each medicine start is compared over the 28 kept nights before against the 28 after, in the summary.
    @Test func summaryComparesTheKeptNightsAroundAMedicineStart() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.now = "2026-11-26T09:00"
        // First record on the night of 09-01 (outside the 28 nights before); 2 cramps before, 8 after the start.
        for night in ["2026-09-01", "2026-09-10", "2026-09-20"] + (1...8).map({ String(format: "2026-10-%02d", 2 * $0) }) {
            cramp.ok(["log", "left", "calf", "1m", "--at", morning(after: night)])
        }
        // furosemide 40 mg started 2026-10-01 12:00 CEST (10:00 UTC): its night is 10-01.
        try sql(cramp, "INSERT INTO medicine_event (name, action, dose, at_utc, utc_offset, created_utc, updated_utc) "
            + "VALUES ('furosemide', 'start', '40 mg', 1790848800, 7200, 1790848800, 1790848800)")
        let summary = flat(cramp.ok(["summary"]).stdout)
        #expect(summary.contains("Timeline: 2026-10-01 furosemide (loop diuretic) started, 40 mg."), "\(summary)")
        #expect(summary.contains("furosemide started Thu 2026-10-01, kept nights before against after: 0.50 then 2.00 cramps "
            + "per week (28 and 28 kept nights); rate ratio 4.00 (exact 95% interval 0.80 to 38.7), p = 0.109; no clear "
            + "change: the interval holds 1."), "\(summary)")
        #expect(summary.contains("Caution: A before/after figure needs care"))
    }
}
