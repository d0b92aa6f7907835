import Foundation
import Testing

/// Issue 11, points 5, 9, 12 and 14 through the real commands, in process.
@Suite("in process: damaged, wiped and restored diaries")
struct StoreDamageInProcessTests {
    /// A diary of 2,000 episodes (so its start-time index has many leaf pages), written by cramp once, backed up.
    private func largeDiary() throws -> (InProcessCramp, backup: String) {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        try StoreShell.run(cramp.database, """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
            INSERT INTO episode (kind, start_utc, utc_offset, leg, site, duration_s, woke, created_utc, updated_utc)
            SELECT 'cramp', 1500000000 + i * 86400, 3600, 'left', 'calf', 60, 'unknown', 1500000000, 1500000000 FROM n;
            """)
        cramp.ok(["log", "right", "foot", "1m", "--at", "04:00"])
        let backup = cramp.ok(["backup"]).stdout.trimmingCharacters(in: .newlines)
        return (cramp, backup)
    }

    /// Overwrites 100 bytes of entries in the leftmost leaf page of the start-time index, which no new entry touches
    /// (a page's entries sit at its end).
    private func damageIndexPage(_ path: String) throws {
        let pageSize = try Int(#require(StoreShell.run(path, "PRAGMA page_size").first))!
        let page = try Int(#require(StoreShell.run(path, """
            SELECT pageno FROM dbstat WHERE name = 'episode_by_start' AND pagetype = 'leaf' ORDER BY path LIMIT 1
            """).first))!
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: UInt64(page * pageSize - 200))
        try handle.write(contentsOf: Data(repeating: 0x41, count: 100))
        try handle.close()
    }

    // Issue 11, point 5
    @Test func point5_diaryDamagedInsideRefusesWritesAndReadersWarn() throws {
        let (cramp, backup) = try largeDiary()
        defer { cramp.cleanup() }
        try damageIndexPage(cramp.database)
        #expect(try StoreShell.run(cramp.database, "PRAGMA quick_check") != ["ok"])
        let damaged = try #require(cramp.bytes(cramp.database))
        for write in [["log", "left", "calf", "1m"], ["config", "set", "break-interval", "45"], ["sit", "2h"], ["break"]] {
            let result = cramp.run(write)
            #expect(result.status == 74, "cramp \(write.joined(separator: " ")) exited \(result.status): \(result.stderr)")
            #expect(result.stderr.contains("is damaged"), "\(result.stderr)")
            #expect(result.stderr.contains("cramp restore \(backup)"), "\(result.stderr)")
            #expect(cramp.bytes(cramp.database) == damaged, "cramp \(write.joined(separator: " ")) changed the file")
            #expect((cramp.bytes(cramp.database + "-wal") ?? Data()).isEmpty)
        }
        for read in [["list"], ["report"], ["export"]] {
            let result = cramp.run(read)
            #expect(result.stderr.contains("is damaged"), "cramp \(read.joined(separator: " ")): \(result.stderr)")
            #expect(result.stderr.contains("cramp restore \(backup)"), "cramp \(read.joined(separator: " ")): \(result.stderr)")
        }
        // `check` names the command instead of moving files by hand.
        let check = cramp.run(["check"])
        #expect(check.status == 65)
        #expect(check.stderr.contains("cramp restore \(backup)"), "\(check.stderr)")
        #expect(!check.stderr.contains("move this file aside"))
    }

    // Issue 11, point 5: the everyday path stays free of the check once cramp has seen the file.
    @Test func point5_aHealthyDiaryIsRecordedAfterEachWrite() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        #expect(cramp.exists(cramp.database + "-checked"))
        cramp.ok(["log", "right", "calf", "1m"])
        #expect(!cramp.run(["list"]).stderr.contains("warning"))
    }

    // Issue 11, point 9
    @Test func point9_restorePutsTheBackupBackAndKeepsTheReplacedDiary() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        cramp.ok(["log", "right", "foot", "1m", "--at", "04:00"])
        let backup = cramp.ok(["backup"]).stdout.trimmingCharacters(in: .newlines)
        for minute in 10..<13 { cramp.ok(["log", "both", "1m", "--at", "05:\(minute)"]) }
        let restored = cramp.ok(["restore", backup])
        #expect(try cramp.storedEpisodes().count == 2)
        let aside = cramp.path("cramp-replaced-20261121T080000Z.db")
        #expect(try cramp.storedEpisodes(aside).count == 5)
        #expect(restored.stderr.contains("to go back: cramp restore \(aside)"), "\(restored.stderr)")
        #expect(restored.stderr.contains("restored 2 episodes"), "\(restored.stderr)")
        #expect(cramp.run(["check"]).status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: cramp.database)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        // Reversible: the replaced diary goes back the same way.
        cramp.ok(["restore", aside])
        #expect(try cramp.storedEpisodes().count == 5)
    }

    // Issue 11, point 9: a file that is not a diary is refused before anything moves.
    @Test(arguments: ["not a database", ""])
    func point9_restoreRefusesWhatIsNotADiary(_ content: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        let before = cramp.bytes(cramp.database)
        let bogus = try cramp.write(content, to: "bogus.db")
        let result = cramp.run(["restore", bogus])
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("nothing was changed"), "\(result.stderr)")
        #expect(cramp.bytes(cramp.database) == before)
        #expect(!cramp.names().contains { $0.contains("replaced") || $0.contains(".partial") })
    }

    // Issue 11, point 12
    @Test func point12_emptyDiaryIsNotHealthyAndReadersSaySo() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        let backup = cramp.ok(["backup"]).stdout.trimmingCharacters(in: .newlines)
        try Data().write(to: URL(fileURLWithPath: cramp.database))
        let check = cramp.run(["check"])
        #expect(check.status == 65, "\(check.stderr)")
        #expect(check.stderr.contains("empty (0 bytes)"), "\(check.stderr)")
        #expect(check.stderr.contains("cramp restore \(backup)"), "\(check.stderr)")
        for read in [["list"], []] {
            let result = cramp.run(read)
            #expect(result.stderr.contains("empty (0 bytes)"), "cramp \(read): \(result.stderr)")
            #expect(result.stderr.contains("cramp restore \(backup)"), "cramp \(read): \(result.stderr)")
            #expect(!result.stdout.contains("No diary yet"))
        }
        #expect(cramp.bytes(cramp.database)?.count == 0, "a reader wrote to the empty file")
    }

    // Issue 11, point 12
    @Test func point12_writesRefuseAWipedOrLostDiaryWithBackupsAndNameRestore() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        let backup = cramp.ok(["backup"]).stdout.trimmingCharacters(in: .newlines)
        try Data().write(to: URL(fileURLWithPath: cramp.database))
        let wiped = cramp.run(["log", "right", "foot", "1m"])
        #expect(wiped.status == 74)
        #expect(wiped.stderr.contains("cramp restore \(backup)"), "\(wiped.stderr)")
        #expect(wiped.stderr.contains("cramp restore --empty"), "\(wiped.stderr)")
        #expect(cramp.bytes(cramp.database)?.count == 0)

        try FileManager.default.removeItem(atPath: cramp.database)
        let lost = cramp.run(["log", "right", "foot", "1m"])
        #expect(lost.status == 74)
        #expect(lost.stderr.contains("cramp restore \(backup)"), "\(lost.stderr)")
        #expect(!cramp.exists(cramp.database))
        #expect(cramp.run(["list"]).stderr.contains("cramp restore \(backup)"))
        // An import would otherwise build a new diary in its place.
        let csv = try cramp.write("id,posture,start_local,end_local,day,duration_s,breaks_taken,note\n"
            + ",sitting,2026-11-20T09:00:00+01:00,2026-11-20T10:00:00+01:00,2026-11-20,3600,0,\n", to: "sit.csv")
        let imported = cramp.run(["import", csv])
        #expect(imported.status == 74 && imported.stderr.contains("cramp restore \(backup)"), "\(imported.stderr)")
        #expect(!cramp.exists(cramp.database))

        // The deliberate new start.
        cramp.ok(["restore", "--empty"])
        cramp.ok(["log", "right", "foot", "1m"])
        #expect(try cramp.storedEpisodes().count == 1)
    }

    // Issue 11, point 14
    @Test func point14_backupToAFileLeavesAnUnrelatedPartialAlone() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "2m"])
        let mine = try cramp.write("someone's own work in progress", to: "copy.db.partial")
        cramp.ok(["backup", "-o", cramp.path("copy.db")])
        #expect(cramp.bytes(mine) == Data("someone's own work in progress".utf8))
        #expect(cramp.names().filter { $0.contains("partial") } == ["copy.db.partial"])
    }
}

/// The `sqlite3` command line, for what the tests set up or damage behind cramp's back.
enum StoreShell {
    @discardableResult
    static func run(_ database: String, _ sql: String) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [database, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw StoreShellError(status: process.terminationStatus, sql: sql) }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

struct StoreShellError: Error {
    let status: Int32
    let sql: String
}
