#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal in single-key mode for `remind`: no line editing and no echo, so one key acts at once. Ctrl-C
/// stays a signal (ISIG), so it works the same with or without a terminal. `restore()` puts the saved mode back;
/// every way out of `remind` calls it, an error included.
final class RawTerminal {
    private let fd: Int32
    private var saved: termios

    /// Switches the terminal on `fd` to single keys; nil when `fd` is not a terminal.
    init?(fd: Int32) {
        var mode = termios()
        guard isatty(fd) == 1, tcgetattr(fd, &mode) == 0 else { return nil }
        self.fd = fd
        saved = mode
        mode.c_lflag &= ~tcflag_t(ICANON | ECHO)
        // One byte is enough for a read to return; `poll` says when one is there.
        withUnsafeMutableBytes(of: &mode.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(fd, TCSANOW, &mode) == 0 else { return nil }
    }

    /// Puts back the mode the terminal had before.
    func restore() { _ = tcsetattr(fd, TCSANOW, &saved) }
}

/// The last signal `remind` was sent, or 0. Written only by `noteSignal`, which may run between any two
/// instructions, so it is a plain integer store and load, the one thing a handler may do (like C's
/// `volatile sig_atomic_t`); the loop reads it after `poll` returns.
nonisolated(unsafe) private var receivedSignal: Int32 = 0

private func noteSignal(_ signal: Int32) { receivedSignal = signal }

/// SIGINT (Ctrl-C) stops the stretch; SIGTERM and SIGHUP (the terminal went away) leave it open. The handler only
/// notes the signal: the loop finishes what it is writing, restores the terminal, then acts. glibc's `signal`
/// restarts interrupted calls, but never `poll`, which is where the loop waits, so a signal wakes it at once.
enum RemindSignals {
    static let handled = [SIGINT, SIGTERM, SIGHUP]

    static func install() {
        receivedSignal = 0
        var set = sigset_t()
        sigemptyset(&set)
        for number in handled {
            _ = signal(number, noteSignal)
            sigaddset(&set, number)
        }
        // A blocked signal would never arrive, and the mask is inherited: a parent that blocked them (some process
        // launchers do) must not make Ctrl-C do nothing.
        _ = sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    /// Back to the default actions.
    static func uninstall() {
        for number in handled { _ = signal(number, SIG_DFL) }
    }

    /// The signal received since the last call, or nil.
    static func take() -> Int32? {
        let number = receivedSignal
        guard number != 0 else { return nil }
        receivedSignal = 0
        return number
    }
}

/// Keys from standard input, waited for with a timeout; after the end of the input (a pipe closed, /dev/null)
/// it only waits.
struct KeyReader {
    private var fd: Int32?

    init(fd: Int32?) { self.fd = fd }

    /// The bytes typed within `milliseconds`; empty when none (or a signal came).
    mutating func wait(milliseconds: Int32) -> [UInt8] {
        guard let fd else {
            var none = pollfd()
            _ = poll(&none, 0, milliseconds)
            return []
        }
        var wanted = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&wanted, 1, milliseconds) > 0 else { return [] }
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = bytes.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
        if count <= 0 {
            if count == 0 || (errno != EINTR && errno != EAGAIN) { self.fd = nil }
            return []
        }
        return Array(bytes[0..<count])
    }
}

/// A desktop notification through `notify-send`, when it is on the PATH; started and not waited for, so a
/// desktop that does not answer never holds `remind` up. Finished ones are reaped on the next call.
struct DesktopNotice {
    /// The `notify-send` found on the PATH, or nil.
    let program: String?
    private var running: [pid_t] = []

    init(path: String?) {
        program = (path ?? "").split(separator: ":").map { ($0.isEmpty ? "." : String($0)) + "/notify-send" }
            .first { access($0, X_OK) == 0 }
    }

    /// Shows `text` with the title `cramp`.
    mutating func send(_ text: String) {
        reap()
        guard let program else { return }
        let arguments = [program, "cramp", text]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        if posix_spawn(&pid, program, nil, nil, &argv, environ) == 0 { running.append(pid) }
    }

    /// Collects the notifiers that have finished.
    mutating func reap() {
        running.removeAll { pid in
            var status: Int32 = 0
            return waitpid(pid, &status, WNOHANG) != 0
        }
    }
}

/// Seconds on a clock that only runs forward (not moved by a clock change or by setting the date).
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
