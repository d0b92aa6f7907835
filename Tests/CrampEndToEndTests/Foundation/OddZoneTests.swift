import Foundation
import Testing

/// The built binary under `TZ` values whose UTC offset is beyond ±18:00: only a process shows a trap.
@Suite("Odd TZ values")
struct OddZoneTests {
    /// POSIX TZ strings libc accepts whose offset a diary timestamp cannot hold (ISO 8601 stops at ±18:00).
    static let oddZones = ["ABC-19", "ABC+24", "<+25>-25", "ABC+18:30"]

    // Issue 11, point 6
    @Test("an odd TZ is refused in one line before anything is written, for log and undo", arguments: oddZones)
    func point6_oddTZIsRefusedBeforeAnythingIsWritten(zone: String) throws {
        var cramp = try CrampRun()
        defer { cramp.cleanup() }
        try #require(try cramp.run(["log", "left", "calf", "1m", "--at", "03:10"]).status == 0)
        let before = try cramp.sql("SELECT id, start_utc, utc_offset FROM episode; SELECT id, undone_utc FROM operation;")

        cramp.timeZone = zone
        // With the clock pinned and with the live clock: undo used to commit on the live clock and trap after.
        let runs: [([String], String?)] = [
            (["log", "left", "calf", "1m"], nil), (["undo"], nil), (["undo"], ""),
            (["log", "right", "foot", "2m", "--at", "03:00"], ""), (["log", "left", "calf", "1m", "--now", "2026-11-21T09:00"], ""),
        ]
        for (arguments, now) in runs {
            let result = try cramp.run(arguments, now: now)
            // A trap ends the process by a signal (Foundation reports its number, 4 or 5), never by exit 64.
            #expect(result.status == 64, "TZ=\(zone) cramp \(arguments.joined(separator: " ")): \(result.status) \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix("cramp: cannot use TZ \"\(zone)\""), "\(result.stderr)")
            #expect(result.stderr.contains("18:00"), "names what is accepted: \(result.stderr)")
            #expect(try cramp.sql("SELECT id, start_utc, utc_offset FROM episode; SELECT id, undone_utc FROM operation;") == before,
                    "nothing written by TZ=\(zone) cramp \(arguments.joined(separator: " "))")
        }
    }

    // Issue 11, point 6
    @Test("the largest offsets a timestamp holds still work")
    func point6_offsetsAtTheLimitStillWork() throws {
        var cramp = try CrampRun()
        defer { cramp.cleanup() }
        for (zone, offset) in [("ABC-18", "64800"), ("ABC+18", "-64800")] {
            cramp.timeZone = zone
            let result = try cramp.run(["log", "left", "calf", "1m", "--at", "03:10"], now: "2026-11-21T09:00")
            #expect(result.status == 0, "TZ=\(zone): \(result.stderr)")
            #expect(try cramp.sql("SELECT utc_offset FROM episode ORDER BY id DESC LIMIT 1") == [offset])
        }
    }
}
