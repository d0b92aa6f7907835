import Diary
import Foundation
import Testing

/// Issue 11's edges of time through the real commands: rows dated after now, the accepted date bounds,
/// offsets with seconds, and the hint for a skipped clock reading.
@Suite("in process: edges of time")
struct EdgesOfTimeInProcessTests {
    /// A diary with two episodes logged now and two imported with dates after now (2099 and the last year
    /// accepted); returns the diary.
    private func diaryWithFutureRows() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-11-20T03:10"])
        cramp.ok(["log", "right", "foot", "1m", "--at", "2026-11-18T02:00"])
        let exported = cramp.ok(["export"]).stdout.split(separator: "\r\n").map(String.init)
        try #require(exported.count == 3, "\(exported)")
        let header = exported[0]
        // The 2026-11-20 row, moved to later dates (night_of moved with it), as new rows (no id).
        let row = try #require(exported.first { $0.contains("2026-11-20T03:10") })
        func moved(_ date: String, _ night: String) -> String {
            let fields = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return ([""] + fields.dropFirst()).joined(separator: ",")
                .replacingOccurrences(of: "2026-11-20", with: date).replacingOccurrences(of: "2026-11-19", with: night)
        }
        let file = try cramp.write([header, moved("2099-06-10", "2099-06-09"), moved("2199-12-30", "2199-12-29")]
            .joined(separator: "\r\n") + "\r\n", to: "future.csv")
        cramp.ok(["import", file])
        return cramp
    }

    // Issue 11, point 10
    @Test func point10_allMeansAllInListReportExportAndSummary() throws {
        let cramp = try diaryWithFutureRows()
        defer { cramp.cleanup() }
        #expect(try cramp.storedEpisodes().count == 4)
        #expect(cramp.ok([]).stdout.contains("(4 episodes)"))
        #expect(try cramp.jsonArray(["list", "all", "--json"]).count == 4, "list all shows every row")
        #expect(cramp.ok(["list", "all"]).stderr.contains("4 episodes"))
        #expect(cramp.ok(["export"]).stdout.split(separator: "\r\n").map(String.init).count == 5)
        let report = try cramp.jsonObject(["report", "--period", "all", "--json"])
        let totals = try #require(report["totals"] as? [String: Any])
        let counted = (totals["cramps"] as? Int ?? -1) + (totals["numbness"] as? Int ?? -1)
        #expect(counted == 2, "the nights begun so far: \(totals)")
        #expect(totals["laterEpisodes"] as? Int == 2, "the report says how many rows it left out: \(totals)")
        #expect(cramp.ok(["report", "--period", "all"]).stdout.contains("2 episodes are dated after now"))
        #expect(cramp.ok(["summary", "all"]).stdout.contains("2 episodes are dated after now"))
    }

    // Issue 11, point 10: all sitting and standing stretches too, however far they lie from the episodes.
    @Test func point10_listAllPostureShowsEveryStretch() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-11-20T03:10"])
        cramp.ok(["sit", "2h", "--at", "2026-11-20T12:00"])
        let exported = cramp.ok(["export", "--what", "posture"]).stdout.split(separator: "\r\n").map(String.init)
        try #require(exported.count == 2, "\(exported)")
        func moved(_ date: String) -> String {
            ([""] + exported[1].split(separator: ",", omittingEmptySubsequences: false).dropFirst().map(String.init))
                .joined(separator: ",").replacingOccurrences(of: "2026-11-20", with: date)
        }
        let file = try cramp.write([exported[0], moved("2001-03-04"), moved("2150-01-02")].joined(separator: "\r\n") + "\r\n",
                                   to: "posture.csv")
        cramp.ok(["import", file])
        #expect(try cramp.storedPostureSessions().count == 3)
        #expect(try cramp.jsonArray(["list", "all", "--posture", "--json"]).count == 3, "list all --posture shows every stretch")
        #expect(try cramp.jsonArray(["list", "all", "--json"]).count == 1)
    }

    // Issue 11, point 10
    @Test func point10_checkNamesRowsDatedAfterNowAndHowToFixThem() throws {
        let cramp = try diaryWithFutureRows()
        defer { cramp.cleanup() }
        let result = cramp.run(["check"])
        #expect(result.status == 0, "the file is healthy; the rows are data to fix: \(result.stderr)")
        #expect(result.stderr.contains("2 episodes are dated after now"), "\(result.stderr)")
        #expect(result.stderr.contains("#3") && result.stderr.contains("#4"), "names them: \(result.stderr)")
        #expect(result.stderr.contains("2099-06-10") && result.stderr.contains("2199-12-30"), "\(result.stderr)")
        #expect(result.stderr.contains("cramp edit") && result.stderr.contains("cramp delete"), "\(result.stderr)")
        // Once fixed, check is silent again.
        cramp.ok(["delete", "3"])
        cramp.ok(["delete", "4"])
        let fixed = cramp.run(["check"])
        #expect(fixed.status == 0 && fixed.stderr.isEmpty && fixed.stdout.isEmpty, "\(fixed.stderr)")
    }

    // Issue 11, point 13
    @Test func point13_anOffsetWithSecondsRoundTripsExactly() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.zone = FoundationZone(zone: TimeZone(identifier: "Africa/Monrovia")!)
        cramp.now = "1971-06-01T09:00"
        cramp.ok(["log", "left", "calf", "2m", "--at", "1971-05-31 03:10"])
        let original = try #require(try cramp.storedEpisodes().first)
        #expect(original.start.offset == -2670, "Monrovia was 44 minutes 30 seconds behind UTC until 1972")
        let exported = cramp.ok(["export"]).stdout
        #expect(exported.contains("1971-05-31T03:10:00-00:44:30"), "\(exported)")
        let file = try cramp.write(exported, to: "monrovia.csv")
        let second = cramp.path("second.db")
        cramp.ok(["import", "--db", second, file])
        let copy = try #require(try cramp.storedEpisodes(second).first)
        #expect(copy.start == original.start, "the same instant and offset: \(copy.start) vs \(original.start)")
        #expect(cramp.ok(["export", "--db", second]).stdout == exported)
        cramp.ok(["import", file])
        #expect(try cramp.storedEpisodes().count == 1, "importing its own export adds no duplicate")
    }

    // Issue 11, point 13
    @Test(arguments: [
        ["log", "left", "calf", "1m", "--at", "1899-12-31 23:00"],
        ["log", "left", "calf", "1m", "--at", "0001-01-01T03:00+00:00"],
        ["edit", "1", "--at", "1850-06-01 03:00"],
        ["sit", "1h", "--at", "1899-12-31 12:00"],
        ["list", "1899-12"],
        ["report", "--period", "from 1800-01-01 to 2026-11-01"],
        ["list", "2200-01-01"],
        ["summary", "0001-W01"],
    ])
    func point13_datesOutsideTheBoundsAreRefusedNamingThem(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "1m", "--at", "03:10"])
        let before = try cramp.storedEpisodes()
        let result = cramp.run(arguments)
        #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
        #expect(result.messageLines.count == 1 && result.stderr.contains("1900-01-01 to 2199-12-31"), "\(result.stderr)")
        #expect(try cramp.storedEpisodes() == before)
        #expect(try cramp.storedPostureSessions().isEmpty)
    }

    // Issue 11, point 13
    @Test(arguments: ["2200-01-01T00:30", "1899-12-31T23:00", "0001-01-01T00:00+00:00"])
    func point13_aPinnedNowOutsideTheBoundsIsRefusedNamingThem(_ now: String) throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.now = now
        let result = cramp.run(["log", "left", "calf", "1m"])
        expectUsageRefusal(result, field: "--now \"\(now)\"", "CRAMP_NOW=\(now)")
        #expect(result.stderr.contains("1900-01-01 to 2199-12-31"), "\(result.stderr)")
        #expect(!cramp.exists(cramp.database))
    }

    // Issue 11, point 13
    @Test func point13_importRefusesRowsOutsideTheBounds() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-11-20T03:10"])
        let exported = cramp.ok(["export"]).stdout.split(separator: "\r\n").map(String.init)
        try #require(exported.count == 2, "\(exported)")
        let row = exported[1].replacingOccurrences(of: "2026-11-20", with: "0001-01-01")
            .replacingOccurrences(of: "2026-11-19", with: "0000-12-31")
        let file = try cramp.write([exported[0], "2" + row.drop(while: { $0 != "," })].joined(separator: "\r\n") + "\r\n",
                                   to: "old.csv")
        let result = cramp.run(["import", file])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("start_local") && result.stderr.contains("1900-01-01 to 2199-12-31"), "\(result.stderr)")
        #expect(try cramp.storedEpisodes().count == 1)
    }

    // Issue 11, point 13
    @Test(arguments: ["0001-01-01 03:00", "1900-01-01 03:00"])
    func point13_theFirstNightThatCanBeLoggedRoundTrips(at: String) throws {
        // Year 0001 used to be logged and then exported with night_of 0000-12-31, which import refused. Now every
        // reading either is refused naming the bounds, or its export (night_of included) imports back unchanged.
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let logged = cramp.run(["log", "left", "calf", "2m", "--at", at])
        guard logged.status == 0 else {
            expectUsageRefusal(logged, field: "--at \"\(at)\"")
            #expect(logged.stderr.contains("1900-01-01 to 2199-12-31"), "\(logged.stderr)")
            return
        }
        let exported = cramp.ok(["export"]).stdout
        let file = try cramp.write(exported, to: "first.csv")
        let second = cramp.path("second.db")
        let imported = cramp.run(["import", "--db", second, file])
        #expect(imported.status == 0 && !imported.stderr.contains("night_of"), "\(imported.stderr)")
        #expect(cramp.ok(["export", "--db", second]).stdout == exported)
        #expect(try cramp.jsonArray(["list", "all", "--json", "--db", second]).count == 1)
    }

    // Issue 11, smaller
    @Test func smaller_aSkippedDayInApiaIsNamedWithTheTimesEitherSide() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.zone = FoundationZone(zone: TimeZone(identifier: "Pacific/Apia")!)
        cramp.now = "2012-01-02T09:00"
        let result = cramp.run(["log", "left", "calf", "1m", "--at", "2011-12-30 03:00"])
        expectUsageRefusal(result, field: "--at \"2011-12-30 03:00\"")
        #expect(result.stderr.contains("24 hours"), "\(result.stderr)")
        #expect(result.stderr.contains("from 2011-12-30 00:00 to 2011-12-31 00:00"), "\(result.stderr)")
        #expect(result.stderr.contains("\"2011-12-31 03:00\""), "\(result.stderr)")
        #expect(!result.stderr.contains("hour after"), "\(result.stderr)")
    }

    // Issue 11, smaller
    @Test func smaller_lordHowesHalfHourIsNamedAsHalfAnHour() throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.zone = FoundationZone(zone: TimeZone(identifier: "Australia/Lord_Howe")!)
        cramp.now = "2026-10-04T09:00"
        let result = cramp.run(["log", "left", "calf", "1m", "--at", "02:15"])
        expectUsageRefusal(result, field: "--at \"02:15\"")
        #expect(result.stderr.contains("30 minutes"), "\(result.stderr)")
        #expect(result.stderr.contains("from 2026-10-04 02:00 to 2026-10-04 02:30"), "\(result.stderr)")
        #expect(result.stderr.contains("\"02:45\""), "\(result.stderr)")
        #expect(!result.stderr.contains("hour after"), "\(result.stderr)")
    }

    // Issue 11, smaller
    @Test(arguments: [("Pacific/Apia", "2011-12-30T03:00", "from 2011-12-30 00:00 to 2011-12-31 00:00"),
                      ("Australia/Lord_Howe", "2026-10-04T02:10", "from 2026-10-04 02:00 to 2026-10-04 02:30")])
    func smaller_aPinnedNowInSkippedTimeGetsTheSpecificRefusal(zone: String, now: String, gap: String) throws {
        var cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.zone = FoundationZone(zone: TimeZone(identifier: zone)!)
        for (arguments, environment) in [(["log", "left", "calf", "1m"], ["CRAMP_NOW": now]),
                                         (["log", "left", "calf", "1m", "--now", now], [:])] {
            let result = cramp.run(arguments, environment: environment)
            expectUsageRefusal(result, field: "--now \"\(now)\"")
            #expect(result.stderr.contains(gap), "\(result.stderr)")
        }
        #expect(!cramp.exists(cramp.database))
    }
}
