#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where output goes: data to stdout, messages to stderr, colour only for a terminal that wants it.
struct Console {
    /// True when stdout is a terminal.
    let stdoutIsTTY: Bool
    /// True when stderr is a terminal.
    let stderrIsTTY: Bool
    /// Colour for meaning: off when piped, with `NO_COLOR` (any value) or `TERM=dumb`.
    let colour: Bool
    /// Unicode bars and box characters; off for `TERM=dumb` or a non-UTF-8 locale.
    let unicode: Bool

    init(environment: Environment) {
        stdoutIsTTY = isatty(1) == 1
        stderrIsTTY = isatty(2) == 1
        let term = environment["TERM"] ?? ""
        // no-color.org: colour is off when NO_COLOR is present and not empty.
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        colour = stdoutIsTTY && !noColour && term != "dumb"
        let locale = environment["LC_ALL"] ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
        unicode = term != "dumb" && (locale.isEmpty || locale.uppercased().contains("UTF-8")
            || locale.uppercased().contains("UTF8"))
    }

    /// Writes data to stdout, as given.
    func out(_ text: String) {
        FileDescriptor.write(1, text)
    }

    /// Writes one line of data to stdout.
    func outLine(_ text: String) { out(text + "\n") }

    /// Writes one message line to stderr.
    func message(_ text: String) {
        FileDescriptor.write(2, text + "\n")
    }
}

/// Unbuffered writes to a file descriptor; libc's `stdout` global is not concurrency-safe in Swift 6.
enum FileDescriptor {
    /// Writes all of `text`, retrying after partial writes and interrupts; false when the write failed.
    @discardableResult
    static func write(_ fd: Int32, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { write(fd, bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Writes all of `bytes`, retrying after partial writes and interrupts; false (with `errno` set) when it failed.
    static func write(_ fd: Int32, bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }
}
