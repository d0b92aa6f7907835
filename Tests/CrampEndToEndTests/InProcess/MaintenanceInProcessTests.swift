import DiaryStore
import Foundation
import Testing

/// `cramp backup`, `cramp check` and `cramp paths` through the real commands.
@Suite("in process: backup, check, paths")
struct MaintenanceInProcessTests {
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--trigger", "cold"])
        cramp.ok(["log", "right", "foot", "1m", "--at", "04:00"])
        return cramp
    }

    @Test func backupToAFilePrintsItsPathAndHoldsTheDiary() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let target = cramp.path("before-travel.db")
        let result = cramp.ok(["backup", "-o", target])
        #expect(result.stdout == target + "\n")
        #expect(result.messageLines == ["backed up 2 episodes (schema version \(MigrationCatalogue.latestVersion)) to \(target); integrity check: ok"])
        #expect(try cramp.storedEpisodes(target) == cramp.storedEpisodes())
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
    }

    @Test func backupWithoutOGoesToTheBackupsFolder() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        // 09:00 in Berlin is 08:00 UTC.
        let first = cramp.path("backups/cramp-20261121T080000Z-v\(MigrationCatalogue.latestVersion).db")
        #expect(cramp.ok(["backup"]).stdout == first + "\n")
        #expect(try cramp.storedEpisodes(first).count == 2)
        #expect(cramp.ok(["backup"]).stdout == cramp.path("backups/cramp-20261121T080000Z-v\(MigrationCatalogue.latestVersion)-2.db") + "\n")
    }

    @Test func backupRefusesAnExistingFileAndLeavesItAlone() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let target = try cramp.write("keep me", to: "taken.db")
        let result = cramp.run(["backup", "-o", target])
        expectUsageRefusal(result, field: "-o")
        #expect(result.stderr.contains("a backup never replaces a file"), "\(result.stderr)")
        #expect(cramp.bytes(target) == Data("keep me".utf8))
    }

    @Test(arguments: ["backup", "check"])
    func backupAndCheckWithoutADiaryAreUsageErrors(_ command: String) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let result = cramp.run([command])
        expectUsageRefusal(result, field: "diary")
        #expect(result.stderr.contains("there is no diary there yet"))
        #expect(cramp.names().isEmpty)
    }

    @Test func checkIsSilentOnAHealthyDiary() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.run(["check"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stdout)\(result.stderr)")
    }

    @Test(arguments: [Data("just some text\n".utf8), Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })])
    func aFileThatIsNotADatabaseIs65ForCheckAnd74ForOthersAndStaysUnchanged(_ content: Data) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        try content.write(to: URL(fileURLWithPath: cramp.database))
        let check = cramp.run(["check"])
        #expect(check.status == 65)
        #expect(check.stdout.isEmpty)
        #expect(check.stderr.hasPrefix("cramp: \(cramp.database) is not healthy:"), "\(check.stderr)")
        #expect(check.stderr.contains("it is not a SQLite database"), "\(check.stderr)")
        for arguments in [["list"], ["log", "left", "2m"], ["status"], ["export"]] {
            let other = cramp.run(arguments)
            #expect(other.status == 74, "\(arguments): \(other.status) \(other.stderr)")
            #expect(other.stdout.isEmpty && other.stderr.hasPrefix("cramp: "), "\(arguments): \(other.stderr)")
        }
        #expect(cramp.bytes(cramp.database) == content)
        #expect(cramp.names() == ["cramp.db"])
    }

    @Test func pathsShowsWhereEverythingIsAndCreatesNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["paths"]).outputLines == [
            "database   \(cramp.database) (from $CRAMP_DB; not created yet)",
            "backups    \(cramp.folder.path)/backups (none yet)",
            "settings   in the diary itself; all defaults (cramp config list shows them)",
            "time zone  TZ=Europe/Berlin",
        ])
        #expect(cramp.names().isEmpty)

        cramp.ok(["config", "set", "night-window", "23:00-07:00"])
        cramp.ok(["backup"])
        #expect(cramp.ok(["paths"]).outputLines == [
            "database   \(cramp.database) (from $CRAMP_DB)",
            "backups    \(cramp.folder.path)/backups (1, newest cramp-20261121T080000Z-v\(MigrationCatalogue.latestVersion).db)",
            "settings   in the diary itself; 1 changed (night-window); cramp config list shows them",
            "time zone  TZ=Europe/Berlin",
        ])
        let flagged = cramp.ok(["paths", "--db", cramp.path("elsewhere/x.db")])
        #expect(flagged.outputLines.first == "database   \(cramp.path("elsewhere/x.db")) (from --db; not created yet)")
        #expect(!cramp.exists(cramp.path("elsewhere")))
    }
}
