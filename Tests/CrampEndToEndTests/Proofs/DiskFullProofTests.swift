import Foundation
import TestSupport
import Testing

@Suite("Proof: a full disk refuses the write and keeps everything before it")
struct DiskFullProofTests {
    /// A 512 KiB tmpfs fills after a few episodes with long notes. Mounting needs root (CAP_SYS_ADMIN);
    /// elsewhere this test is skipped and says so.
    @Test(.proof, .enabled(if: SmallDisk.available, SmallDisk.needs))
    func logExits74WhenTheDiskIsFullAndEarlierEpisodesAreIntact() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let disk = cramp.folder.appendingPathComponent("small-disk").path
        try SmallDisk.mount(disk, kilobytes: SmallDisk.kilobytes)
        defer { SmallDisk.unmount(disk) }
        let path = disk + "/cramp.db"
        let started = Date()

        func note(_ index: Int) -> String { "episode \(index) " + String(repeating: "long note about the night ", count: 350) }
        var logged: [Int: String] = [:]
        var refusal: CrampRun.Result?
        for index in 0..<100 {
            let result = try cramp.run(["log", "left", "calf", "2m", "--at", "\(index + 1)m ago", "--note", note(index), "--db", path])
            if result.status != 0 {
                refusal = result
                break
            }
            logged[try #require(loggedID(result.stderr))] = note(index)
        }
        let full = try #require(refusal, "the disk never filled")
        #expect(full.status == 74)
        #expect(full.stderr.contains("is full; nothing was written and earlier entries are intact"), "\(full.stderr)")
        #expect(logged.count >= 3)

        // More attempts while full: each refused the same way, nothing half-stored.
        var refusedAgain = 0
        for attempt in 0..<5 {
            let again = try cramp.run(["log", "right", "foot", "3m", "--at", "\(200 + attempt)m ago", "--note", note(1_000 + attempt), "--db", path])
            if again.status == 74 { refusedAgain += 1 } else { #expect(again.status == 0, "\(again.stderr)") }
            if let id = loggedID(again.stderr) { logged[id] = note(1_000 + attempt) }
        }

        // Every acknowledged episode is there with its note, and nothing else.
        let rows = try cramp.jsonRows("SELECT json_object('id', id, 'note', note) FROM episode ORDER BY id", database: path)
        let stored = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! Int, $0["note"] as! String) })
        #expect(stored == logged)
        #expect(try cramp.sql("PRAGMA integrity_check", database: path) == ["ok"])
        let check = try cramp.run(["check", "--db", path])
        #expect(check.status == 0, "\(check.stderr)")

        // With room again, logging works and nothing earlier moved.
        try SmallDisk.resize(disk, kilobytes: 2048)
        let after = try cramp.run(["log", "both", "1m", "--db", path])
        #expect(after.status == 0, "\(after.stderr)")
        #expect(try cramp.integer("SELECT count(*) FROM episode", database: path) == logged.count + 1)
        proofLine("""
            disk full: 512 KiB file system; \(logged.count) episodes with 9 KB notes stored, then cramp log exited 74 \
            ("the disk holding … \(full.stderr.range(of: "is full").map { String(full.stderr[$0.lowerBound...]).trimmingCharacters(in: .newlines) } ?? full.stderr)") and \(refusedAgain) of 5 further attempts too; all \(logged.count) earlier episodes \
            intact with their notes, integrity_check ok; after freeing space the next log succeeded; \(seconds(since: started))
            """)
    }
}
