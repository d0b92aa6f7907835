import Foundation
import Testing

@Suite("cramp report")
struct ReportCommandTests {
    @Test func emptyDiaryGivesAFriendlyReportAndCreatesNothing() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(["report"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Sat 2026-11-14 to Fri 2026-11-20 (7 nights)"))
        #expect(result.stdout.contains("Nothing logged"))
        #expect(!FileManager.default.fileExists(atPath: cramp.database))
    }

    @Test func jsonCountsWhatWasLoggedInTheResolvedWeek() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        // Three nocturnal cramps on the night of Mon 2026-11-16 and one in the week before (outside the period).
        for at in ["2026-11-17T02:40", "2026-11-17T03:10", "2026-11-16T23:30", "2026-11-10T02:00"] {
            #expect(try cramp.run(["log", "left", "calf", "2m", "--at", at]).status == 0)
        }
        #expect(try cramp.run(["log", "right", "foot", "20m", "--numbness", "--at", "2026-11-18T22:30"]).status == 0)
        let result = try cramp.run(["report", "--week", "2026-W47", "--json"], now: "2026-11-23T09:00")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        let period = try #require(object["period"] as? [String: Any])
        #expect(period["from"] as? String == "2026-11-16")
        #expect(period["to"] as? String == "2026-11-22")
        let totals = try #require(object["totals"] as? [String: Any])
        #expect(totals["cramps"] as? Int == 3)
        #expect(totals["crampNights"] as? Int == 1)
        #expect(totals["numbness"] as? Int == 1)
        let previous = try #require(object["previous"] as? [String: Any])
        #expect(previous["cramps"] as? Int == 1)
        let nights = try #require(object["nights"] as? [[String: Any]])
        #expect(nights.count == 7)
        #expect(nights.first?["cramps"] as? Int == 3)
    }

    @Test func plainOutputFitsEightyColumnsUsesNoColourWhenPipedAndNeverSaysCause() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        #expect(try cramp.run(["log", "left", "calf", "15m", "standing", "stretch:helped", "--at", "2026-11-20T03:00"]).status == 0)
        #expect(try cramp.run(["stand", "5h", "--at", "2026-11-19T18:00"]).status == 0)
        for arguments in [["report"], ["report", "--ascii"], ["report", "--period", "last 30 nights"]] {
            let result = try cramp.run(arguments)
            #expect(result.status == 0)
            for line in result.stdout.split(separator: "\n") {
                #expect(line.count <= 80, "\(line)")
            }
            #expect(!result.stdout.contains("\u{1B}["))
            #expect(!result.stdout.lowercased().contains("cause"))
            #expect(result.stdout.contains("Red flag"))
        }
        #expect(try cramp.run(["report", "--ascii"]).stdout.unicodeScalars.allSatisfy(\.isASCII))
    }

    @Test func conflictingPeriodsAreRefusedWithUsageExit() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(["report", "--week", "--period", "last month"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--week"))
        #expect(try cramp.run(["report", "--week", "2026-11"]).status == 64)
        #expect(try cramp.run(["report", "--period", "fortnight"]).status == 64)
    }
}
