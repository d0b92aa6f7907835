import Diary
import Foundation
import Testing

/// `cramp list` (table, JSON, posture, periods) and `cramp show` through the real commands.
@Suite("in process: list and show")
struct ListShowInProcessTests {
    /// Three episodes: two in the default range (the last 7 nights and tonight), one on the night of Nov 1.
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--intensity", "6", "--trigger", "cold",
                  "--relief", "stretch:helped", "--note", "zwei\nZeilen"])
        cramp.ok(["log", "right", "foot", "90s", "--at", "wed 23:40"])
        cramp.ok(["log", "both", "thigh", "5m", "--numbness", "--at", "2026-11-01T23:00"])
        return cramp
    }

    @Test func theDefaultTableShowsTheLastSevenNightsAndTonight() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["list"])
        #expect(result.messageLines == ["Sat 2026-11-14 to Sat 2026-11-21 (8 nights): 2 episodes"])
        let rows = result.outputLines
        #expect(rows.count == 3, "\(result.stdout)")
        #expect(rows.first?.hasPrefix("id  night of        started") == true, "\(rows)")
        // Oldest first; the note's line break is shown on one line.
        #expect(rows.dropFirst().first?.hasPrefix("#2  Wed 2026-11-18  Wed 2026-11-18 23:40 +01:00  right foot") == true, "\(rows)")
        let first = try #require(rows.last)
        for cell in ["#1", "Fri 2026-11-20", "Sat 2026-11-21 03:10 +01:00", "left calf", "2m", "6", "yes", "cold",
                     "stretch:helped", "zwei / Zeilen"] {
            #expect(first.contains(cell), "missing \(cell) in \(first)")
        }
        #expect(!result.stdout.contains("#3"), "the night of Nov 1 is outside the default range")
    }

    @Test func aPeriodChoosesTheNights() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let november1 = cramp.ok(["list", "from", "2026-11-01", "to", "2026-11-02"])
        #expect(november1.messageLines == ["Sun 2026-11-01 to Mon 2026-11-02 (2 nights): 1 episode"])
        #expect(november1.outputLines.count == 2 && november1.outputLines.last?.hasPrefix("#3  Sun 2026-11-01") == true,
                "\(november1.stdout)")
        let all = cramp.ok(["list", "all"])
        #expect(all.outputLines.dropFirst().map { String($0.prefix(2)) } == ["#3", "#2", "#1"], "\(all.stdout)")
        let refused = cramp.run(["list", "next", "year"])
        expectUsageRefusal(refused, field: "period")
    }

    @Test func jsonHasEveryFieldOfEveryEpisode() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let rows = try cramp.jsonArray(["list", "--json", "all"])
        #expect(rows.map { $0["id"] as? Int } == [3, 2, 1])
        let first = try #require(rows.last)
        #expect(first["kind"] as? String == "cramp")
        #expect(first["start_local"] as? String == "2026-11-21T03:10:00+01:00")
        #expect(first["night_of"] as? String == "2026-11-20")
        #expect(first["nocturnal"] as? Bool == true)
        #expect(first["leg"] as? String == "left" && first["site"] as? String == "calf")
        #expect(first["duration_s"] as? Int == 120 && first["intensity"] as? Int == 6)
        #expect(first["woke"] as? String == "yes")
        #expect(first["triggers"] as? [String] == ["cold"])
        #expect((first["reliefs"] as? [[String: String]]) == [["name": "stretch", "outcome": "helped"]])
        #expect(first["note"] as? String == "zwei\nZeilen")
        let numbness = try #require(rows.first)
        #expect(numbness["kind"] as? String == "numbness" && numbness["site"] as? String == "thigh")
        #expect(numbness["intensity"] is NSNull && numbness["note"] is NSNull)
    }

    @Test func postureListsSittingAndStanding() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["sit", "2h", "--breaks", "1"])
        cramp.ok(["stand", "3h", "--at", "17:00", "--note", "shop"])
        let table = cramp.ok(["list", "--posture"])
        #expect(table.outputLines == [
            "s2 standing 3h, Fri 2026-11-20 14:00 +01:00 to 17:00, breaks taken: 0, note: \"shop\"",
            "s1 sitting 2h, Sat 2026-11-21 07:00 +01:00 to 09:00, breaks taken: 1",
        ])
        let rows = try cramp.jsonArray(["list", "--posture", "--json"])
        #expect(rows.map { $0["posture"] as? String } == ["standing", "sitting"])
        #expect(rows.first?["end_local"] as? String == "2026-11-20T17:00:00+01:00")
        #expect(rows.last?["duration_s"] as? Int == 7200 && rows.last?["breaks_taken"] as? Int == 1)
        #expect(cramp.ok(["list", "--posture", "2026-10"]).stdout.isEmpty)
        #expect(table.messageLines.first?.hasPrefix("Sat 2026-11-14 to Sat 2026-11-21 (8 nights): 2 ") == true)
        // `list` says "1 episode"; the posture count should read the same way.
        let one = cramp.ok(["list", "--posture", "last", "night"])
        #expect(one.messageLines == ["Fri 2026-11-20 (1 night): 1 sitting or standing stretch"], "\(one.stderr)")
    }

    @Test func anEmptyDiaryListsNothingAndCreatesNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.ok(["list"])
        #expect(result.stdout.isEmpty)
        #expect(result.messageLines == ["Sat 2026-11-14 to Sat 2026-11-21 (8 nights): 0 episodes"])
        #expect(try cramp.jsonArray(["list", "--json"]).isEmpty)
        #expect(cramp.names().isEmpty)
    }

    @Test func showPrintsEveryField() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["show", "1"])
        #expect(result.stdout == """
            id        #1
            kind      cramp
            started   Sat 2026-11-21 03:10 +01:00
            night of  Fri 2026-11-20 (nocturnal)
            leg       left
            site      calf
            duration  2m
            intensity 6/10
            woke      yes
            triggers  cold
            reliefs   stretch:helped
            note      zwei
                      Zeilen

            """, "\(result.stdout)")
        #expect(result.stderr.isEmpty)
        #expect(cramp.ok(["show", "#3"]).stdout.contains("kind      numbness"))
    }

    @Test func showOfALongCrampAddsTheAdvice() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "12m"])
        #expect(cramp.ok(["show", "1"]).stdout.hasSuffix("advice    \(Advice.longCramp)\n"))
    }

    @Test(arguments: ["9", "abc", "0"])
    func showOfAnUnknownIdIsRefused(_ id: String) throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        expectUsageRefusal(cramp.run(["show", id]), field: "id", id)
    }
}
