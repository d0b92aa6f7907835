import Diary
import DiaryActions
import DiaryStore
import Foundation
import Testing

/// The identity rules of an import (issue 11, point 4) at the use-case layer, for both record kinds.
@Suite("Use-case layer: which imported rows the diary already holds")
struct ImportIdentityTests {
    private func episode(_ id: Int64?, minute: Int64 = 0, leg: Leg = .left, seconds: Int = 60, offset: Int = 3600,
                         _ diary: ActionsDiary) -> Episode {
        Episode(id: id, start: Timestamp(utc: diary.nowUTC - 86_400 + minute * 60, offset: offset), leg: leg,
                durationSeconds: seconds)
    }

    // Issue 11, point 4
    @Test func point4_sameKeyEpisodesRoundTripAndMatchOneStoredRecordEach() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let rows = [episode(1, diary), episode(2, seconds: 120, diary)]
        let first = try diary.actions.importRecords(.episodes(rows), from: "v.csv")
        #expect((first.kept, first.renumbered, first.duplicates) == (2, 0, 0))
        // Again, and once more with the instant written with another offset and no ids: all matched.
        let again = try diary.actions.importRecords(.episodes(rows), from: "v.csv")
        #expect((again.kept, again.renumbered, again.duplicates) == (0, 0, 2) && again.differingLines.isEmpty)
        let noIDs = [episode(nil, offset: 0, diary), episode(nil, seconds: 120, offset: 0, diary), episode(nil, diary)]
        let third = try diary.actions.importRecords(.episodes(noIDs), from: "w.csv")
        #expect((third.kept, third.renumbered, third.duplicates) == (0, 1, 2))
        #expect(try diary.count("episode") == 3)
    }

    // Issue 11, point 4
    @Test func point4_aCollidingIdWithAnotherKeyIsRenumberedAndARepeatedIdRefused() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        _ = try diary.actions.importRecords(.episodes([episode(1, diary)]), from: "a.csv")
        let merged = try diary.actions.importRecords(.episodes([episode(1, minute: 5, diary)]), from: "b.csv")
        #expect(merged.renumberedLines.items == ["line 1: #1 → #2"])
        #expect(throws: RepeatedImportID.self) {
            try diary.actions.importRecords(.episodes([episode(7, minute: 9, diary), episode(7, minute: 10, diary)]),
                                            from: "c.csv")
        }
        #expect(try diary.count("episode") == 2, "the refused file stored nothing")
    }

    // Issue 11, point 4
    @Test func point4_postureSessionsFollowTheSameRules() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let start = Timestamp(utc: diary.nowUTC - 7_200, offset: 3600)
        // One after the other: two sitting records at the same time are an overlap, refused since issue 13.
        let sessions = [PostureSession(id: 1, posture: .sitting, start: start, durationSeconds: 600),
                        PostureSession(id: 2, posture: .sitting, start: start.adding(seconds: 600), durationSeconds: 900)]
        #expect(try diary.actions.importRecords(.postureSessions(sessions), from: "p.csv").kept == 2)
        #expect(try diary.actions.importRecords(.postureSessions(sessions), from: "p.csv").duplicates == 2)
        guard case .undone(let undone) = try diary.actions.undo() else { Issue.record("nothing to undo"); return }
        #expect(undone.command == "import" && undone.changes == 2)
        #expect(try diary.count("posture_session") == 0)
    }

    // Issue 11, point 16: the ledger keeps recent file ids in memory and writes them to its table in groups;
    // a repeated id is found with its first line wherever it is kept, and the batched episodes are all stored.
    @Test func point16_repeatedIdsAreFoundAcrossTheLedgersGroupsAndEveryBatchedRowIsStored() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let rising = (1...300).map { episode(Int64($0), minute: Int64($0), diary) }
        for (repeated, firstLine) in [(5, 5), (290, 290), (300, 300)] {
            let file = rising + [episode(Int64(repeated), minute: 1000, diary)]
            do {
                _ = try diary.actions.importRecords(.episodes(file), from: "r.csv")
                Issue.record("id \(repeated) used twice was accepted")
            } catch let error as RepeatedImportID {
                #expect(error.id == Int64(repeated) && error.line == 301 && error.firstLine == firstLine)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: diary.folder.path).isEmpty,
                    "the refused file stored nothing")
        }
        // Falling ids, then new ones past the largest: each kept, none matched to another row of the file.
        let falling = (1...200).reversed().map { episode(Int64($0) * 3, minute: Int64($0), diary) }
            + (1...100).map { episode(nil, minute: 500 + Int64($0), diary) }
        let result = try diary.actions.importRecords(.episodes(falling), from: "f.csv")
        #expect(result.kept == 200 && result.renumbered == 100)
        #expect(try diary.count("episode") == 300)
        // One journal change per run of consecutive ids: 200 single falling ids, then the 100 new ones (601-700).
        #expect(try diary.count("operation_change") == 201)
        guard case .undone(let undone) = try diary.actions.undo() else { Issue.record("nothing to undo"); return }
        #expect(undone.changes == 300)
        #expect(try diary.count("episode") == 0)
    }

    // Issue 11, point 16: the ledger keeps the file's ids as runs of rows whose ids and lines rise by one; a repeated
    // id is found with its first line inside a run, across a line jump (a note over two lines), across an id gap,
    // and in runs already written to its table (more than 256 runs).
    @Test func point16_repeatedIdsAreFoundWithTheirLinesInsideAndAcrossTheLedgersRuns() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        // Ids 1-100 on lines 2-101; ids 101-200 from line 103 (a two-line note before); then 300 runs of one row
        // each: ids 1001, 1003, ... on lines 200, 202, ...
        var rows: [(line: Int, id: Int64)] = []
        for id in 1...200 { rows.append((line: id <= 100 ? id + 1 : id + 2, id: Int64(id))) }
        for step in 0..<300 { rows.append((line: 200 + 2 * step, id: 1001 + 2 * Int64(step))) }
        struct Repeated: Error { let firstLine: Int }
        let cases: [(id: Int64, firstLine: Int)] = [(1, 2), (100, 101), (101, 103), (150, 152), (1001, 200), (1599, 798)]
        for (repeated, firstLine) in cases {
            let refused = #expect(throws: Repeated.self) {
                try diary.actions.importEpisodes(from: "r.csv") { writer in
                    for (index, row) in rows.enumerated() {
                        _ = try writer.add(episode(row.id, minute: Int64(index), diary), line: row.line)
                    }
                    if let first = try writer.add(episode(repeated, minute: 5_000, diary), line: 9_999) {
                        throw Repeated(firstLine: first)
                    }
                }
            }
            #expect(refused?.firstLine == firstLine, "id \(repeated)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: diary.folder.path).isEmpty)
    }

    /// Into a missing diary, a refused import leaves no diary and no staging file behind.
    @Test func aRefusedImportIntoAMissingDiaryLeavesNothing() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try diary.actions.importEpisodes(from: "x.csv") { writer in
                _ = try writer.add(episode(1, diary), line: 2)
                throw Stop()
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: diary.folder.path).isEmpty)
        _ = try diary.actions.importRecords(.episodes([episode(1, diary)]), from: "y.csv")
        #expect(try FileManager.default.contentsOfDirectory(atPath: diary.folder.path).filter { !$0.hasPrefix("cramp.db") }.isEmpty)
        #expect(try diary.count("episode") == 1)
    }
}
