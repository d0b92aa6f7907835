import Diary
import DiaryActions
import DiaryStore
import Foundation
import Testing

/// A diary in its own temporary folder and actions on it at a pinned moment (Berlin winter time, fixed offset).
struct ActionsDiary {
    let folder: URL
    var path: String { folder.appendingPathComponent("cramp.db").path }
    /// Sat 2026-11-21 09:00 +01:00.
    let nowUTC: Int64 = 1_795_248_000
    var clock: Clock { Clock(nowUTC: nowUTC, zone: FixedOffsetZone(seconds: 3600)) }
    var actions: Actions { Actions(path: path, clock: clock) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cramp-actions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Rows in `table`, counted with a connection of our own.
    func count(_ table: String) throws -> Int {
        let db = try Database(path: path, create: false)
        switch table {
        case "episode": return Int(try db.scalarInt("SELECT count(*) FROM episode") ?? -1)
        case "posture_session": return Int(try db.scalarInt("SELECT count(*) FROM posture_session") ?? -1)
        case "stretch_break": return Int(try db.scalarInt("SELECT count(*) FROM stretch_break") ?? -1)
        case "setting": return Int(try db.scalarInt("SELECT count(*) FROM setting") ?? -1)
        case "operation_change": return Int(try db.scalarInt("SELECT count(*) FROM operation_change") ?? -1)
        default: return Int(try db.scalarInt("SELECT count(*) FROM operation WHERE undone_utc IS NULL") ?? -1)
        }
    }

    func draft(_ words: String) throws -> EpisodeDraft {
        try EpisodeWords.parse(words.split(separator: " ").map(String.init), clock: clock)
    }
}

@Suite("Use-case layer: each action validates, writes and journals in one transaction")
struct ActionsTests {
    @Test func logFillsTheGapsFromThePreviousEpisodeAndJournalsOnce() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let first = try diary.actions.log(try diary.draft("left calf 2m"))
        #expect(first.episode.id == 1 && first.notes.isEmpty)
        let second = try diary.actions.log(EpisodeDraft())
        #expect(second.episode.leg == .left && second.episode.site == .calf && second.episode.durationSeconds == 120)
        #expect(second.notes == ["leg and site copied from #1", "duration not given, copied from #1"])
        #expect(try diary.count("episode") == 2 && diary.count("operation") == 2)
    }

    @Test func aRefusedLogCreatesNoDiary() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        #expect(throws: InputError.self) { try diary.actions.log(try diary.draft("left calf 90m")) }
        #expect(throws: InputError.self) { try diary.actions.log(EpisodeDraft()) }  // no leg and nothing to copy
        #expect(!FileManager.default.fileExists(atPath: diary.path))
        _ = try diary.actions.log(try diary.draft("left calf 90m"), confirmedLong: true)
        #expect(try diary.count("episode") == 1)
    }

    @Test func aDryRunStoresNothing() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let logged = try diary.actions.log(try diary.draft("right foot 30s"), dryRun: true)
        #expect(logged.dryRun && logged.episode.id == nil && logged.episode.leg == .right)
        #expect(!FileManager.default.fileExists(atPath: diary.path))
    }

    /// Every writing action is one journal operation, and undo reverts exactly it.
    @Test func everyWritingActionIsUndoneAsAWhole() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let actions = diary.actions
        _ = try actions.log(try diary.draft("left calf 2m"))
        let writes: [(String, () throws -> Void, String, Int)] = [
            ("log", { _ = try actions.log(try diary.draft("right foot 1m")) }, "episode", 1),
            ("edit", { _ = try actions.edit(id: 1, try diary.draft("3m")) }, "episode", 0),
            ("delete", { _ = try actions.delete(id: 1) }, "episode", -1),
            ("sit", { _ = try actions.recordPosture(.sitting, durationSeconds: 7200, breaksTaken: 1) }, "posture_session", 1),
            ("stand", { _ = try actions.recordPosture(.standing, durationSeconds: 3600, endingAt: Timestamp(utc: diary.nowUTC - 9000, offset: 3600)) }, "posture_session", 1),
            ("break", { _ = try actions.recordBreak() }, "stretch_break", 1),
            ("config set", { _ = try actions.setSetting(.breakInterval, to: "30") }, "setting", 1),
            ("import", { _ = try actions.importRecords(.episodes([Episode(start: Timestamp(utc: diary.nowUTC - 86_400, offset: 3600), leg: .both, durationSeconds: 60)]), from: "test.csv") }, "episode", 1),
        ]
        for (name, write, table, delta) in writes {
            let before = try diary.count(table)
            let operations = try diary.count("operation")
            try write()
            #expect(try diary.count("operation") == operations + 1, "\(name) journals one operation")
            #expect(try diary.count(table) == before + delta, "\(name) changes \(table) by \(delta)")
            guard case .undone(let undone) = try actions.undo() else {
                Issue.record("\(name): nothing undone")
                continue
            }
            #expect(undone.command == name, "\(name): undid \(undone.command)")
            #expect(try diary.count(table) == before, "\(name): undo restores \(table)")
        }
        let reset = try actions.resetSetting(.breakInterval)
        #expect(!reset.changed, "the undone set left the default in force")
        #expect(try actions.reader().episode(id: 1).durationSeconds == 120, "the undone edit put the duration back")
    }

    /// A write that fails half way leaves neither the rows it wrote nor its journal entry.
    @Test func aFailedWriteRollsBackTheChangeAndItsJournalEntry() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        _ = try diary.actions.log(try diary.draft("left calf 2m"))
        let start = Timestamp(utc: diary.nowUTC - 86_400, offset: 3600)
        // The second row breaks the table's CHECK (duration 0): the store refuses it after the first was written.
        let rows = [Episode(start: start, leg: .left, durationSeconds: 60),
                    Episode(start: start.adding(seconds: 60), leg: .left, durationSeconds: 0)]
        #expect(throws: (any Error).self) { try diary.actions.importRecords(.episodes(rows), from: "bad.csv") }
        #expect(try diary.count("episode") == 1)
        #expect(try diary.count("operation") == 1)
        guard case .undone(let undone) = try diary.actions.undo() else { Issue.record("nothing to undo"); return }
        #expect(undone.command == "log")
    }

    /// Importing rows that are all in the diary already writes nothing, not even a journal entry.
    @Test func anImportOfDuplicatesWritesNothing() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let logged = try diary.actions.log(try diary.draft("left calf 2m"))
        let result = try diary.actions.importRecords(.episodes([logged.episode]), from: "again.csv")
        #expect(!result.stored && result.duplicates == 1 && result.differingLines.isEmpty)
        #expect(try diary.count("operation") == 1)
    }

    /// The journal has one door: only `DiaryFile.journaled` starts an entry and only `undo` replays one, and
    /// the command-line layer never names it.
    @Test func onlyTheJournaledWriteOpensJournalEntries() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        func files(_ folder: String) throws -> [(String, String)] {
            let url = sources.appendingPathComponent(folder)
            return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.map {
                ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
            }
        }
        let cli = try files("CrampCLI")
        #expect(cli.count > 10)
        #expect(cli.filter { $0.1.contains("Journal") }.map(\.0) == [])
        let layer = try files("DiaryActions")
        #expect(layer.filter { $0.1.contains("Journal(") }.map(\.0).sorted() == ["JournaledWrite.swift", "Undo.swift"])
    }
}
