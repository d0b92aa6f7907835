import Diary

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a command takes from the outside world, passed in the way swiftly passes its
/// `SwiftlyCoreContext`: the environment, the clock, the local zone, standard input, output and error, and what
/// the terminal can show. `main` builds the live one; tests build one with captured streams and run every
/// command in process.
struct CrampContext {
    /// The environment variables.
    let environment: Environment
    /// The local zone (`TZ`, else /etc/localtime).
    let zone: any ZoneRules
    /// The current instant, UTC seconds; `--now` and `CRAMP_NOW` override it.
    let currentTime: () -> Int64
    /// Standard input, read whole.
    let standardInput: any ByteSource
    /// What the terminal behind standard output and error can show.
    let terminal: Terminal
    /// Standard output (data) and standard error (messages), with the colour and width rules applied.
    let console: Console

    /// A context over the given world; tests pass the variables as a dictionary.
    init(environment: [String: String], zone: any ZoneRules, currentTime: @escaping () -> Int64,
         standardInput: any ByteSource, standardOutput: any ByteSink, standardError: any ByteSink, terminal: Terminal) {
        self.init(environment: Environment { environment[$0] }, zone: zone, currentTime: currentTime,
                  standardInput: standardInput, standardOutput: standardOutput, standardError: standardError, terminal: terminal)
    }

    private init(environment: Environment, zone: any ZoneRules, currentTime: @escaping () -> Int64,
         standardInput: any ByteSource, standardOutput: any ByteSink, standardError: any ByteSink, terminal: Terminal) {
        self.environment = environment
        self.zone = zone
        self.currentTime = currentTime
        self.standardInput = standardInput
        self.terminal = terminal
        console = Console(standardOutput: standardOutput, standardError: standardError, terminal: terminal,
                          environment: environment)
    }

    /// The process's own world: environment and zone through libc (Foundation stays out of every start),
    /// file descriptors 0, 1 and 2.
    static func live() -> CrampContext {
        CrampContext(
            environment: Environment { getenv($0).map { String(cString: $0) } }, zone: SystemZone(), currentTime: { Int64(time(nil)) },
            standardInput: FileDescriptorSource(fd: 0), standardOutput: FileDescriptorSink(fd: 1),
            standardError: FileDescriptorSink(fd: 2),
            terminal: Terminal(stdoutIsTTY: isatty(1) == 1, stderrIsTTY: isatty(2) == 1, columns: Terminal.columns(of: 1)))
    }
}

/// The environment variables, looked up one by one: copying the whole environment into a dictionary costs
/// every `cramp` start about a million instructions (measured with callgrind), for the ten names it reads.
struct Environment {
    let lookup: (String) -> String?

    /// The value of `name`, or nil when unset.
    subscript(name: String) -> String? { lookup(name) }
}

/// The terminal standard output and error go to, if any.
struct Terminal {
    /// True when standard output is a terminal.
    var stdoutIsTTY: Bool
    /// True when standard error is a terminal.
    var stderrIsTTY: Bool
    /// Its width in cells, when standard output is a terminal that says.
    var columns: Int?

    /// Not a terminal: a pipe or a file, as in scripts and tests.
    static let none = Terminal(stdoutIsTTY: false, stderrIsTTY: false, columns: nil)

    /// The width of the terminal on `fd`, from the kernel; nil for a pipe or file.
    static func columns(of fd: Int32) -> Int? {
        var size = winsize()
        guard ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
