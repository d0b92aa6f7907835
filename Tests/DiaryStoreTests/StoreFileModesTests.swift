import Diary
@testable import DiaryStore
import Foundation
import Testing

/// Issue 11, point 15 (modes) and the store's side of points 11 and 14.
@Suite("store files: modes and temporaries")
struct StoreFileModesTests {
    // Issue 11, point 15
    @Test func point15_anExistingWideDiaryAndItsWalAreTightenedTo0600() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/diary.db"
        do {
            let file = try #require(try DiaryFile.open(path: path, create: true))
            try file.write { try file.db.run("INSERT INTO setting (key, value) VALUES ('night-window', '20:00-10:00')") }
        }
        #expect(chmod(path, 0o644) == 0)
        let file = try #require(try DiaryFile.open(path: path, create: true))
        try file.write { try file.db.run("UPDATE setting SET value = '21:00-10:00'") }
        // While the diary is open its WAL and shared memory exist: they carry the diary's mode.
        for name in [path, path + "-wal", path + "-shm"] {
            #expect(try ScratchFolder.mode(name) == 0o600, "\(name)")
        }
    }

    // Issue 11, point 14
    @Test func point14_aBackupNeverRemovesAFileItDidNotCreate() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let path = folder.path + "/diary.db"
        _ = try #require(try DiaryFile.open(path: path, create: true))
        let target = folder.path + "/copy.db"
        _ = FileManager.default.createFile(atPath: target + ".partial", contents: Data("mine".utf8))
        _ = try Backup.make(diaryAt: path, to: target, nowUTC: 1_800_000_000)
        #expect(FileManager.default.contents(atPath: target + ".partial") == Data("mine".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("copy") }.sorted()
            == ["copy.db", "copy.db.partial"])
    }

    // Issue 11, point 15: a temporary whose creator still runs is kept; one whose creator is gone is removed.
    @Test func point15_onlyTemporariesOfGoneProcessesArePruned() throws {
        let folder = try ScratchFolder()
        defer { folder.cleanup() }
        let gone = Int32(Int32.max - 7) // no such process
        let names = ["cramp-20261121T080000Z-v1.db.partial-\(getpid())-abcdef",
                     "cramp-20261121T080000Z-v1.db.partial-\(gone)-abcdef",
                     "cramp-20261121T080000Z-v1.db.partial-\(gone)-abcdef-journal",
                     "cramp-20261121T080000Z-v1.db", "notes.partial-\(gone)-abcdef"]
        for name in names { _ = FileManager.default.createFile(atPath: folder.path + "/" + name, contents: Data("x".utf8)) }
        PartialFile.removeAbandoned(in: folder.path, prefix: "cramp-")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
            "cramp-20261121T080000Z-v1.db", "cramp-20261121T080000Z-v1.db.partial-\(getpid())-abcdef",
            "notes.partial-\(gone)-abcdef",
        ])
    }
}
