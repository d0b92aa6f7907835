import Foundation
import Testing

@Suite("cramp import refuses bad files whole")
struct ImportRefusalTests {
    static let header = "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note\r\n"

    @Test func oneBadRowMeansNothingIsImported() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(cramp.run(["log", "left", "calf", "1m", "--at", "2026-11-20 03:00"]).status == 0)
        let before = try cramp.sql("SELECT * FROM episode")
        // Line 2 is good; line 3 has intensity 12; the note on line 4 runs over two lines, so the row with
        // the bad start time begins on line 6; line 7 has an unknown leg and a bad relief outcome.
        let text = Self.header
            + "1,cramp,2026-11-17T02:40:00+01:00,2026-11-16,yes,left,calf,120,5,yes,,stretch:helped,fine\r\n"
            + "2,cramp,2026-11-18T02:40:00+01:00,2026-11-17,yes,left,calf,120,12,yes,,,\r\n"
            + "3,cramp,2026-11-19T02:40:00+01:00,2026-11-18,yes,left,calf,120,,yes,,,\"two\r\nlines\"\r\n"
            + "4,cramp,2026-11-19 02:40,2026-11-18,yes,right,calf,120,,yes,,,\r\n"
            + "5,cramp,2026-11-20T02:40:00+01:00,2026-11-19,yes,middle,calf,120,,yes,,stretch:maybe,\r\n"
        let file = cramp.path("bad.csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let result = try cramp.run(["import", file])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "cramp: \(file): nothing imported: 4 problems")
        #expect(lines.dropFirst().map { $0.prefix { $0 != "\"" } } == [
            "  line 3, intensity ", "  line 6, start_local ", "  line 7, leg ", "  line 7, reliefs ",
        ])
        #expect(try cramp.sql("SELECT * FROM episode") == before)
        #expect(try cramp.sql("SELECT count(*) FROM operation") == ["1"])
    }

    @Test func aBadFileCreatesNoDiary() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let file = cramp.path("bad.csv")
        try Data((Self.header + "1,cramp,yesterday,x,yes,left,calf,120,,yes,,,\r\n").utf8).write(to: URL(fileURLWithPath: file))
        let result = try cramp.run(["import", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 2, start_local"))
        #expect(result.stderr.contains("line 2, night_of"))
        #expect(!FileManager.default.fileExists(atPath: cramp.database))
    }

    @Test func wrongKindsOfFileAreNamed() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(cramp.run(["log", "left", "calf", "1m", "--at", "03:00"]).status == 0)
        let json = cramp.path("visit.json")
        try #require(cramp.run(["export", "--format", "json", "-o", json]).status == 0)
        let fromJSON = try cramp.run(["import", json])
        #expect(fromJSON.status == 65)
        #expect(fromJSON.stderr.contains("looks like JSON"))

        let other = cramp.path("other.csv")
        try Data("date,pain\r\n2026-11-17,5\r\n".utf8).write(to: URL(fileURLWithPath: other))
        let foreign = try cramp.run(["import", other])
        #expect(foreign.status == 65)
        #expect(foreign.stderr.contains("line 1, header"))

        let missing = try cramp.run(["import", cramp.path("nope.csv")])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("No such file"))

        let empty = cramp.path("empty.csv")
        try Data(Self.header.utf8).write(to: URL(fileURLWithPath: empty))
        let headerOnly = try cramp.run(["import", empty])
        #expect(headerOnly.status == 0)
        #expect(headerOnly.stderr.contains("nothing to import"))
        #expect(try cramp.sql("SELECT count(*) FROM operation") == ["1"])
    }

    @Test func standardInputCanBeImported() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let text = Self.header + "7,cramp,2026-11-17T02:40:00+01:00,2026-11-16,yes,left,calf,120,5,yes,cold,stretch:helped,\"=1+1\"\r\n"
        let result = try cramp.run(["import", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cramp.sql("SELECT id, note FROM episode") == ["7|=1+1"])
        #expect(try cramp.run(["export"]).stdout == text.replacingOccurrences(of: "\"=1+1\"", with: "'=1+1"))
    }

    @Test func anotherNightWindowIsRecomputedAndSaid() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(cramp.run(["config", "set", "night-window", "23:30-06:00"]).status == 0)
        // 23:00 is inside the default window the file was written with, not inside 23:30-06:00.
        let text = Self.header + "1,cramp,2026-11-17T23:00:00+01:00,2026-11-17,yes,left,calf,120,,no,,,\r\n"
        let result = try cramp.run(["import", "-"], stdin: Data(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("night_of or nocturnal on line 2 differ from this diary's night window (23:30-06:00)"))
        #expect(try cramp.run(["export"]).stdout.contains(",2026-11-17,no,left,"))
    }
}
