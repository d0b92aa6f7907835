import Diary
import Foundation
import Testing
@testable import DiaryExport

/// `ImportRowsAhead`, the reading thread of an import, which hands rows over in groups (issue 11, point 16).
@Suite struct ImportRowsAheadTests {
    /// 1,000 rows, every 97th one refused (an unknown leg), in a file whose length is no multiple of a group.
    private func file() -> [UInt8] {
        var text = EpisodeColumn.header.joined(separator: ",") + "\n"
        for row in 1...1_000 {
            let leg = row % 97 == 0 ? "middle" : "left"
            text += "\(row),cramp,2026-11-17T02:40:00+01:00,2026-11-16,yes,\(leg),calf,\(row % 500 + 1),,yes,cold,walk:helped,\n"
        }
        return Array(text.utf8)
    }

    private func shown(_ row: ImportRowRead) -> String {
        switch row {
        case .episode(let line, let episode, let differs): "\(line) #\(episode.id ?? 0) \(episode.durationSeconds)s \(differs)"
        case .postureSession(let line, _): "\(line) session"
        case .checkIn(let line, _): "\(line) check-in"
        case .gap(let line, _): "\(line) gap"
        case .medicineEvent(let line, _): "\(line) medicine event"
        case .refused(let problems): problems.map(\.description).joined(separator: "; ")
        }
    }

    // Issue 11, point 16: every row comes out once, in file order, as `ImportRows` gives it, across groups of
    // every size, the last one short.
    @Test(arguments: [(1, 1), (7, 2), (128, 4), (2_000, 4)])
    func point16_rowsComeOutInFileOrderAcrossTheGroups(groupSize: Int, groups: Int) throws {
        var direct = try ImportRows(ChunkedBytes(file()), nightWindow: .standard)
        var expected: [String] = []
        while let row = direct.next() { expected.append(shown(row)) }
        let ahead = ImportRowsAhead(try ImportRows(ChunkedBytes(file()), nightWindow: .standard),
                                    groupSize: groupSize, groups: groups)
        defer { ahead.stop() }
        var found: [String] = []
        while let row = ahead.next() { found.append(shown(row)) }
        #expect(expected.count == 1_000 && found == expected)
        #expect(ahead.next() == nil && ahead.readFailure == nil && ahead.readerReturns(within: 5))
    }

    // Issue 11, point 16: a caller that stops early ends the reading thread, also while it waits for room.
    @Test func point16_stoppingEarlyEndsTheReadingThread() throws {
        for _ in 0..<20 {
            let ahead = ImportRowsAhead(try ImportRows(ChunkedBytes(file()), nightWindow: .standard), groupSize: 8, groups: 2)
            #expect(ahead.next() != nil)
            ahead.stop()
            #expect(ahead.readerReturns(within: 5))
        }
    }

    // Issue 11, point 16: rows with long notes wait in memory up to the byte bound (and one group more), not up to
    // the row bound: a file of 10,000-character notes costs no more memory ahead than any other.
    @Test func point16_rowsWaitingAheadAreBoundedInBytes() throws {
        var text = EpisodeColumn.header.joined(separator: ",") + "\n"
        let note = String(repeating: "n", count: 10_000)
        for row in 1...300 {
            text += "\(row),cramp,2026-11-17T02:40:00+01:00,2026-11-16,yes,left,calf,60,,yes,,,\(note)\n"
        }
        let limit = 400_000
        let ahead = ImportRowsAhead(try ImportRows(ChunkedBytes(Array(text.utf8)), nightWindow: .standard),
                                    groupSize: 128, groups: 64, byteLimit: limit)
        defer { ahead.stop() }
        let waiting = try #require(ahead.waitingWhenFull(within: 60), "the reader never waited for room")
        // A group closes at a sixteenth of the bound: at most 3 rows of 10,256 bytes each.
        #expect(waiting.bytes >= limit && waiting.bytes < limit + 3 * 10_256, "\(waiting)")
        #expect(waiting.rows == waiting.bytes / 10_256 && waiting.rows < 300)
        var taken = 0
        while ahead.next() != nil { taken += 1 }
        #expect(taken == 300)
    }
}
