import Diary
@testable import DiaryStore
import Foundation
import TestSupport
import Testing

@Suite("Robustness: cramp check")
struct RobustnessCheckTests {
    /// A diary with `episodes` logged episodes in a fresh folder.
    private func diary(_ scratch: ScratchFolder, episodes: Int = 20) throws -> String {
        let path = scratch.path + "/cramp.db"
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try Diaries.log(episodes, into: file)
        return path
    }

    @Test func aHealthyDiaryHasNoProblems() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try diary(scratch)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let report = try IntegrityCheck.run(path: path)
        #expect(report.problems == [])
        #expect(report.schemaVersion == MigrationCatalogue.latestVersion)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "check only reads")
    }

    // Issue 11, point 12: an empty file is a wiped diary, not a healthy one.
    @Test func point12_anEmptyFileIsNotHealthy() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/empty.db"
        try Data().write(to: URL(fileURLWithPath: path))
        let report = try IntegrityCheck.run(path: path)
        #expect(!report.isHealthy)
        #expect(report.problems.first?.contains("empty (0 bytes)") == true)
    }

    @Test func aRowPointingNowhereIsReported() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try diary(scratch)
        // Only a tool that turns foreign keys off can do this; cramp never does.
        let db = try Database(path: path, create: false)
        try db.executeScript("PRAGMA foreign_keys = OFF; INSERT INTO episode_trigger (episode_id, position, name) VALUES (999, 0, 'cold')")
        let report = try IntegrityCheck.run(path: path)
        #expect(report.problems == ["a row of episode_trigger points to a missing episode row"])
        try db.executeScript("INSERT INTO operation_change (operation_id, seq, target, row_id, action) VALUES (777, 0, 'episode', 1, 'insert')")
        #expect(try IntegrityCheck.run(path: path).problems.contains("a row of operation_change points to a missing operation row"))
    }

    @Test func aMissingIndexIsReported() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try diary(scratch)
        try Database(path: path, create: false).executeScript("DROP INDEX episode_by_start")
        #expect(try IntegrityCheck.run(path: path).problems == ["the index episode_by_start is missing"])
    }

    @Test(.proof) func overwrittenPagesAreReported() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try diary(scratch, episodes: 400)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let pageSize = 4096
        try #require(bytes.count > 8 * pageSize)
        // Scribble over all of page 5, a b-tree page of a table or an index (free space inside a page is not
        // checked by SQLite, so a smaller scribble could land where nothing is stored).
        for offset in (4 * pageSize)..<(5 * pageSize) { bytes[offset] = 0xA5 }
        try bytes.write(to: URL(fileURLWithPath: path))
        let report = try IntegrityCheck.run(path: path)
        #expect(!report.isHealthy)
        proofLine("check on a file with one overwritten page: \(report.problems.count) problem(s), first: \(report.problems.first ?? "-")")
    }

    @Test(arguments: [50, 100, 4096, 20_000])
    func aTruncatedDiaryIsReportedAsDamaged(keptBytes: Int) throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try diary(scratch, episodes: 200)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try #require(bytes.count > keptBytes)
        try bytes.prefix(keptBytes).write(to: URL(fileURLWithPath: path))
        let report = try IntegrityCheck.run(path: path)
        #expect(!report.isHealthy)
        #expect(report.problems.allSatisfy { $0.contains("damaged") || $0.contains("integrity") || $0.contains("not a SQLite") },
                "\(report.problems)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes.prefix(keptBytes), "check only reads")
        // Opening it as a diary is refused the same way, before anything is written.
        #expect(throws: StoreError.self) { _ = try DiaryFile.open(path: path, create: true) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes.prefix(keptBytes))
    }

    @Test func aFileThatIsNotADatabaseIsReported() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = scratch.path + "/notes.db"
        try Data(String(repeating: "my notes about cramps\n", count: 300).utf8).write(to: URL(fileURLWithPath: path))
        #expect(try IntegrityCheck.run(path: path).problems == [
            "it is not a SQLite database (its first bytes are not a SQLite header)",
        ])
    }

    @Test func aForeignDatabaseAndANewerDiaryAreReported() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let foreign = scratch.path + "/other.db"
        try Database(path: foreign).executeScript("CREATE TABLE notes (x TEXT)")
        #expect(try IntegrityCheck.run(path: foreign).problems.first?.contains("not a cramp diary") == true)

        let newer = try diary(scratch)
        try Database(path: newer, create: false).executeScript("PRAGMA user_version = 99")
        let report = try IntegrityCheck.run(path: newer)
        #expect(report.schemaVersion == 99)
        #expect(report.problems.first?.contains("newer cramp (schema version 99") == true)
    }

    @Test func aDiaryAtAnOlderVersionIsHealthyAndAtTheTestVersionIsComparedWithIt() throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let path = try diary(scratch)
        // Checked by a cramp that knows a version 2: version 1 is old, not damaged.
        #expect(try IntegrityCheck.run(path: path, migrator: Diaries.withTestUpgrade()).isHealthy)
        _ = try DiaryFile.open(path: path, create: false, migrator: Diaries.withTestUpgrade())
        #expect(try IntegrityCheck.run(path: path, migrator: Diaries.withTestUpgrade()).isHealthy)
        try Database(path: path, create: false).executeScript("DROP TABLE test_only_upgrade")
        #expect(try IntegrityCheck.run(path: path, migrator: Diaries.withTestUpgrade()).problems
            == ["the table test_only_upgrade is missing"])
    }
}
