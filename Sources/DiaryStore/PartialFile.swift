#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file a copy is written to before it gets its name: `NAME.partial-PID-XXXXXX`.
///
/// The name is made unique by `mkstemp`, which creates the file, so no other file (a person's own
/// `NAME.partial`, another cramp's copy) is ever overwritten or removed: a process only removes the
/// temporaries it created, and, in the backups folder, those whose creator is gone. The process id in the
/// name says who that is: a copy killed midway (SIGKILL, a power cut) is removed by the next backup, together
/// with the `-journal` SQLite writes beside it while it fills it.
struct PartialFile {
    /// The temporary's path.
    let path: String

    static let marker = ".partial-"

    /// Creates an empty, owner-only temporary beside `destination`.
    static func create(beside destination: String) throws(BackupError) -> PartialFile {
        var template = Array((destination + marker + "\(getpid())-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw BackupError.cannotWrite(path: destination, reason: String(cString: strerror(errno)))
        }
        close(fd)
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        chmod(path, 0o600)
        return PartialFile(path: path)
    }

    /// Removes the temporary and what SQLite may have left beside it.
    func remove() {
        unlink(path)
        for suffix in FileSystem.companions { unlink(path + suffix) }
    }

    /// Removes, from `folder`, the temporaries (and their `-journal`) of cramp processes that no longer run.
    ///
    /// Only names this type makes, beginning with `prefix`, are considered. A temporary from before these names
    /// (`NAME.partial`, `NAME.partial-journal`) has no process id; it is removed once it is an hour old, longer
    /// than any copy takes.
    static func removeAbandoned(in folder: String, prefix: String) {
        let now = time(nil)
        for name in BackupFiles.names(in: folder) where name.hasPrefix(prefix) {
            let path = folder + "/" + name
            if let (_, tail) = FileSystem.split(name, at: marker) {
                guard let pid = tail.split(separator: "-").first.flatMap({ Int32($0) }), pid > 0 else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH { unlink(path) }
            } else if name.hasSuffix(".partial") || name.hasSuffix(".partial-journal") {
                if let modified = FileSystem.modifiedSeconds(path), Int64(now) - modified > 3_600 { unlink(path) }
            }
        }
    }
}
