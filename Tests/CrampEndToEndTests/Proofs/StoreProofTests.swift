import Foundation
import TestSupport
import Testing

/// Issue 11, points 9, 11 and 15: what only real processes show (a killed reader's WAL, a full disk, killed backups).
@Suite("Proof: restore keeps a killed reader's WAL, a full disk still reads, killed backups leave nothing")
struct StoreProofTests {
    // Issue 11, point 9
    @Test(.proof) func point9_restoreKeepsTheEntriesAKilledReadersWalHolds() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        for minute in 10..<15 { #expect(try cramp.run(["log", "left", "calf", "1m", "--at", "03:\(minute)"]).status == 0) }
        let backup = try cramp.run(["backup"]).stdout.trimmingCharacters(in: .newlines)

        // A reader holds the diary open while 40 entries are logged, so none is checkpointed; then it is killed.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        reader.arguments = [cramp.database]
        let input = Pipe(), output = Pipe()
        reader.standardInput = input
        reader.standardOutput = output
        try reader.run()
        input.fileHandleForWriting.write(Data("BEGIN; SELECT count(*) FROM episode;\n".utf8))
        // Its first read creates the shared memory file: from then on it holds the diary open.
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: cramp.database + "-shm") && Date() < deadline { usleep(10_000) }
        usleep(100_000)
        for index in 0..<40 {
            let result = try cramp.run(["log", "right", "foot", "2m", "--at", "\(index + 20)m ago"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        kill(reader.processIdentifier, SIGKILL)
        reader.waitUntilExit()
        let wal = try #require(cramp.bytes(of: cramp.database + "-wal"))
        #expect(wal.count > 0)

        let restore = try cramp.run(["restore", backup])
        #expect(restore.status == 0, "\(restore.stderr)")
        let aside = cramp.folder.appendingPathComponent("cramp-replaced-20261121T080000Z.db").path
        #expect(restore.stderr.contains("to go back: cramp restore \(aside)"), "\(restore.stderr)")
        #expect(cramp.bytes(of: aside + "-wal") == wal, "the WAL did not move with its diary")

        // The restored diary opens healthy with the backup's 5 entries.
        #expect(try cramp.run(["check"]).status == 0)
        #expect(try cramp.integer("SELECT count(*) FROM episode") == 5)
        // The replaced diary with its WAL still holds all 45, and restores like any backup.
        #expect(try cramp.integer("SELECT count(*) FROM episode", database: aside) == 45)
        #expect(try cramp.run(["restore", aside]).status == 0)
        #expect(try cramp.integer("SELECT count(*) FROM episode") == 45)
        #expect(try cramp.run(["check"]).status == 0)
        proofLine("""
            restore: a reader killed while holding the diary left a \(wal.count)-byte -wal with 40 entries not yet in the file; \
            cramp restore put the 5-entry backup in place (check: healthy) and moved the diary with its -wal aside, where all \
            45 entries stayed readable and were restored back
            """)
    }

    // Issue 11, point 11
    @Test(.proof, .enabled(if: SmallDisk.available, SmallDisk.needs))
    func point11_aFullDiskStillReadsAndCopiesOut() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let disk = cramp.folder.appendingPathComponent("small-disk").path
        try SmallDisk.mount(disk, kilobytes: SmallDisk.kilobytes)
        defer { SmallDisk.unmount(disk) }
        let path = disk + "/cramp.db"
        for minute in 10..<16 {
            #expect(try cramp.run(["log", "left", "calf", "1m", "--at", "03:\(minute)", "--db", path]).status == 0)
        }
        // Fill every last block.
        #expect(FileManager.default.createFile(atPath: disk + "/filler", contents: nil))
        let filler = try #require(FileHandle(forWritingAtPath: disk + "/filler"))
        let block = Data(repeating: 0, count: 4_096)
        while (try? filler.write(contentsOf: block)) != nil {}
        try? filler.close()
        let listing = try FileManager.default.contentsOfDirectory(atPath: disk).sorted()
        let diaryBytes = cramp.bytes(of: path)

        let list = try cramp.run(["list", "all", "--db", path])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count >= 6)
        let export = try cramp.run(["export", "--db", path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.split(whereSeparator: \.isNewline).count == 7)
        let check = try cramp.run(["check", "--db", path])
        #expect(check.status == 0, "\(check.stderr)")
        let copy = cramp.folder.appendingPathComponent("copied-out.db").path
        let backup = try cramp.run(["backup", "-o", copy, "--db", path])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(try cramp.integer("SELECT count(*) FROM episode", database: copy) == 6)

        // Nothing written, nothing left behind; writing still says the disk is full.
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk).sorted() == listing)
        #expect(cramp.bytes(of: path) == diaryBytes)
        let write = try cramp.run(["log", "both", "1m", "--db", path])
        #expect(write.status == 74)
        #expect(write.stderr.contains("is full"), "\(write.stderr)")
        proofLine("""
            full disk: on a 512 KiB file system filled to the last block, list, export, check and backup -o to another \
            disk exited 0 with all 6 episodes; the file system's listing and the diary's bytes were unchanged (no -shm, \
            no -wal left); log still exited 74 ("is full")
            """)
    }

    // Issue 11, point 15
    @Test(.proof) func point15_killedBackupsLeaveNothingBehind() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        #expect(try cramp.run(["log", "left", "calf", "1m"]).status == 0)
        try StoreShell.run(cramp.database, """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
            INSERT INTO episode (kind, start_utc, utc_offset, leg, site, duration_s, woke, note, created_utc, updated_utc)
            SELECT 'cramp', 1500000000 + i * 3600, 3600, 'left', 'calf', 60, 'unknown', printf('%.200c', 'x'), 1500000000, 1500000000 FROM n;
            """)
        let started = Date()
        let full = try cramp.run(["backup"])
        #expect(full.status == 0, "\(full.stderr)")
        let duration = Date().timeIntervalSince(started)
        let folder = cramp.folder.appendingPathComponent("backups").path
        var killed = 0
        var leftovers = 0
        for index in 0..<40 {
            let run = try cramp.runKilled(["backup"], after: duration * Double(index) / 40)
            if run.killed { killed += 1 }
            leftovers = max(leftovers, try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasSuffix(".db") }.count)
        }
        #expect(killed >= 20)
        #expect(leftovers > 0, "no kill landed while a copy was being written")
        #expect(try cramp.run(["backup"]).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        let strays = names.filter { !$0.hasSuffix(".db") || $0.contains("partial") }
        #expect(strays.isEmpty, "left behind: \(strays)")
        for name in names {
            #expect(try cramp.sql("PRAGMA integrity_check", database: folder + "/" + name) == ["ok"], "\(name)")
        }
        proofLine("""
            killed backups: \(killed) of 40 cramp backup runs killed with SIGKILL spread over a \(String(format: "%.0f", duration * 1000)) ms \
            copy left up to \(leftovers) temporaries at once; the next backup removed them all: \(names.count) files remain, \
            every one a complete backup passing integrity_check
            """)
    }
}
