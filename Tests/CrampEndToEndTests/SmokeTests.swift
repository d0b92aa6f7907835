import Foundation
import Testing

@Suite("cramp binary")
struct SmokeTests {
    @Test func logThenListShowsTheEpisode() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let logged = try cramp.run(["log", "left", "calf", "2m", "--at", "03:10"])
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stderr.contains("logged #1 cramp, left calf, 2m, Sat 2026-11-21 03:10 +01:00, night of Fri 2026-11-20"))
        let listed = try cramp.run(["list"])
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("#1"))
        // Foundation's ISO 8601 parser is the independent oracle for the stored instant.
        let expected = Int(ISO8601DateFormatter().date(from: "2026-11-21T03:10:00+01:00")!.timeIntervalSince1970)
        #expect(try cramp.sql("SELECT leg, site, duration_s, start_utc, utc_offset FROM episode") == ["left|calf|120|\(expected)|3600"])
    }
}
