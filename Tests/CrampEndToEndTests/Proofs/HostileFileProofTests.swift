import Foundation
import Seeded
import TestSupport
import Testing

@Suite("Proof: hostile files get a clear message, a defined exit code, and stay byte-for-byte unchanged")
struct HostileFileProofTests {
    /// The commands tried on every hostile file.
    static let commands: [[String]] = [
        ["log", "left", "calf", "1m"], ["list", "all"], ["status"], ["undo"], ["config", "set", "break-interval", "30"],
        ["check"], ["backup"],
    ]

    /// What one command must do: its exit status and a phrase of its message.
    struct Expected {
        let status: Int32
        let phrase: String
    }

    /// Expected result per command, in the order of `commands`: everything that writes or reads the diary as a
    /// diary (`log` ... `config`) refuses it the same way; `check` diagnoses (65 for the file's content, 74 when
    /// it cannot be read); `backup` copies what can be copied.
    static func expectations(writes: Expected, check: Expected, backup: Expected, reads: Expected? = nil) -> [Expected] {
        [writes, reads ?? writes, reads ?? writes, writes, writes, check, backup]
    }

    /// A real diary made by `cramp log`, large enough that cutting it in half loses pages.
    static func makeDiary(_ cramp: CrampRun, at path: String? = nil) throws {
        for index in 0..<8 {
            var arguments = ["log", "left", "calf", "2m", "--at", "\(index + 1)h ago",
                             "--note", String(repeating: "a long note ", count: 200)]
            if let path { arguments += ["--db", path] }
            let result = try cramp.run(arguments)
            try #require(result.status == 0, "\(result.stderr)")
        }
    }

    /// Runs every command on the file at `path` (as another user when `asOtherUser`), checks each result and
    /// that the file's bytes never changed; returns the exit statuses seen.
    static func prove(_ name: String, _ cramp: CrampRun, path: String, expected: [Expected], asOtherUser: Bool = false) throws -> [Int32] {
        let before = try #require(cramp.bytes(of: path))
        var statuses: [Int32] = []
        for (command, expectation) in zip(commands, expected) {
            let arguments = command + ["--db", path]
            let result = asOtherUser ? try OtherUser.run(cramp, arguments) : try cramp.run(arguments)
            statuses.append(result.status)
            #expect(result.status == expectation.status, "\(name): cramp \(command.joined(separator: " ")) → \(result.status): \(result.stderr)")
            if expectation.status != 0 {
                #expect(result.stderr.contains(expectation.phrase), "\(name): cramp \(command[0]) said: \(result.stderr)")
                #expect(result.stderr.hasPrefix("cramp: "), "\(name): one clear line, not a crash: \(result.stderr)")
            }
            #expect(cramp.bytes(of: path) == before, "\(name): cramp \(command.joined(separator: " ")) changed the file")
        }
        return statuses
    }

    static func report(_ name: String, _ statuses: [Int32]) {
        let pairs = zip(commands, statuses).map { "\($0[0]) \($1)" }.joined(separator: ", ")
        proofLine("hostile file, \(name): \(pairs); file byte-for-byte unchanged")
    }

    @Test(.proof) func aFileThatIsNotSQLite() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try Data(String(repeating: "Mon: cramp at 3am, left calf\n", count: 200).utf8).write(to: URL(fileURLWithPath: cramp.database))
        let refused = Expected(status: 74, phrase: "is not a SQLite database")
        let statuses = try Self.prove("text file", cramp, path: cramp.database, expected: Self.expectations(
            writes: refused, check: Expected(status: 65, phrase: "not a SQLite database"), backup: refused))
        Self.report("a text file", statuses)

