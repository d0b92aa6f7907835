import Foundation
import Testing

/// `cramp report` (text and JSON, `--week`, `--period`) through the real command.
@Suite("in process: report")
struct ReportInProcessTests {
    /// A nocturnal cramp on the night of Fri 20, a 12-minute one on the night of Thu 19, one on the night of
    /// Mon 9 (last week, previous period) and one on the night of Nov 1.
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--trigger", "cold", "--relief", "stretch:helped"])
        cramp.ok(["log", "right", "foot", "12m", "--at", "yesterday 02:00"])
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-11-10T02:00"])
        cramp.ok(["log", "both", "thigh", "3m", "--at", "2026-11-01T23:00"])
        return cramp
    }

    @Test func textCoversTheLastSevenCompleteNights() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["report"])
        #expect(result.stderr.isEmpty)
        let lines = result.outputLines
        #expect(lines.first == "Cramp diary report: Sat 2026-11-14 to Fri 2026-11-20 (7 nights)")
        #expect(result.stdout.contains("Red flag: please read first"))
        #expect(result.stdout.contains("Fri 2026-11-20 02:00: right foot cramp lasted 12m (over 10 minutes)."))
        #expect(lines.contains { $0.hasPrefix("Thu 2026-11-19        1      0  12m      right") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("Fri 2026-11-20        1      0  2m       left") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("Sat 2026-11-14        0      0  -") })
        #expect(result.stdout.contains("This period: 2 cramps (2 nocturnal, on 2 nights)"), "\(result.stdout)")
        #expect(result.stdout.contains("█"), "bars are Unicode unless --ascii")
        #expect(!cramp.ok(["report", "--ascii"]).stdout.contains("█"))
    }

    @Test func jsonHasThePeriodTotalsAndRedFlags() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let report = try cramp.jsonObject(["report", "--json"])
        #expect(report["schema"] as? String == "cramp-report/1")
        let period = try #require(report["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-14" && period["to"] as? String == "2026-11-20")
        #expect(period["nights"] as? Int == 7 && period["currentNight"] as? String == "2026-11-21")
        let nights = try #require(report["nights"] as? [[String: Any]])
        #expect(nights.map { $0["cramps"] as? Int } == [0, 0, 0, 0, 0, 1, 1])
        #expect(nights.last?["crampSeconds"] as? Int == 120)
        let totals = try #require(report["totals"] as? [String: Any])
        #expect(totals["cramps"] as? Int == 2 && totals["crampNights"] as? Int == 2)
        let previous = try #require(report["previous"] as? [String: Any])
        #expect(previous["from"] as? String == "2026-11-07" && previous["cramps"] as? Int == 1)
        let flags = try #require(report["redFlags"] as? [[String: Any]])
        #expect(flags.count == 1 && flags.first?["durationSeconds"] as? Int == 720 && flags.first?["night"] as? String == "2026-11-19")
        let triggers = try #require(report["triggers"] as? [[String: Any]])
        #expect(triggers.map { $0["name"] as? String } == ["cold"])
        let byHour = try #require(report["nocturnalCrampsByHour"] as? [Int])
        #expect(byHour.count == 24 && byHour[2] == 1 && byHour[3] == 1)
    }

    @Test func weekIsThisIsoWeekOrTheOneGiven() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let this = try cramp.jsonObject(["report", "--week", "--json"])
        let thisPeriod = try #require(this["period"] as? [String: Any])
        // Resolved up to the night under way (Sat 21), as `list this week` and `status` resolve it.
        #expect(thisPeriod["from"] as? String == "2026-11-16" && thisPeriod["to"] as? String == "2026-11-21")
        #expect(cramp.ok(["report", "--week"]).outputLines.first == "Cramp diary report: Mon 2026-11-16 to Sat 2026-11-21 (6 nights)")
        #expect((this["totals"] as? [String: Any])?["cramps"] as? Int == 2)
        let given = cramp.ok(["report", "--week", "2026-W46"])
        #expect(given.outputLines.first == "Cramp diary report: Mon 2026-11-09 to Sun 2026-11-15 (7 nights)")
        let givenJSON = try cramp.jsonObject(["report", "--week", "2026-W46", "--json"])
        #expect((givenJSON["totals"] as? [String: Any])?["cramps"] as? Int == 1)
    }

    @Test func periodTakesAnyPeriodExpression() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["report", "--period", "2026-11"]).outputLines.first
            == "Cramp diary report: Sun 2026-11-01 to Sat 2026-11-21 (21 nights)")
        let all = try cramp.jsonObject(["report", "--period", "all", "--json"])
        #expect((all["totals"] as? [String: Any])?["cramps"] as? Int == 4)
        let words = try cramp.jsonObject(["report", "last", "30", "nights", "--json"])
        #expect((words["period"] as? [String: Any])?["from"] as? String == "2026-10-22")
    }

    @Test(arguments: [
        ["report", "--week", "--period", "2026-11"], ["report", "--period", "2026-11", "last", "week"],
        ["report", "--week", "2026-11"], ["report", "--period", "soon"],
    ])
    func conflictingOrBadPeriodsAreRefused(_ arguments: [String]) throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty && result.stderr.hasPrefix("cramp: cannot use "), "\(result.stderr)")
    }

    @Test func anEmptyDiaryReportsZerosAndCreatesNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let report = try cramp.jsonObject(["report", "--json"])
        #expect((report["totals"] as? [String: Any])?["cramps"] as? Int == 0)
        #expect(cramp.ok(["report"]).stdout.hasPrefix("Cramp diary report: Sat 2026-11-14 to Fri 2026-11-20"))
        #expect(cramp.names().isEmpty)
    }
}
