#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where bytes go: a file descriptor, or a test's buffer.
protocol ByteSink: AnyObject {
    /// Writes all of `bytes` or throws why not.
    func write(_ bytes: UnsafeRawBufferPointer) throws(WriteFailure)
}

extension ByteSink {
    /// Writes the bytes of `buffer`; `withUnsafeBytes` would pass the failure on untyped.
    func write(_ buffer: [UInt8]) throws(WriteFailure) {
        var failure: WriteFailure?
        buffer.withUnsafeBytes { bytes in
            do { try write(bytes) } catch { failure = error as? WriteFailure ?? WriteFailure(errno: EIO) }
        }
        if let failure { throw failure }
    }
}

/// Where bytes come from: standard input, or a test's buffer.
protocol ByteSource: AnyObject {
    /// Reads up to `limit` bytes, to the end; more than `limit` throws `ReadOverflow`.
    func readAll(limit: Int) throws -> [UInt8]
    /// Reads the next bytes, at most `count`; empty at the end. `import` reads its input this way, a piece at a time.
    func read(upTo count: Int) throws -> [UInt8]
}

/// A write that failed, with the system's reason.
struct WriteFailure: Error, Equatable {
    /// `errno` of the failed write(2): EPIPE for a closed pipe, ENOSPC for a full disk...
    let errno: Int32

    /// True when the reader went away (`cramp list | head -1`): Unix tools end quietly then.
    var isClosedPipe: Bool { errno == EPIPE }

    /// The system's words for it, e.g. `No space left on device`.
    var reason: String { String(cString: strerror(errno)) }
}

/// More input than a command takes.
struct ReadOverflow: Error {
    let limit: Int
}

/// Writes to a file descriptor with write(2), retrying after partial writes and interrupts; libc's `stdout`
/// global is not concurrency-safe in Swift 6, and its buffering would hide a failed write until exit.
final class FileDescriptorSink: ByteSink {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    func write(_ bytes: UnsafeRawBufferPointer) throws(WriteFailure) {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteFailure(errno: errno)
            }
            offset += written
        }
    }
}

/// Reads a file descriptor to its end.
final class FileDescriptorSource: ByteSource {
    let fd: Int32
    /// Whether the descriptor is this reader's to close (a file it was given), not standard input.
    private let closing: Bool

    init(fd: Int32, closing: Bool = false) {
        self.fd = fd
        self.closing = closing
    }

    deinit { if closing { close(fd) } }

    func read(upTo count: Int) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let read = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(errno: errno)
            }
            buffer.removeLast(count - read)
            return buffer
        }
    }

    func readAll(limit: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(errno: errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
            if bytes.count > limit { throw ReadOverflow(limit: limit) }
        }
    }
}

/// A read that failed, with the system's reason.
struct ReadFailure: Error {
    let errno: Int32
    var reason: String { String(cString: strerror(errno)) }
}

// libc's read(2) and write(2) under names that do not clash with the methods above, on either platform.
func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}

func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.read(fd, buffer, count)
    #else
    Darwin.read(fd, buffer, count)
    #endif
}
