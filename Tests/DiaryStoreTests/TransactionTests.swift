import Diary
import DiaryStore
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Abandon: Error, Equatable { let reason: String }

    @Test func aThrowInsideATransactionLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("diary.db")
        let file = try #require(try DiaryFile.open(path: path, create: true))
        let episode = Episode(start: Moments.nightCramp, leg: .left, site: .calf, durationSeconds: 90,
                              triggers: [Trigger(.cold)], reliefs: [Relief(.stretch, outcome: .helped)])

        let thrown = #expect(throws: Abandon.self) {
            try file.write {
                let id = try EpisodeRepository(file.db).insert(episode, nowUTC: Moments.now)
                let operation = try Journal(file.db).begin(command: "log", nowUTC: Moments.now)
                try operation.inserted(.episode, rowID: id)
                try SettingsRepository(file.db).set(.breakInterval, to: "30")
                throw Abandon(reason: "changed my mind")
            }
        }
        #expect(thrown == Abandon(reason: "changed my mind"), "the body's own error comes back unchanged")
        #expect(!file.db.isInTransaction)
        try expectEmpty(file.db)
        // A second connection, as another `cramp` process would open, sees nothing either.
        let other = try Database(path: path, create: false)
        try expectEmpty(other)
        // And the connection is usable afterwards.
        let id = try file.write { try EpisodeRepository(file.db).insert(episode, nowUTC: Moments.now) }
        #expect(try EpisodeRepository(other).fetch(id: id)?.triggers == [Trigger(.cold)])
    }

    @Test func aConstraintFailureMidwayRollsBackTheEarlierWrites() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let error = #expect(throws: StoreError.self) {
            try file.write {
                try file.db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 3600, 1)")
                try file.db.run("INSERT INTO setting (key, value) VALUES ('colour', 'blue')")
            }
        }
        guard case .sqlite(_, let underlying) = error else {
            Issue.record("expected a SQLite failure, got \(String(describing: error))")
            return
        }
        #expect(underlying.isConstraint)
        #expect(try file.db.scalarInt("SELECT count(*) FROM stretch_break") == 0)
        #expect(!file.db.isInTransaction)
    }

    @Test func aReturningTransactionCommits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("diary.db")
        do {
            let file = try #require(try DiaryFile.open(path: path, create: true))
            let value = try file.write {
                try file.db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 3600, 1)")
                return "done"
            }
            #expect(value == "done")
        }
        let reopened = try #require(try DiaryFile.open(path: path, create: false))
        #expect(try reopened.db.scalarInt("SELECT count(*) FROM stretch_break") == 1)
    }

    /// A writer holding the lock makes a second writer wait, then give up as `busy` with nothing written.
    @Test func aSecondWriterWaitsForTheFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("diary.db")
        let first = try #require(try DiaryFile.open(path: path, create: true))
        let second = try #require(try DiaryFile.open(path: path, create: false))
        try second.db.executeScript("PRAGMA busy_timeout = 50")
        try first.write {
            try first.db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (1, 3600, 1)")
            let error = #expect(throws: StoreError.self) {
                try second.write { try second.db.run("INSERT INTO stretch_break (at_utc, utc_offset, created_utc) VALUES (2, 3600, 2)") }
            }
            guard case .busy = error else {
                Issue.record("expected busy, got \(String(describing: error))")
                return
            }
        }
        #expect(try second.db.scalarInt("SELECT count(*) FROM stretch_break") == 1)
    }

    private func expectEmpty(_ db: Database) throws {
        for table in ["episode", "episode_trigger", "episode_relief", "operation", "operation_change", "setting"] {
            #expect(try db.scalarInt("SELECT count(*) FROM \(table)") == 0, "\(table) kept a row from a failed transaction")
        }
    }
}