        var random = SeededRandom(seed: 7)
        let noise = Data((0..<16_384).map { _ in UInt8.random(in: 0...255, using: &random) })
        let binary = cramp.folder.appendingPathComponent("noise.db").path
        try noise.write(to: URL(fileURLWithPath: binary))
        let binaryStatuses = try Self.prove("random bytes", cramp, path: binary, expected: Self.expectations(
            writes: refused, check: Expected(status: 65, phrase: "not a SQLite database"), backup: refused))
        Self.report("16 KiB of random bytes", binaryStatuses)
    }

    @Test(.proof, arguments: [0.5, 0.1])
    func aTruncatedDiary(keptFraction: Double) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try Self.makeDiary(cramp)
        let whole = try #require(cramp.bytes(of: cramp.database))
        try whole.prefix(Int(Double(whole.count) * keptFraction)).write(to: URL(fileURLWithPath: cramp.database))
        let refused = Expected(status: 74, phrase: "is damaged")
        let statuses = try Self.prove("truncated", cramp, path: cramp.database, expected: Self.expectations(
            writes: refused, check: Expected(status: 65, phrase: "damaged"), backup: refused))
        Self.report("a diary cut to \(Int(keptFraction * 100))% of its \(whole.count) bytes", statuses)
    }

    @Test(.proof) func aDiaryFromANewerCramp() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try Self.makeDiary(cramp)
        _ = try cramp.sql("PRAGMA user_version = 99")
        let statuses = try Self.prove("newer", cramp, path: cramp.database, expected: Self.expectations(
            writes: Expected(status: 74, phrase: "was written by a newer cramp (schema version 99"),
            check: Expected(status: 65, phrase: "newer cramp (schema version 99"),
            backup: Expected(status: 0, phrase: "")))
        // A copy is harmless and may be wanted before going back to an older cramp.
        let backups = cramp.folder.appendingPathComponent("backups").path
        let copy = try #require(try FileManager.default.contentsOfDirectory(atPath: backups).first)
        #expect(try cramp.integer("PRAGMA user_version", database: backups + "/" + copy) == 99)
        Self.report("schema version 99", statuses)
    }

    @Test(.proof) func aSQLiteDatabaseThatIsNotADiary() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        _ = try cramp.sql("CREATE TABLE expenses (amount REAL); INSERT INTO expenses VALUES (12.5)")
        let refused = Expected(status: 74, phrase: "is a SQLite database but not a cramp diary")
        let statuses = try Self.prove("foreign", cramp, path: cramp.database, expected: Self.expectations(
            writes: refused, check: Expected(status: 65, phrase: "not a cramp diary"), backup: refused))
        Self.report("another program's SQLite database", statuses)
    }

    @Test(.proof, .enabled(if: OtherUser.permissionsApply, "as root permissions mean nothing, and setpriv cannot run cramp as nobody here"))
    func aReadOnlyDiary() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try Self.makeDiary(cramp)
        // The folder is the user's and writable; only the file is read-only.
        try OtherUser.give(cramp.folder.path, mode: 0o700)
        try OtherUser.give(cramp.database, mode: 0o400)
        let refused = Expected(status: 74, phrase: "is read-only")
        let ok = Expected(status: 0, phrase: "")
        let statuses = try Self.prove("read-only file", cramp, path: cramp.database, expected: Self.expectations(
            writes: refused, check: ok, backup: ok, reads: ok), asOtherUser: true)
        Self.report("a read-only diary (0400\(OtherUser.isRoot ? ", run as nobody" : ""))", statuses)
    }

    @Test(.proof, .enabled(if: OtherUser.permissionsApply, "as root permissions mean nothing, and setpriv cannot run cramp as nobody here"))
    func aDiaryInAReadOnlyFolder() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let folder = cramp.folder.appendingPathComponent("locked").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/cramp.db"
        try Self.makeDiary(cramp, at: path)
        try OtherUser.give(cramp.folder.path, mode: 0o755)
        try OtherUser.give(path, mode: 0o600)
        try OtherUser.give(folder, mode: 0o500)
        // A diary in WAL mode cannot even be read without creating its -shm file beside it.
        let refused = Expected(status: 74, phrase: "is read-only")
        let statuses = try Self.prove("read-only folder", cramp, path: path, expected: Self.expectations(
            writes: refused, check: refused, backup: refused), asOtherUser: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["cramp.db", "cramp.db-checked"])
        Self.report("a diary in a read-only folder (0500\(OtherUser.isRoot ? ", run as nobody" : ""))", statuses)
    }
}
