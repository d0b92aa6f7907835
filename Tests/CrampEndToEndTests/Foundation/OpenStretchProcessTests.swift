import Foundation
import Testing

/// Open stretches across processes (issue 16): what only separate runs of the built `cramp` show.
@Suite("Open stretches across processes")
struct OpenStretchProcessTests {
    // Issue 16: a reboot (a new process) mid-stretch — the stretch lives in the diary alone: each command below is a
    // process of its own, as after a restart, and the stretch, its break and its stop all carry over.
    @Test func aStretchSurvivesNewProcesses() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["sit", "--at", "08:00"], now: "2026-11-21T09:00")
        #expect(try cramp.row("SELECT slot, posture, start_utc, utc_offset FROM open_stretch")
            == "1|sitting|\(Oracle.utc("2026-11-21T08:00:00+01:00"))|3600")
        #expect(try cramp.ok(["status", "--short"], now: "2026-11-21T09:30").stdout == "sitting 1h30m, break overdue 50m\n")
        try cramp.ok(["break"], now: "2026-11-21T09:35")
        #expect(try cramp.ok(["status", "--short"], now: "2026-11-21T09:40").stdout == "sitting 1h40m, break in 35m\n")
        try cramp.ok(["stop"], now: "2026-11-21T10:00")
        #expect(try cramp.row("SELECT count(*) FROM open_stretch") == "0")
        #expect(try cramp.row("SELECT posture, start_utc, duration_s, breaks_taken FROM posture_session")
            == "sitting|\(Oracle.utc("2026-11-21T08:00:00+01:00"))|7200|0")
        #expect(try cramp.ok(["status", "--short"], now: "2026-11-21T10:00").stdout.isEmpty)
    }

    // Issue 16: `status --short` writes nothing: not the diary, not the damage guard's record, no file left beside it.
    @Test func statusShortLeavesTheFolderAsItWas() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["sit"], now: "2026-11-21T08:00")
        let before = cramp.snapshot()
        #expect(before.keys.sorted() == ["cramp.db", "cramp.db-checked"])
        #expect(try cramp.ok(["status", "--short"]).stdout == "sitting 1h, break overdue 20m\n")
        #expect(cramp.snapshot() == before)
    }
}
