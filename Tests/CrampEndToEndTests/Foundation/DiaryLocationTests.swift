import DiaryStore
import Foundation
import Testing

/// Where the diary lives, what a first run creates, and what is refused as it is.
@Suite("Diary location and files")
struct DiaryLocationTests {
    @Test func theFlagBeatsTheVariablesWhichBeatTheDefaults() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let base = cramp.folder.path
        let everything = ["CRAMP_DB": "\(base)/env/cramp.db", "XDG_DATA_HOME": "\(base)/xdg", "HOME": "\(base)/home"]
        func log(_ extra: [String], _ environment: [String: String]) throws {
            let result = try cramp.run(["log", "left", "1m"] + extra, environment: environment, useDefaultDatabase: false)
            #expect(result.status == 0, "\(result.stderr)")
        }
        try log(["--db", "\(base)/flag/cramp.db"], everything)
        try log([], everything)
        try log([], everything.filter { $0.key != "CRAMP_DB" })
        try log([], ["HOME": "\(base)/home"])
        // A relative XDG_DATA_HOME is ignored, as the XDG spec says.
        try log([], ["XDG_DATA_HOME": "relative/data", "HOME": "\(base)/home"])
        for (path, count) in [("flag/cramp.db", "1"), ("env/cramp.db", "1"), ("xdg/cramp/cramp.db", "1"),
                              ("home/.local/share/cramp/cramp.db", "2")] {
            #expect(try cramp.row("SELECT count(*) FROM episode", database: "\(base)/\(path)") == count, "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(base)/relative"))
    }

    @Test func theFirstWriteCreatesAnOwnerOnlyFolderAndFile() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let home = cramp.folder.path + "/home"
        let result = try cramp.run(["log", "left", "1m"], environment: ["HOME": home], useDefaultDatabase: false)
        #expect(result.status == 0, "\(result.stderr)")
        for folder in [".local", ".local/share", ".local/share/cramp"] {
            #expect(try cramp.permissions("\(home)/\(folder)") == 0o700, "\(folder)")
        }
        #expect(try cramp.permissions("\(home)/.local/share/cramp/cramp.db") == 0o600)
        #expect(try cramp.row("PRAGMA user_version", database: "\(home)/.local/share/cramp/cramp.db") == String(MigrationCatalogue.latestVersion))
    }

    @Test func bareCrampPrintsAStatusAndWritesNothing() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let fresh = try cramp.ok([])
        #expect(fresh.stdout.hasPrefix("No diary yet at \(cramp.database)."), "\(fresh.stdout)")
        #expect(cramp.snapshot().isEmpty, "bare cramp created \(cramp.snapshot().keys.sorted())")

        try cramp.ok(["log", "left", "calf", "2m", "--at", "03:00"])
        let before = cramp.snapshot()
        let status = try cramp.ok([])
        #expect(status.stdout.hasPrefix("Diary: \(cramp.database) (1 episode)\n"), "\(status.stdout)")
        #expect(status.stdout.contains("Last episode: #1 cramp, left calf, 2m"), "\(status.stdout)")
        #expect(status.stdout.contains("Last night (Fri 2026-11-20): 1 cramp on 1 night"), "\(status.stdout)")
        #expect(status.stderr.isEmpty)
        #expect(cramp.snapshot() == before)
    }

    @Test func readingCommandsOnAFreshMachineCreateNothing() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        for arguments in [["list"], ["list", "--json"], ["config", "list"], ["config", "get", "night-window"],
                          ["undo"], ["status"], ["config", "reset", "break-interval"]] {
            let result = try cramp.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(cramp.snapshot().isEmpty, "created \(cramp.snapshot().keys.sorted())")
        #expect(try cramp.ok(["list", "--json"]).stdout == "[]\n")
    }

    @Test(arguments: ["newer", "not a database", "another program's"])
    func aFileThatIsNotOurDiaryIsRefusedUnchanged(_ kind: String) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        switch kind {
        case "newer": _ = try cramp.sql("CREATE TABLE episode (id INTEGER); PRAGMA user_version = 99;")
        case "not a database": try Data("left calf 2m\n".utf8).write(to: URL(fileURLWithPath: cramp.database))
        default: _ = try cramp.sql("CREATE TABLE contacts (name TEXT);")
        }
        let before = cramp.snapshot()
        #expect(before.keys.sorted() == ["cramp.db"])
        for arguments in [["log", "left", "1m"], ["list"], [], ["undo"]] {
            let result = try cramp.run(arguments)
            #expect(result.status == 74, "\(kind) \(arguments): \(result.status) \(result.stderr)")
            #expect(result.messageLines.count == 1, "\(result.stderr)")
            #expect(result.stderr.contains("left unchanged"), "\(result.stderr)")
            #expect(cramp.snapshot() == before, "\(kind) \(arguments) changed the folder")
        }
    }

    /// The binary copied alone to another folder, with the build folder and the source Migrations/ hidden
    /// (a private mount namespace lays empty folders over them), still creates and migrates a diary.
    @Test func theBinaryCopiedAloneStillCreatesAndMigratesADiary() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let alone = cramp.folder.appendingPathComponent("alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let copy = alone.appendingPathComponent("cramp")
        try FileManager.default.copyItem(at: CrampRun.binary, to: copy)

        let binaryPath = CrampRun.binary.resolvingSymlinksInPath().path
        let buildFolder = try #require(binaryPath.range(of: "/.build/").map { String(binaryPath[..<$0.lowerBound]) + "/.build" },
                                       "the binary is not under a .build folder: \(binaryPath)")
        let migrations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Migrations").path
        #expect(FileManager.default.fileExists(atPath: migrations + "/0001_init.sql"))

        // The script proves the folders are hidden before running the copy.
        let script = """
            mount -t tmpfs none "$1" && mount -t tmpfs none "$2" || exit 90
            [ -z "$(ls -A "$1")" ] && [ ! -e "$2/0001_init.sql" ] || exit 91
            shift 2
            exec "$@"
            """
        let database = cramp.folder.path + "/elsewhere/diary.db"
        // As root a mount namespace suffices; otherwise a user namespace grants the mounts.
        let namespaces = getuid() == 0 ? ["--mount"] : ["--user", "--map-root-user", "--mount"]
        let unshare = URL(fileURLWithPath: "/usr/bin/unshare")
        for arguments in [["log", "left", "calf", "2m", "--db", database], ["list", "--db", database]] {
            let result = try cramp.run(namespaces + ["sh", "-c", script, "sh", buildFolder, migrations, copy.path] + arguments,
                                       useDefaultDatabase: false, executable: unshare)
            #expect(result.status == 0, "exit \(result.status): \(result.stderr)")
        }
        #expect(try cramp.row("PRAGMA user_version", database: database) == String(MigrationCatalogue.latestVersion))
        #expect(try cramp.row("SELECT leg, site, duration_s FROM episode", database: database) == "left|calf|120")

        // An empty file (version 0) is migrated by the copy too.
        let empty = cramp.folder.path + "/elsewhere/empty.db"
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let migrated = try cramp.run(namespaces + ["sh", "-c", script, "sh", buildFolder, migrations, copy.path, "log", "right", "1m",
                                                   "--db", empty], useDefaultDatabase: false, executable: unshare)
        #expect(migrated.status == 0, "\(migrated.stderr)")
        #expect(try cramp.row("PRAGMA user_version", database: empty) == String(MigrationCatalogue.latestVersion))
    }
}
