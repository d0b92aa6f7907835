#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Notices a diary changed outside cramp (overwritten by another program, a sync tool, a failing disk) before
/// anything is written to it.
///
/// SQLite only notices damage on the pages a statement reads, so a damaged index page elsewhere lets writes go on
/// silently. A full `PRAGMA quick_check` finds it, but its cost grows with the file (about 10 ms of CPU at 1,000
/// episodes, 0.9 s at 100,000): too much for every `cramp log`. So cramp records the file's device, inode, size
/// and modification time (`DIARY-checked`, beside the diary) whenever it closes a diary it trusts, and runs the
/// check only when the file no longer matches: after another program wrote it, after a restore by hand, on
/// the first use of a diary from before this record existed. The everyday cost is one `stat` and one small read.
enum DamageGuard {
    /// The record beside the diary at `path`.
    static func recordPath(of path: String) -> String { path + "-checked" }

    /// The stamp recorded when cramp last closed this diary; nil when there is none.
    static func recorded(_ path: String) -> String? {
        let fd = open(recordPath(of: path), O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 200)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }

    /// Records the current stamp of `path` when it differs from `previous`; best effort (a full disk or a
    /// read-only folder only means the next command checks again), and a record that could not be written whole
    /// is removed rather than left half.
    static func record(_ path: String, previous: String?) {
        guard let stamp = FileSystem.stamp(path), stamp != previous else { return }
        let target = recordPath(of: path)
        let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return }
        let written = stamp.utf8CString.withUnsafeBytes { write(fd, $0.baseAddress, $0.count - 1) }
        close(fd)
        if written != stamp.utf8.count { unlink(target) }
    }

    /// Forgets the record: the file at `path` is no longer the one it describes.
    static func forget(_ path: String) { unlink(recordPath(of: path)) }

    /// SQLite's quick check (the structure of every page, without comparing indexes with their tables);
    /// nil when it finds nothing, else its first findings in one line.
    static func problems(in db: Database) throws -> String? {
        do {
            let found = try db.prepare("PRAGMA quick_check(3)").bind([]).all { $0.text(0) }
            return found == ["ok"] ? nil : found.joined(separator: "; ")
        } catch let error as SQLiteError where error.isCorrupt {
            return error.message
        }
    }
}
