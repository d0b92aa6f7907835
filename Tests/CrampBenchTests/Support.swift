import Foundation
@testable import CrampBench
import Diary

/// A private temporary folder for one test, removed by `cleanup()`.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cramp-bench-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func cleanup() { try? FileManager.default.removeItem(atPath: path) }
}

/// A shape small enough for unit tests: ten years, a few thousand rows.
func testShape(episodes: Int = 3_000, sessions: Int = 1_500, seed: UInt64 = 42) -> DiaryShape {
    DiaryShape(episodes: episodes, sessions: sessions, seed: seed,
               now: LocalDateTime(date: CivilDate(year: 2026, month: 11, day: 21)!, hour: 9, minute: 0)!)
}

/// The folder holding the built products (the test bundle sits next to them).
var productsFolder: String {
    URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
}
