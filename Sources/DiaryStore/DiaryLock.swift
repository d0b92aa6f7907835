#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps every SQLite connection, in any process, away from a diary while `cramp restore` moves it aside.
///
/// SQLite's unix locks are `fcntl` locks on fixed bytes of the database file, and every connection holds a read
/// lock on the "shared" range while it has the file open in WAL mode. A write lock on that range can only be
/// taken when no connection is open, and until it is released new connections wait (their busy timeout) instead
/// of reading. It is taken directly on the file, so no SQLite connection of this process may be open on the
/// diary meanwhile: closing any descriptor of the file drops a process's `fcntl` locks.
final class DiaryLock {
    private var fd: Int32

    /// SQLite's `SHARED_FIRST` and `SHARED_SIZE` (os_unix.c): 510 bytes after the pending and reserved bytes.
    private static let sharedFirst: off_t = 0x4000_0002
    private static let sharedSize: off_t = 510

    /// Locks the diary at `path`; a missing diary needs no lock. Waits up to the busy timeout for other cramps.
    init(path: String) throws(StoreError) {
        fd = open(path, O_RDWR)
        guard fd >= 0 else {
            if errno == ENOENT { return }
            throw StoreError.readOnly(path: path)
        }
        var waited: Int32 = 0
        while !Self.lock(fd) {
            guard waited < Database.busyTimeoutMilliseconds else {
                close(fd)
                fd = -1
                throw StoreError.busy(path: path)
            }
            usleep(10_000)
            waited += 10
        }
    }

    private static func lock(_ fd: Int32) -> Bool {
        var request = flock()
        request.l_type = Int16(F_WRLCK)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = sharedFirst
        request.l_len = sharedSize
        return fcntl(fd, F_SETLK, &request) == 0
    }

    /// Releases the lock (closing the descriptor); safe to call twice.
    func release() {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    deinit { release() }
}
