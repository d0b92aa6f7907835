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
}
