import ArgumentParser
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
    private let fd: Int32
    /// The temporary file while a file export is in progress; nil for stdout or once committed or abandoned.
    private var temporaryPath: String?
    private var buffer: [UInt8] = []
    /// errno of the first failed write, with what was being done.
    private(set) var failure: (action: String, errno: Int32)?

    /// True once a write failed: callers may stop producing rows.
    var failed: Bool { failure != nil }

    /// Opens the destination. For a file, creates the temporary next to it; throws `OutputError` when that
    /// fails, and `InputError` when the path names a folder.
    init(_ destination: Destination) throws {
        self.destination = destination
        buffer.reserveCapacity(OutputSink.bufferSize)
        switch destination {
        case .standardOutput:
            // A closed pipe must come back as EPIPE from write(2), to be reported, not kill the process silently.
            signal(SIGPIPE, SIG_IGN)
            fd = 1
        case .file(let path):
            var info = stat()
            if path.hasSuffix("/") || (stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR) {
                throw InputError(field: "-o", value: path, accepted: "a file path such as visit.csv, not a folder")
            }
            let (folder, name) = OutputSink.split(path)
            var template = Array("\(folder)/.\(name).cramp-XXXXXX".utf8CString)
            let created = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard created >= 0 else {
                throw OutputError(destination: destination, action: "cannot create a file in \(folder)", errno: errno)
            }
            fd = created
            temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        }
    }

    deinit { abandon() }

    /// Opens the destination; a file that cannot be created is reported with exit 74 like any output failure.
    static func open(_ destination: Destination, console: Console) throws -> OutputSink {
        do {
            return try OutputSink(destination)
        } catch let error as OutputError {
            throw error.exit(console)
        }
    }

    func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= OutputSink.bufferSize { flush() }
    }

    /// Writes everything written so far, then, for a file, syncs it to disk and renames it into place.
    /// Throws the first failure; a file export that failed leaves nothing under the final name.
    func commit() throws(OutputError) {
        flush()
        if let failure {
            abandon()
            throw OutputError(destination: destination, action: failure.action, errno: failure.errno)
        }
        guard case .file(let path) = destination, let temporaryPath else { return }
        // Without fsync a crash right after the rename could leave an empty file under the final name.
        if fsync(fd) != 0 {
            let code = errno
            abandon()
            throw OutputError(destination: destination, action: "cannot save the file to disk", errno: code)
        }
        close(fd)
        self.temporaryPath = nil
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw OutputError(destination: destination, action: "cannot put the file in place", errno: code)
        }
    }

    /// Drops a file export that was not committed: the temporary is removed, the target is untouched.
    func abandon() {
        guard let temporaryPath else { return }
        close(fd)
        unlink(temporaryPath)
        self.temporaryPath = nil
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        let ok = buffer.withUnsafeBytes { FileDescriptor.write(fd, bytes: $0) }
        if !ok { failure = ("cannot write", errno) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// The folder (`.` when none) and the file name of a path.
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }
}

/// Output that could not be written (exit 74). Nothing was left under the file's final name.
struct OutputError: Error, CustomStringConvertible {
    let destination: OutputSink.Destination
    /// What failed, e.g. `cannot write`.
    let action: String
    let errno: Int32

    var description: String {
        let reason = String(cString: strerror(errno))
        switch destination {
        case .standardOutput:
            return "\(action) to standard output: \(reason); the output is incomplete"
        case .file(let path):
            return "\(action) for \(path): \(reason); nothing was written to \(path) "
                + "(an older file there is unchanged). Check the folder and free space, or choose another path with -o."
        }
    }

    /// Prints the message the way `Cramp.main` prints errors and ends with exit 74 (ExitStatus.ioError).
    func exit(_ console: Console) -> ExitCode {
        console.message("cramp: \(description)")
        return ExitCode(ExitStatus.ioError)
    }
}
