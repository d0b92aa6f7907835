import DiaryStore
import Foundation
import Testing

@Suite("cramp backup, check and paths")
struct BackupCheckPathsTests {
    @Test func backupPrintsThePathOfAVerifiedCopy() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        for minutes in [10, 20, 30] {
            #expect(try cramp.run(["log", "left", "calf", "2m", "--at", "\(minutes)m ago"]).status == 0)
        }
        let backup = try cramp.run(["backup"])
        #expect(backup.status == 0, "\(backup.stderr)")
        // 2026-11-21T09:00 in Berlin is 08:00 UTC.
        let expected = cramp.folder.appendingPathComponent("backups/cramp-20261121T080000Z-v\(MigrationCatalogue.latestVersion).db").path
        #expect(backup.stdout == expected + "\n")
        #expect(backup.stderr.contains("backed up 3 episodes (schema version \(MigrationCatalogue.latestVersion))"))
        #expect(try cramp.sql("SELECT count(*) FROM episode", database: expected) == ["3"])
        #expect(try cramp.sql("PRAGMA integrity_check", database: expected) == ["ok"])

        let again = try cramp.run(["backup"])
        #expect(again.stdout.hasSuffix("cramp-20261121T080000Z-v\(MigrationCatalogue.latestVersion)-2.db\n"))
        let named = try cramp.run(["backup", "-o", cramp.folder.appendingPathComponent("before-travel.db").path])
        #expect(named.status == 0)
        let refused = try cramp.run(["backup", "-o", cramp.folder.appendingPathComponent("before-travel.db").path])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("a backup never replaces a file"))
    }

    @Test func backupAndCheckOnAMissingDiaryExplainWhere() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        for command in ["backup", "check"] {
            let result = try cramp.run([command])
            #expect(result.status == 64)
            #expect(result.stderr.contains("there is no diary there yet"), "\(result.stderr)")
            #expect(result.stderr.contains(cramp.database))
        }
        #expect(!FileManager.default.fileExists(atPath: cramp.database), "check and backup create nothing")
    }

    @Test func checkIsSilentWhenHealthyAndExplainsWhenNot() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        #expect(try cramp.run(["log", "left", "calf", "2m"]).status == 0)
        let healthy = try cramp.run(["check"])
        #expect(healthy.status == 0)
        #expect(healthy.stdout.isEmpty && healthy.stderr.isEmpty)

        _ = try cramp.sql("PRAGMA foreign_keys = OFF; INSERT INTO episode_relief (episode_id, position, name) VALUES (42, 0, 'heat'); DROP INDEX episode_by_start")
        let broken = try cramp.run(["check"])
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("is not healthy"))
        #expect(broken.stderr.contains("a row of episode_relief points to a missing episode row"))
        #expect(broken.stderr.contains("the index episode_by_start is missing"))
        // Issue 11, point 9: no moving files by hand; with no backup yet, copying out what can be read.
        #expect(broken.stderr.contains("There is no backup in \(cramp.folder.appendingPathComponent("backups").path)"))
        #expect(!broken.stderr.contains("move this file aside"))
        let backup = try cramp.run(["backup"]).stdout.trimmingCharacters(in: .newlines)
        #expect(try cramp.run(["check"]).stderr.contains("cramp restore \(backup)"))
    }

    @Test func pathsShowsTheDiaryBackupsAndSettings() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let before = try cramp.run(["paths"])
        #expect(before.status == 0)
        #expect(before.stdout.contains("database   \(cramp.database) (from $CRAMP_DB; not created yet)"))
        #expect(before.stdout.contains("backups    \(cramp.folder.path)/backups (none yet)"))
        #expect(before.stdout.contains("settings   in the diary itself; all defaults"))
        #expect(!FileManager.default.fileExists(atPath: cramp.database), "paths creates nothing")

        #expect(try cramp.run(["config", "set", "night-window", "23:00-07:00"]).status == 0)
        #expect(try cramp.run(["backup"]).status == 0)
        let after = try cramp.run(["paths"])
        #expect(after.stdout.contains("database   \(cramp.database) (from $CRAMP_DB)\n"))
        #expect(after.stdout.contains("(1, newest cramp-20261121T080000Z-v\(MigrationCatalogue.latestVersion).db)"))
        #expect(after.stdout.contains("1 changed (night-window)"))
        #expect(after.stdout.contains("time zone  TZ=Europe/Berlin"))

        // Without CRAMP_DB the XDG default applies, under HOME.
        let xdg = try cramp.run(["paths"], useDefaultDatabase: false)
        #expect(xdg.stdout.contains("database   \(cramp.folder.path)/.local/share/cramp/cramp.db (the default; change it with --db or $CRAMP_DB"))
        let flag = try cramp.run(["paths", "--db", "/tmp/elsewhere/x.db"])
        #expect(flag.stdout.contains("database   /tmp/elsewhere/x.db (from --db; not created yet)"))
        #expect(flag.stdout.contains("backups    /tmp/elsewhere/backups"))
    }
}
