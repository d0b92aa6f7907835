import Diary
import Foundation
import Testing

/// `cramp config list/get/set/reset` through the real commands; values read back from the diary's settings.
@Suite("in process: config")
struct ConfigInProcessTests {
    static let keys = ["night-window", "break-interval", "long-standing", "long-sitting", "nocturnal-mark", "link-lookback", "keeping", "stretch-limit"]

    @Test(arguments: [["config"], ["config", "list"]])
    func listShowsEveryDefaultAndCreatesNothing(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let lines = cramp.ok(arguments).outputLines
        #expect(lines.map { String($0.prefix { $0 != " " }) } == Self.keys)
        #expect(lines.allSatisfy { $0.contains("(default)") }, "\(lines)")
        #expect(lines.first?.hasPrefix("night-window    22:00-08:00  (default) ") == true, "\(lines)")
        #expect(cramp.names().isEmpty, "reading settings created \(cramp.names())")
    }

    @Test func getPrintsTheValueInForce() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["config", "get", "break-interval"]).stdout == "40\n")
        #expect(cramp.ok(["config", "get", "night-window"]).stdout == "22:00-08:00\n")
        expectUsageRefusal(cramp.run(["config", "get", "bedtime"]), field: "setting")
    }

    @Test func setStoresTheValueAndListMarksIt() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let set = cramp.ok(["config", "set", "break-interval", "30"])
        #expect(set.stdout.isEmpty)
        #expect(set.messageLines == ["set break-interval to 30; undo: cramp undo"])
        #expect(try cramp.reader().settings().breakIntervalMinutes == 30)
        #expect(try cramp.reader().storedSettings() == ["break-interval": "30"])
        #expect(cramp.ok(["config", "get", "break-interval"]).stdout == "30\n")
        #expect(cramp.ok(["config", "list"]).stdout.contains("break-interval  30  (set) "))
    }

    @Test func theNightWindowDecidesWhichNightAnEpisodeBelongsTo() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "1m", "--at", "08:30"])
        #expect(try cramp.jsonArray(["list", "--json", "all"]).first?["night_of"] as? String == "2026-11-21")
        cramp.ok(["config", "set", "night-window", "23:00-09:30"])
        #expect(try cramp.jsonArray(["list", "--json", "all"]).first?["night_of"] as? String == "2026-11-20")
    }

    @Test func resetPutsTheDefaultBackAndAgainSaysItAlreadyIs() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["config", "set", "long-standing", "5"])
        let reset = cramp.ok(["config", "reset", "long-standing"])
        #expect(reset.messageLines == ["reset long-standing to its default 4; undo: cramp undo"])
        #expect(try cramp.reader().storedSettings().isEmpty)
        let before = cramp.bytes(cramp.database)
        let again = cramp.ok(["config", "reset", "long-standing"])
        #expect(again.messageLines == ["long-standing is already the default, 4"])
        #expect(cramp.bytes(cramp.database) == before)
        // The second reset wrote no journal entry: undo reverts the first one.
        #expect(cramp.ok(["undo"]).stderr.hasPrefix("undid `cramp config reset`"))
        #expect(try cramp.reader().storedSettings() == ["long-standing": "5"])
    }

    @Test func resetOnANewMachineCreatesNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["config", "reset", "night-window"]).messageLines == ["night-window is already the default, 22:00-08:00"])
        #expect(cramp.names().isEmpty)
    }

    @Test(arguments: [
        ["config", "set", "break-interval", "5"], ["config", "set", "night-window", "late"],
        ["config", "set", "bedtime", "22:00"], ["config", "reset", "bedtime"],
    ])
    func badSettingsAreRefusedAndCreateNoDiary(_ arguments: [String]) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        expectUsageRefusal(cramp.run(arguments), field: "setting", "\(arguments)")
        #expect(cramp.names().isEmpty, "\(arguments) left \(cramp.names())")
    }
}
