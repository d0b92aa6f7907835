#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the store needs, on libc so Foundation stays out of every start.
enum FileSystem {
    /// True when something exists at `path`.
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The size in bytes of what is at `path`, or nil when nothing is there.
    static func size(_ path: String) -> Int64? {
        var info = stat()
        return stat(path, &info) == 0 ? Int64(info.st_size) : nil
    }

    /// Creates `path` and any missing parents with mode 0700 (owner only), like `mkdir -p`.
    static func makeFolders(_ path: String) throws(StoreError) {
        if path.isEmpty || path == "." || path == "/" || exists(path) { return }
        try makeFolders(DatabaseLocation.folder(of: path))
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw StoreError.cannotCreateFolder(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Restricts every file this process creates (database, WAL, shared memory, backups) to the owner.
    static func restrictNewFilesToOwner() {
        umask(0o077)
    }

    /// The companion files SQLite keeps beside a database, as suffixes of its path.
    static let companions = ["-wal", "-shm", "-journal"]

    /// Takes group's and others' access away from a diary this user owns and its existing `-wal` and `-shm` (0644
    /// becomes 0600).
    ///
    /// SQLite gives a new `-wal` and `-shm` the database file's own mode, so a diary copied in as 0644 would
    /// otherwise leave its entries readable by every user in the WAL. Files of another owner are left alone.
    static func restrictDiaryToOwner(_ path: String) {
        for file in [path, path + "-wal", path + "-shm"] {
            var info = stat()
            guard stat(file, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 != 0,
                  info.st_mode & S_IFMT == S_IFREG else { continue }
            // Only the group's and others' bits go: a diary its owner made read-only stays read-only.
            chmod(file, info.st_mode & 0o700)
        }
    }

    /// Device, inode, size and modification time of `path` in one line; nil when it cannot be read.
    static func stamp(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
    }

    /// When `path` was last modified, in seconds since 1970; nil when nothing is there.
    static func modifiedSeconds(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        return Int64(info.st_mtimespec.tv_sec)
        #else
        return Int64(info.st_mtim.tv_sec)
        #endif
    }

    /// The device and inode of `path` ("dev ino"), or nil.
    static func inode(_ path: String) -> String? { inode(ofStamp: stamp(path)) }

    /// The device and inode part of a `stamp`.
    static func inode(ofStamp stamp: String?) -> String? {
        stamp.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
    }

    /// The parts of `name` before and after the first `marker`, or nil when it does not contain it.
    static func split(_ name: String, at marker: String) -> (head: Substring, tail: Substring)? {
        var index = name.startIndex
        while index < name.endIndex {
            if name[index...].hasPrefix(marker) {
                return (name[..<index], name[name.index(index, offsetBy: marker.count)...])
            }
            index = name.index(after: index)
        }
        return nil
    }

    /// Flushes the entries of a folder to the disk (after a rename); some file systems refuse (EINVAL).
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
