import Diary
import DiaryStore
import Testing

/// A stored value outside what the tables' CHECKs allow can only come from an altered or damaged file;
/// every reader reports it as `StoreError.damaged` naming the file and the row, like SQLite's own corruption.
@Suite("Damaged stored values")
struct DamagedValueTests {
    @Test func anUnknownEpisodeWordIsDamageInEveryReader() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let id = try file.write { try repository.insert(RepositoryTests.fullEpisode, nowUTC: Moments.now) }
        try alter(file, "UPDATE episode SET kind = 'sneeze' WHERE id = \(id)")

        let fetched = #expect(throws: StoreError.self) { try repository.fetch(id: id) }
        expectDamaged(fetched, file, mentioning: "episode \(id) holds the kind \"sneeze\"")
        let listed = #expect(throws: StoreError.self) { try repository.episodes(fromUTC: 0, toUTC: .max) }
        expectDamaged(listed, file, mentioning: "sneeze")
        let outlined = #expect(throws: StoreError.self) { try repository.outlines(fromUTC: 0, toUTC: .max) }
        expectDamaged(outlined, file, mentioning: "unknown kind")
    }

    @Test func anUnknownReliefOutcomeIsDamage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let id = try file.write { try repository.insert(RepositoryTests.fullEpisode, nowUTC: Moments.now) }
        try alter(file, "UPDATE episode_relief SET outcome = 'magic' WHERE episode_id = \(id)")
        let error = #expect(throws: StoreError.self) { try repository.fetch(id: id) }
        expectDamaged(error, file, mentioning: "episode \(id) holds the outcome \"magic\"")
    }

    @Test func anUnknownPostureIsDamage() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = PostureRepository(file.db)
        let session = PostureSession(posture: .standing, start: Moments.nightCramp, durationSeconds: 3600)
        let id = try file.write { try repository.insert(session, nowUTC: Moments.now) }
        try alter(file, "UPDATE posture_session SET posture = 'lying' WHERE id = \(id)")
        let error = #expect(throws: StoreError.self) { try repository.fetch(id: id) }
        expectDamaged(error, file, mentioning: "posture session \(id) holds the posture \"lying\"")
    }

    @Test func anUnknownJournalEntryIsDamageAndUndoChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        try file.write {
            let id = try EpisodeRepository(file.db).insert(RepositoryTests.fullEpisode, nowUTC: Moments.now)
            try Journal(file.db).begin(command: "log", nowUTC: Moments.now).inserted(.episode, rowID: id)
        }
        try alter(file, "UPDATE operation_change SET target = 'medicine'")
        let error = #expect(throws: StoreError.self) {
            try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now + 5) }
        }
        expectDamaged(error, file, mentioning: "\"medicine/insert\"")
        #expect(try EpisodeRepository(file.db).count() == 1)
        #expect(try file.db.scalarInt("SELECT count(*) FROM operation WHERE undone_utc IS NULL") == 1)
    }

    // Issue 11, point 16: a run of ids in the journal that this cramp cannot read is damage, and undo deletes nothing.
    @Test func aJournalRunThatCannotBeReadIsDamageAndUndoChangesNothing() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        try file.write {
            let operation = try Journal(file.db).begin(command: "import", nowUTC: Moments.now)
            for _ in 0..<2 { _ = try EpisodeRepository(file.db).insert(RepositoryTests.fullEpisode, nowUTC: Moments.now) }
            try operation.inserted(.episode, ids: 1...2)
            try operation.describe("imported 2 episodes")
        }
        for key in ["2..1", "1..", "1-2", "x"] {
            try file.db.run("UPDATE operation_change SET row_key = ?", key)
            let error = #expect(throws: StoreError.self) {
                try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now + 5) }
            }
            expectDamaged(error, file, mentioning: "the rows \"\(key)\" of episode")
            #expect(try EpisodeRepository(file.db).count() == 2)
        }
    }

    /// Writes `sql` with the tables' CHECKs off, as only a program other than cramp could.
    private func alter(_ file: DiaryFile, _ sql: String) throws {
        try file.db.executeScript("PRAGMA ignore_check_constraints = ON; \(sql); PRAGMA ignore_check_constraints = OFF")
    }

    private func expectDamaged(_ error: StoreError?, _ file: DiaryFile, mentioning text: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        guard case .damaged(let path, let detail)? = error else {
            Issue.record("expected damaged, got \(String(describing: error))", sourceLocation: sourceLocation)
            return
        }
        #expect(path == file.path, sourceLocation: sourceLocation)
        #expect(detail.contains(text), "\(detail)", sourceLocation: sourceLocation)
    }
}
