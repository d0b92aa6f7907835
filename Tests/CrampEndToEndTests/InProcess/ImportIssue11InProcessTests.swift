import Diary
import DiaryStore
import Foundation
import Testing
@testable import CrampCLI

/// `cramp import` after issue 11: ids it cannot continue from (point 1), identity of rows that share a natural key
/// (point 4), and a file read piece by piece (point 16).
@Suite("in process: import, issue 11")
struct ImportIssue11InProcessTests {
    static let header = ExportInProcessTests.header

    /// One episode row as `cramp export` writes it, with `id` (empty for none) and the start time.
    static func row(_ id: String, _ start: String = "2026-11-17T03:10:00+01:00", leg: String = "left",
                    duration: Int = 60) -> String {
        "\(id),cramp,\(start),2026-11-16,yes,\(leg),calf,\(duration),,unknown,,,"
    }

    static func file(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\r\n") + "\r\n" }

    // MARK: - Point 1

    // Issue 11, point 1
    @Test func point1_importRefusesAnIdItCannotContinueFromAndLoggingGoesOn() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "right", "1m", "--at", "01:00"])
        for id in ["9223372036854775807", "9007199254740992"] {
            let file = try cramp.write(Self.file([Self.row(id)]), to: "big-\(id).csv")
            let result = cramp.run(["import", file])
            #expect(result.status == 65, "\(result.stderr)")
            #expect(result.stderr.contains("line 2, id \"\(id)\""), "\(result.stderr)")
            #expect(result.stderr.contains("1 to 9007199254740991"), "the accepted range: \(result.stderr)")
            #expect(result.stderr.contains("empty the id cell"), "what to do: \(result.stderr)")
        }
        // The largest accepted id leaves room: logging after it goes on.
        let largest = try cramp.write(Self.file([Self.row("9007199254740991")]), to: "largest.csv")
        cramp.ok(["import", largest])
        cramp.ok(["log", "left", "1m"])
        #expect(try cramp.storedEpisodes().map(\.id).contains(9_007_199_254_740_992))
    }

    // Issue 11, point 1
    @Test func point1_aDiaryWhoseIdsAreUsedUpIsNotCalledFull() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "right", "1m", "--at", "01:00"])
        // A diary an older cramp let an id of 2^63-1 into.
        let db = try Database(path: cramp.database, create: false)
        try db.run("""
            INSERT INTO episode (id, kind, start_utc, utc_offset, leg, duration_s, woke, created_utc, updated_utc)
            VALUES (9223372036854775807, 'cramp', 1000, 3600, 'left', 60, 'unknown', 1000, 1000)
            """)
        let result = cramp.run(["log", "left", "1m"])
        #expect(result.status == 74, "\(result.stderr)")
        #expect(!result.stderr.contains("disk"), "blames the disk: \(result.stderr)")
        #expect(result.stderr.contains("9223372036854775807"), "\(result.stderr)")
        #expect(result.stderr.contains("cramp export"), "what to do: \(result.stderr)")
        #expect(try cramp.storedEpisodes().count == 2, "nothing was written")
    }

    // MARK: - Point 4

    // Issue 11, point 4
    @Test func point4_twoEpisodesWithTheSameKindStartAndLegRoundTrip() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "1m", "--at", "03:10"])
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        let file = cramp.path("v.csv")
        cramp.ok(["export", "-o", file])
        let second = cramp.path("second.db")
        let first = cramp.run(["import", "--db", second, file])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.messageLines == ["imported 2 episodes from \(file); undo: cramp undo"], "\(first.stderr)")
        #expect(Data(cramp.ok(["export", "--db", second]).stdout.utf8) == cramp.bytes(file), "the same export")
        // Twice adds nothing, in the new diary and in the one that wrote the file.
        for diary in [second, cramp.database] {
            let again = cramp.ok(["import", "--db", diary, file])
            #expect(again.messageLines.last?.hasPrefix("nothing new in \(file): all 2 episodes") == true, "\(again.stderr)")
            #expect(try cramp.storedEpisodes(diary).count == 2)
        }
    }

    // Issue 11, point 4
    @Test func point4_sameKeyRowsWithoutIdsImportOnceThenMatchOneEach() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let file = try cramp.write(Self.file([Self.row(""), Self.row("", duration: 120), Self.row("")]), to: "hand.csv")
        #expect(cramp.ok(["import", file]).messageLines.first == "imported 3 episodes from \(file); undo: cramp undo")
        let again = cramp.ok(["import", file])
        #expect(again.messageLines.last == "nothing new in \(file): all 3 episodes are already in the diary (same kind, start time and leg)",
                "\(again.stderr)")
        #expect(try cramp.storedEpisodes().count == 3)
        // A fourth row of that key is new: each stored episode matches one row only.
        let more = try cramp.write(Self.file([Self.row(""), Self.row(""), Self.row(""), Self.row("")]), to: "more.csv")
        #expect(cramp.ok(["import", more]).messageLines.last?.hasPrefix("imported 1 episode from \(more); skipped 3") == true)
        #expect(try cramp.storedEpisodes().count == 4)
    }

    // Issue 11, point 4
    @Test func point4_mergingAnotherDiaryRenumbersAndTheMergedExportAddsNothing() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let other = cramp.path("other.db")
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-11-10T03:10"])
        cramp.ok(["log", "right", "calf", "1m", "--at", "2026-11-11T03:10"])
        // The other diary: ids 1-3 too, two rows sharing a key and one already in this diary (by key).
        cramp.ok(["log", "--db", other, "both", "foot", "3m", "--at", "2026-11-12T02:00"])
        cramp.ok(["log", "--db", other, "both", "foot", "4m", "--at", "2026-11-12T02:00"])
        cramp.ok(["log", "--db", other, "left", "calf", "1m", "--at", "2026-11-10T03:10"])
        let otherFile = cramp.path("other.csv")
        cramp.ok(["export", "--db", other, "-o", otherFile])

        let merge = cramp.ok(["import", otherFile])
        #expect(merge.messageLines.contains("new ids where the file's id is already used in this diary: line 3: #1 → #3, line 4: #2 → #4"),
                "\(merge.stderr)")
        #expect(merge.messageLines.last == "imported 2 episodes from \(otherFile); skipped 1 already in the diary (same kind, start time and leg); undo: cramp undo")
        #expect(try cramp.storedEpisodes().map(\.id) == [1, 2, 3, 4])

        let merged = cramp.path("merged.csv")
        cramp.ok(["export", "-o", merged])
        for file in [merged, otherFile] {
            let again = cramp.ok(["import", file])
            #expect(again.messageLines.last?.hasPrefix("nothing new in \(file)") == true, "\(again.stderr)")
        }
        #expect(try cramp.storedEpisodes().count == 4)
        // And the merged file builds the same diary anew.
        let fresh = cramp.path("fresh.db")
        cramp.ok(["import", "--db", fresh, merged])
        #expect(Data(cramp.ok(["export", "--db", fresh]).stdout.utf8) == cramp.bytes(merged))
    }

    // Issue 11, point 4
    @Test func point4_anIdNamingTheSameRecordWithOtherValuesIsThatRecord() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "1m", "--at", "03:10"])
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        // Row 2 says #2 lasted 5 minutes: it is #2 (the diary's version kept), not a match for #1.
        let file = try cramp.write(Self.file([
            Self.row("2", "2026-11-21T03:10:00+01:00", duration: 300).replacingOccurrences(of: "2026-11-16", with: "2026-11-20"),
        ]), to: "edited.csv")
        let result = cramp.ok(["import", file])
        #expect(result.messageLines.first == "already in the diary with other values, the diary's version was kept: line 2 (#2); change them with cramp edit if the file is right",
                "\(result.stderr)")
        #expect(try cramp.storedEpisodes().map(\.durationSeconds) == [60, 120])
    }

    // Issue 11, point 4
    @Test func point4_aRepeatedIdInOneFileIsStillRefused() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let file = try cramp.write(Self.file([Self.row("7"), Self.row("7", "2026-11-18T03:10:00+01:00")]), to: "twice.csv")
        let result = cramp.run(["import", file])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 3, id \"7\": accepted: a different id from every other row; line 2 has id 7"),
                "\(result.stderr)")
        #expect(!cramp.exists(cramp.database))
    }

    // MARK: - Point 16

    /// Standard input that hands out its bytes in small pieces and notes whether anyone asked for all of it.
    final class PiecewiseInput: ByteSource {
        let bytes: [UInt8]
        let piece: Int
        private var offset = 0
        private(set) var wholeReads = 0
        private(set) var pieces = 0
        private(set) var largestRequest = 0

        init(_ bytes: [UInt8], piece: Int) {
            self.bytes = bytes
            self.piece = piece
        }

        func readAll(limit: Int) throws -> [UInt8] {
            wholeReads += 1
            return Array(bytes[offset...])
        }

        func read(upTo count: Int) throws -> [UInt8] {
            largestRequest = max(largestRequest, count)
            let end = min(bytes.count, offset + min(count, piece))
            defer { offset = end }
            pieces += 1
            return Array(bytes[offset..<end])
        }
    }

    // Issue 11, point 16
    @Test func point16_importReadsStandardInputPieceByPieceNeverWhole() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let rows = (0..<3_000).map { index in
            Self.row("\(index + 1)", "2026-11-17T03:" + String(format: "%02d:%02d", index / 60, index % 60) + "+01:00")
        }
        let input = PiecewiseInput(Array(Self.file(rows).utf8), piece: 4_096)
        let result = cramp.run(["import", "-"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(input.wholeReads == 0, "the whole input was asked for at once")
        #expect(input.pieces > 10 && input.largestRequest <= 1 << 20, "pieces: \(input.pieces), largest \(input.largestRequest)")
        #expect(try cramp.storedEpisodes().count == 3_000)
    }

    // Issue 11, point 16
    @Test func point16_problemsAreListedUpToACapWithACountOfTheRest() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let rows = (0..<80).map { Self.row("\($0 + 1)").replacingOccurrences(of: ",calf,", with: ",knee,") }
        let file = try cramp.write(Self.file(rows), to: "bad.csv")
        let result = cramp.run(["import", file])
        #expect(result.status == 65)
        #expect(result.messageLines.first == "cramp: \(file): nothing imported: 80 problems", "\(result.stderr)")
        #expect(result.messageLines.filter { $0.hasPrefix("  line ") }.count == 50, "\(result.stderr)")
        #expect(result.messageLines.last == "  and 30 more problems, not listed", "\(result.stderr)")
    }
}
