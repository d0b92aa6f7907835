import Diary
import DiaryStore
import Testing

/// `cramp undo`'s journal: each command reverted as a whole, the most recent first.
@Suite("Undo journal")
struct JournalTests {
    @Test func undoOfAnInsertRemovesTheRowAndItsLists() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let id = try log(RepositoryTests.fullEpisode, in: file)
        let undone = try #require(try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now + 5) })
        #expect(undone.command == "log")
        #expect(undone.summary == "logged #\(id)")
        #expect(undone.atUTC == Moments.now)
        #expect(undone.changes == 1)
        #expect(try EpisodeRepository(file.db).fetch(id: id) == nil)
        #expect(try file.db.scalarInt("SELECT count(*) FROM episode_trigger") == 0)
        #expect(try file.db.scalarInt("SELECT undone_utc FROM operation") == Moments.now + 5)
    }

    @Test func undoOfAnUpdateRestoresEveryFieldAndTheLists() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let id = try log(RepositoryTests.fullEpisode, in: file)
        let original = try #require(try repository.fetch(id: id))
        var edited = original
        edited.kind = .numbness
        edited.start = Moments.stamp(original.start.utc - 600)
        edited.site = nil
        edited.durationSeconds = 30
        edited.intensity = 2
        edited.woke = .no
        edited.triggers = [Trigger("neue Schuhe")!]
        edited.reliefs = [Relief(.heat, outcome: .noHelp)]
        edited.note = nil
        try file.write {
            let operation = try Journal(file.db).begin(command: "edit", nowUTC: Moments.now + 60)
            try operation.willChange(.episode, rowID: id, .update)
            try repository.update(edited, nowUTC: Moments.now + 60)
            try operation.describe("edited #\(id)")
        }
        #expect(try repository.fetch(id: id)?.reliefs == [Relief(.heat, outcome: .noHelp)])
        let undone = try #require(try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now + 120) })
        #expect(undone.command == "edit")
        #expect(try repository.fetch(id: id) == original, "undo of edit must restore fields, triggers, reliefs and times")
    }

    @Test func undoOfADeleteRestoresTheSameIDAndIDsAreNotReused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        let first = try log(RepositoryTests.fullEpisode, in: file)
        let second = try log(Episode(start: Moments.nightCramp, leg: .left, durationSeconds: 60), in: file)
        let original = try #require(try repository.fetch(id: first))
        try file.write {
            let operation = try Journal(file.db).begin(command: "delete", nowUTC: Moments.now)
            try operation.willChange(.episode, rowID: first, .delete)
            try repository.delete(id: first)
            try operation.describe("deleted #\(first)")
        }
        #expect(try repository.fetch(id: first) == nil)
        _ = try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now) }
        #expect(try repository.fetch(id: first) == original)
        // A new episode gets a fresh number, never one already handed out.
        let third = try log(Episode(start: Moments.nightCramp, leg: .right, durationSeconds: 60), in: file)
        #expect(third > second)
    }

    @Test func undoRevertsCommandsMostRecentFirstThenSaysNothingIsLeft() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let a = try log(Episode(start: Moments.nightCramp, leg: .left, durationSeconds: 60), in: file)
        let b = try log(Episode(start: Moments.nightCramp, leg: .right, durationSeconds: 60), in: file)
        let journal = Journal(file.db)
        #expect(try journal.last()?.summary == "logged #\(b)")
        #expect(try file.write { try journal.undoLast(nowUTC: Moments.now) }?.summary == "logged #\(b)")
        #expect(try EpisodeRepository(file.db).fetch(id: a) != nil)
        #expect(try file.write { try journal.undoLast(nowUTC: Moments.now) }?.summary == "logged #\(a)")
        #expect(try EpisodeRepository(file.db).count() == 0)
        #expect(try file.write { try journal.undoLast(nowUTC: Moments.now) } == nil)
        #expect(try journal.last() == nil)
    }

    @Test func oneCommandTouchingSeveralRowsIsRevertedAsAWhole() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let sessionStart = Moments.stamp(Moments.now - 3600)
        try file.write {
            let operation = try Journal(file.db).begin(command: "sit", nowUTC: Moments.now)
            let session = try PostureRepository(file.db).insert(
                PostureSession(posture: .sitting, start: sessionStart, durationSeconds: 3600), nowUTC: Moments.now)
            try operation.inserted(.postureSession, rowID: session)
            let pause = try BreakRepository(file.db).insert(StretchBreak(at: Moments.stamp(Moments.now - 600)), nowUTC: Moments.now)
            try operation.inserted(.stretchBreak, rowID: pause)
            try operation.willChangeSetting(SettingKey.breakInterval.rawValue)
            try SettingsRepository(file.db).set(.breakInterval, to: "30")
            try operation.describe("three changes")
        }
        let undone = try #require(try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now) })
        #expect(undone.changes == 3)
        #expect(try PostureRepository(file.db).count() == 0)
        #expect(try BreakRepository(file.db).breaks(fromUTC: 0, toUTC: Moments.now + 1).isEmpty)
        #expect(try SettingsRepository(file.db).stored().isEmpty)
    }

    // Issue 11, point 16: an import journals each run of consecutive new ids as one change; undo removes exactly
    // those rows with their lists, never a row the diary held before (it breaks the run).
    @Test func point16_runsOfInsertedIdsAreOneChangeEachAndUndoRemovesExactlyThem() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let repository = EpisodeRepository(file.db)
        func episode(_ id: Int64) -> Episode {
            var episode = RepositoryTests.fullEpisode
            episode.id = id
            return episode
        }
        let before = try file.write { try [1, 2, 9].map { try repository.insert(episode($0), nowUTC: Moments.now, keepingID: true) } }
        try file.write {
            let operation = try Journal(file.db).begin(command: "import", nowUTC: Moments.now)
            let runs = InsertedRuns(operation, .episode)
            for id: Int64 in [3, 4, 5, 6, 7, 8, 10, 11, 12, 20] {
                _ = try repository.insert(episode(id), nowUTC: Moments.now, keepingID: true)
                try runs.add(id)
            }
            try runs.finish()
            try operation.describe("imported 10 episodes")
        }
        let changes = try file.db.prepare("SELECT coalesce(row_id, row_key) FROM operation_change ORDER BY seq")
            .bind([]).all { $0.text(0) }
        #expect(changes == ["3..8", "10..12", "20"])
        let undone = try #require(try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now + 5) })
        #expect(undone.command == "import" && undone.changes == 10)
        #expect(try file.db.prepare("SELECT id FROM episode ORDER BY id").bind([]).all { $0.int64(0) } == before)
        #expect(try file.db.scalarInt("SELECT count(DISTINCT episode_id) FROM episode_trigger") == 3)
        #expect(try file.db.scalarInt("SELECT count(DISTINCT episode_id) FROM episode_relief") == 3)
    }

    @Test func undoOfSettingChangesRestoresThePreviousValueOrTheDefault() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        let settings = SettingsRepository(file.db)
        try setting(.breakInterval, to: "30", in: file)   // from the default
        try setting(.breakInterval, to: "25", in: file)   // from a stored value
        try file.write {                                    // back to the default
            let operation = try Journal(file.db).begin(command: "config reset", nowUTC: Moments.now)
            try operation.willChangeSetting(SettingKey.breakInterval.rawValue)
            try settings.reset(.breakInterval)
            try operation.describe("reset")
        }
        #expect(try settings.stored().isEmpty)
        _ = try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now) }
        #expect(try settings.stored() == ["break-interval": "25"])
        _ = try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now) }
        #expect(try settings.stored() == ["break-interval": "30"])
        _ = try file.write { try Journal(file.db).undoLast(nowUTC: Moments.now) }
        #expect(try settings.stored().isEmpty)
    }

    @Test func aFailedCommandLeavesNoJournalEntry() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try freshDiary(folder)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try file.write {
                _ = try Journal(file.db).begin(command: "log", nowUTC: Moments.now)
                throw Stop()
            }
        }
        #expect(try Journal(file.db).last() == nil)
    }

    /// Stores `episode` the way `cramp log` does: insert and journal entry in one transaction.
    private func log(_ episode: Episode, in file: DiaryFile) throws -> Int64 {
        try file.write {
            let id = try EpisodeRepository(file.db).insert(episode, nowUTC: Moments.now)
            let operation = try Journal(file.db).begin(command: "log", nowUTC: Moments.now)
            try operation.inserted(.episode, rowID: id)
            try operation.describe("logged #\(id)")
            return id
        }
    }

    private func setting(_ key: SettingKey, to value: String, in file: DiaryFile) throws {
        try file.write {
            let operation = try Journal(file.db).begin(command: "config set", nowUTC: Moments.now)
            try operation.willChangeSetting(key.rawValue)
            try SettingsRepository(file.db).set(key, to: value)
            try operation.describe("set \(key.rawValue)")
        }
    }
}
