import Diary
import DiaryStore
import Foundation
import Testing

/// A unique folder under the system temporary directory, removed by `remove()`.
///
/// Every store test works on real SQLite files in its own folder: no mocks, no shared state,
/// so the suites may run in parallel.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("cramp-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Removes the folder and everything in it.
    func remove() { try? FileManager.default.removeItem(at: url) }

    /// The file names now in the folder, sorted.
    func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}

/// Fixed moments for the tests, read by Foundation's ISO 8601 parser (an oracle independent of `Diary`).
enum Moments {
    /// UTC seconds of an ISO 8601 moment with offset.
    static func utc(_ iso: String) -> Int64 {
        Int64(ISO8601DateFormatter().date(from: iso)!.timeIntervalSince1970)
    }

    /// Tue 2026-11-17 02:40 in Berlin (CET).
    static let nightCramp = Timestamp(utc: utc("2026-11-17T02:40:00+01:00"), offset: 3600)
    /// "Now" for writes: the same morning at 09:00.
    static let now = utc("2026-11-17T09:00:00+01:00")

    /// An instant in Berlin's winter offset, +01:00.
    static func stamp(_ utc: Int64) -> Timestamp { Timestamp(utc: utc, offset: 3600) }
}

/// Opens a fresh, migrated diary in `folder`.
func freshDiary(_ folder: TemporaryFolder, name: String = "diary.db") throws -> DiaryFile {
    try #require(try DiaryFile.open(path: folder.path(name), create: true))
}
