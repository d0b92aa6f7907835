import Diary
import DiaryExport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `export` and `summary` write: standard output, or a file that appears under its final name only
/// when everything was written.
///
/// Writers call `write` once per row and cannot handle errors there (`TextSink.write` does not throw), so the
/// sink buffers 64 KiB, writes with write(2), and remembers the first failure (a full disk, a closed pipe);
/// after that it drops output, and `commit()` reports the failure. A file is written as a hidden temporary
/// (`mkstemp`: mode 0600 whatever the umask) next to the target, flushed to disk, then renamed over it, so a
/// failed export never leaves half a file under the final name and an older file there stays intact.
final class OutputSink: TextSink {
    /// What the person named: `-o FILE`, or standard output.
    enum Destination: Equatable {
        case standardOutput
        case file(String)

        /// `-o -` or no `-o` is standard output.
        init(option: String?) {
            if let option, option != "-" { self = .file(option) } else { self = .standardOutput }
        }

        /// `standard output` or the path, for messages.
        var label: String {
            switch self {
            case .standardOutput: "standard output"
            case .file(let path): path
            }
        }
    }

    /// Bytes collected before one write(2).
    static let bufferSize = 65_536

    let destination: Destination
    /// Standard output, or the temporary file.
    private let target: any ByteSink
    /// The temporary file while a file export is in progress; nil for stdout or once committed or abandoned.
    private var temporaryPath: String?
    private var buffer: [UInt8] = []
    /// The first failed write, with what was being done.
    private(set) var failure: (action: String, error: WriteFailure)?

    /// True once a write failed: callers may stop producing rows.
    var failed: Bool { failure != nil }

    /// Opens the destination. For a file, creates the temporary next to it; a file that cannot be created is an
    /// I/O failure (74), a path naming a folder an input error (64).
    init(_ destination: Destination, console: Console) throws {
        self.destination = destination
        buffer.reserveCapacity(OutputSink.bufferSize)
        switch destination {
        case .standardOutput:
            target = console.standardOutput
        case .file(let path):
            var info = stat()
            if path.hasSuffix("/") || (stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) {
                throw InputError(field: "-o", value: path, accepted: "a file path such as visit.csv, not a folder")
            }
            let (folder, name) = OutputSink.split(path)
            var template = Array("\(folder)/.\(name).cramp-XXXXXX".utf8CString)
            let created = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard created >= 0 else {
                throw OutputSink.failure(destination, action: "cannot create a file in \(folder)", WriteFailure(errno: errno))
            }
            target = FileDescriptorSink(fd: created)
            temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }
    }

    deinit { abandon() }

    func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= OutputSink.bufferSize { flush() }
    }

    /// Writes everything written so far, then, for a file, syncs it to disk and renames it into place.
    /// Throws the first failure; a file export that failed leaves nothing under the final name.
    func commit() throws {
        flush()
        if let failure {
            abandon()
            throw OutputSink.failure(destination, action: failure.action, failure.error)
        }
        guard case .file(let path) = destination, let temporaryPath, let file = target as? FileDescriptorSink else { return }
        // Without fsync a crash right after the rename could leave an empty file under the final name.
        if fsync(file.fd) != 0 {
            let error = WriteFailure(errno: errno)
            abandon()
            throw OutputSink.failure(destination, action: "cannot save the file to disk", error)
        }
        close(file.fd)
        self.temporaryPath = nil
        if rename(temporaryPath, path) != 0 {
            let error = WriteFailure(errno: errno)
            unlink(temporaryPath)
            throw OutputSink.failure(destination, action: "cannot put the file in place", error)
        }
    }

    /// Drops a file export that was not committed: the temporary is removed, the target is untouched.
    func abandon() {
        guard let temporaryPath, let file = target as? FileDescriptorSink else { return }
        close(file.fd)
        unlink(temporaryPath)
        self.temporaryPath = nil
    }

    private func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try target.write(buffer)
        } catch {
            failure = ("cannot write", error)
        }
    }

    /// The folder (`.` when none) and the file name of a path.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }
}

extension OutputSink {
    /// A write that failed: to standard output as every command's output fails (a closed pipe quietly); to a
    /// file with exit 74 and what was left where.
    static func failure(_ destination: Destination, action: String, _ error: WriteFailure) -> any Error {
        guard case .file(let path) = destination else { return error }
        return Failure("\(action) for \(path): \(error.reason); nothing was written to \(path) "
            + "(an older file there is unchanged). Check the folder and free space, or choose another path with -o.",
            status: .ioError)
    }
}
