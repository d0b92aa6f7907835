#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole process to time, as a user would start it.
struct Command: Sendable {
    /// A short name for the table (the full line is in `display`).
    let label: String
    /// Program path (absolute, or a name looked up in PATH by the launcher).
    let program: String
    let arguments: [String]
    /// The complete environment of the process; nothing is inherited from the benchmark.
    let environment: [String: String]
    /// Where its standard output goes (a file, so large exports cost what writing a file costs).
    let stdoutPath: String
    /// Where its standard error goes.
    let stderrPath: String
    /// The subcommand when this runs `cramp` with one (`log`, `report`...).
    var crampSubcommand: String? = nil

    /// The command line as a person would type it (the environment left out).
    var display: String { ([Command.baseName(program)] + arguments).map(Command.shellQuoted).joined(separator: " ") }

    static func baseName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    /// The word as a POSIX shell would need it: bare when safe, else in single quotes.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0) }
        if plain && !word.isEmpty { return word }
        var out = "'"
        for character in word { out += character == "'" ? "'\\''" : String(character) }
        return out + "'"
    }
}

/// One run as the kernel accounted it.
struct Sample: Sendable {
    /// Fork to reaped exit, on the monotonic clock.
    let wallNanoseconds: Int64
    /// Peak resident set of the process (Linux `ru_maxrss`, KiB).
    let maxRSSKiB: Int
    let userMicroseconds: Int64
    let systemMicroseconds: Int64
    /// Exit status, or -1 when killed by a signal.
    let exitStatus: Int
    let signal: Int
}

/// Runs commands through `cramp-bench-spawn`, which forks, execs, waits with `wait4` and reports.
struct ProcessRunner {
    /// The launcher binary.
    let launcher: String

    /// Runs `command` once and returns the launcher's accounting of it.
    func run(_ command: Command) throws -> Sample {
        let argv = [launcher, command.stdoutPath, command.stderrPath, command.program] + command.arguments
        let environment = command.environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw BenchError("pipe: \(String(cString: strerror(errno)))") }
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #elseif canImport(Darwin)
        // Darwin's file actions are an opaque pointer that `posix_spawn_file_actions_init` allocates.
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])

        var pid: pid_t = 0
        let result = withCStrings(argv) { cArgv in
            withCStrings(environment) { cEnv in posix_spawn(&pid, launcher, &actions, nil, cArgv, cEnv) }
        }
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard result == 0 else {
            throw BenchError("cannot start \(launcher): \(String(cString: strerror(result)))")
        }
        let output = String(decoding: try Files.readAll(pipeEnds[0]), as: UTF8.self)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let fields = output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int64($0) }
        guard fields.count == 6 else {
            let detail = (try? Files.readText(command.stderrPath)) ?? ""
            throw BenchError("\(launcher) failed to run \(command.program): \(output) \(detail)")
        }
        return Sample(wallNanoseconds: fields[0], maxRSSKiB: Int(fields[1]), userMicroseconds: fields[2],
                      systemMicroseconds: fields[3], exitStatus: Int(fields[4]), signal: Int(fields[5]))
    }
}

/// Calls `body` with a NULL-terminated C array of the strings, valid only inside `body`.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
}
