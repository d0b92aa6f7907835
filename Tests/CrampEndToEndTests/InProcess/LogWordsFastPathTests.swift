import Foundation
import Testing
@testable import CrampCLI

/// `cramp log WORD...` skips the argument parser (issue 13: log stays near the cost of a bare SQLite insert); the
/// same words through the parser (a `--db` added makes the line take that path) must store and say exactly the same.
@Suite("in process: log words without the parser")
struct LogWordsFastPathTests {
    /// Runs the same lines in two fresh diaries, one through each path; returns both transcripts and diaries' rows.
    func both(_ lines: [[String]], now: String = "2026-11-26T03:06") throws -> (fast: [String], parsed: [String]) {
        var fast = try InProcessCramp()
        var parsed = try InProcessCramp()
        defer { fast.cleanup(); parsed.cleanup() }
        fast.now = now
        parsed.now = now
        var a: [String] = [], b: [String] = []
        for line in lines {
            #expect(Cramp.Log.wordsOnly(line) != nil, "\(line) should take the fast path")
            let viaParser = [line[0], "--db", parsed.database] + line.dropFirst()
            #expect(Cramp.Log.wordsOnly(viaParser) == nil)
            let one = fast.run(line), two = parsed.run(viaParser)
            a.append("\(one.status)|\(one.stdout)|\(one.stderr)")
            b.append("\(two.status)|\(two.stdout)|\(two.stderr)")
        }
        let query = "SELECT id, kind, start_utc, leg, site, duration_s, woke FROM episode ORDER BY id"
        a.append(contentsOf: (try? sqliteRows(fast.database, query)) ?? ["no diary"])
        b.append(contentsOf: (try? sqliteRows(parsed.database, query)) ?? ["no diary"])
        return (a, b)
    }

    func sqliteRows(_ path: String, _ query: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return ["no diary"] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    // Issue 13: stored rows, echoes, refusals and the bare log are the same on both paths.
    @Test func theFastPathSaysAndStoresWhatTheParserDoes() throws {
        let lines = [
            ["log", "left", "calf", "2", "min", "3am", "cold", "stretch:helped"],
            ["log"],
            ["log", "right", "foot", "90s", "woke", "7/10"],
            ["log", "lft", "calf", "2m"],
            ["log", "left", "calf", "2m", "strech:helped"],
            ["log", "left", "calf", "75m"],
            ["log", "both", "thigh", "1m", "numbness"],
        ]
        let result = try both(lines)
        #expect(result.fast == result.parsed)
        // And each line ended as the night-time tests expect: stored, or refused as a usage error (a typo, a new
        // name close to a known one, a cramp over 60 minutes without --yes); four rows in the diary.
        #expect(result.fast.prefix(lines.count).map { $0.split(separator: "|").first.map(String.init) ?? "" } == ["0", "0", "0", "64", "64", "64", "0"])
        #expect(result.fast.count == lines.count + 4)
    }

    // Issue 13: anything but plain words takes the parser's path.
    @Test func onlyPlainWordsTakeTheFastPath() {
        #expect(Cramp.Log.wordsOnly(["log", "left", "calf", "2m"]) == ["left", "calf", "2m"])
        #expect(Cramp.Log.wordsOnly(["log"]) == [])
        #expect(Cramp.Log.wordsOnly(["log", "left", "--at", "3am"]) == nil)
        #expect(Cramp.Log.wordsOnly(["log", "-20m"]) == nil)
        #expect(Cramp.Log.wordsOnly(["log", ""]) == nil)
        #expect(Cramp.Log.wordsOnly(["status", "left"]) == nil)
        #expect(Cramp.Log.wordsOnly(["--db", "x.db", "log", "left"]) == nil)
    }
}
