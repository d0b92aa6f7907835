import Diary
import DiaryExport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where `export` and `summary` write: standard output, or the file of `-o` (see `FileOutput` for how each kind
/// of path is written and which mode a file gets).
///
/// Writers call `write` once per row and cannot handle errors there (`TextSink.write` does not throw), so the
/// sink buffers 64 KiB, writes with write(2), and remembers the first failure (a full disk, a closed pipe);
/// after that it drops output, and `commit()` reports the failure. A regular file appears under its final name
/// only when everything was written and flushed to disk, so a failed export never leaves half a file there and
/// an older file there stays intact.
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
    /// Standard output, or the file.
    private let target: any ByteSink
    /// The file of `-o` until it is committed or abandoned; nil for standard output.
    private let file: FileOutput?
    private var buffer: [UInt8] = []
    /// The first failed write, with what was being done.
    private(set) var failure: (action: String, error: WriteFailure)?

    /// True once a write failed: callers may stop producing rows.
    var failed: Bool { failure != nil }

    /// Opens the destination. A file that cannot be opened or created is an I/O failure (74), a path naming a
    /// folder, a block device or a socket an input error (64).
    init(_ destination: Destination, console: Console) throws {
        self.destination = destination
        buffer.reserveCapacity(OutputSink.bufferSize)
        switch destination {
        case .standardOutput:
            target = console.standardOutput
            file = nil
        case .file(let path):
            let opened = try FileOutput(path: path)
            file = opened
            target = FileDescriptorSink(fd: opened.fd)
        }
    }

    deinit { abandon() }

    func write(_ text: String) {
        guard failure == nil else { return }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= OutputSink.bufferSize { flush() }
    }

    /// Writes everything written so far, then, for a file, puts it in place (`FileOutput.commit`).
    /// Throws the first failure; a file export that failed leaves nothing under the final name.
    func commit() throws {
        flush()
        if let failure {
            abandon()
            throw OutputSink.failure(destination, action: failure.action, failure.error, direct: file?.isDirect ?? false)
        }
        try file?.commit()
    }

    /// Drops a file export that was not committed: the temporary is removed, the target is untouched.
    func abandon() { file?.abandon() }

    private func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try target.write(buffer)
        } catch {
            failure = ("cannot write", error)
        }
    }
}

extension OutputSink {
    /// A write that failed: to standard output as every command's output fails (a closed pipe quietly); to a
    /// file with exit 74 and what was left where. `direct` output (a device, a FIFO) went straight into the
    /// path, so part of it may be there; a FIFO whose reader went away ends quietly, as standard output does.
    static func failure(_ destination: Destination, action: String, _ error: WriteFailure, direct: Bool = false) -> any Error {
        guard case .file(let path) = destination else { return error }
        if direct {
            if error.isClosedPipe { return error }
            return Failure("\(action) to \(path): \(error.reason); the output there is incomplete. "
                + "Choose another path with -o.", status: .ioError)
        }
        return Failure("\(action) for \(path): \(error.reason); nothing was written to \(path) "
            + "(an older file there is unchanged). Check the folder and free space, or choose another path with -o.",
            status: .ioError)
    }
}
