import Foundation
import Testing

/// `cramp remind` as a person meets it (issue 16): the built binary in a real terminal under tmux, keys sent to it,
/// the pane read back, and the diary checked; and without a terminal, one line per event. The clock is pinned at
/// the start (`CRAMP_NOW`) and runs 600 times as fast (`CRAMP_CLOCK_SPEED`): a real second is ten minutes, so
/// the 40-minute break falls due about four seconds in.
@Suite("remind", .serialized)
struct RemindProcessTests {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    // Issue 16: the tmux session of `remind` — the bar, the bell and the notification when the break falls due,
    // `b` and space record breaks, Ctrl-C stops and records the stretch, exit 0, the terminal's mode restored.
    @Test(.enabled(if: tmux != nil, "needs tmux (apt-get install tmux)"))
    func remindInATerminal() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["sit"], now: "2026-11-21T09:00")
        let notified = try FakeNotifier(in: cramp.folder)
        let pane = try TmuxPane(tmux: Self.tmux!, folder: cramp.folder, command: [
            "env", "PATH=\(notified.folder):/usr/bin:/bin", "LC_ALL=C", "CRAMP_CLOCK_SPEED=600",
        ] + cramp.environment(now: "2026-11-21T09:01").filter { ["CRAMP_DB", "CRAMP_NOW", "TZ", "HOME"].contains($0.key) }
            .map { "\($0.key)=\($0.value)" } + [CrampRun.binary.path, "remind"])
        defer { pane.kill() }

        // The first event line, then the bar below it (ASCII with LC_ALL=C), with the keys.
        let opened = try pane.waitFor("b break, q leave, ^C stop")
        #expect(opened.contains("remind: sitting since Sat 2026-11-21 09:00 +01:00, 1m so far, 0 breaks taken; next break due at 09:40 (in 39m)"))
        #expect(opened.contains("sitting 1m [-") || opened.contains("sitting 2m [-"), "the bar: \(opened)")

        let due = try pane.waitFor("time for a stretch break: sitting")
        #expect(due.contains(" break overdue by ") || due.contains(" next break "), "the bar after the bell: \(due)")
        #expect(try pane.raw().contains("\u{07}"), "the terminal bell")
        #expect(try notified.waitForLine().hasPrefix("cramp Time for a stretch break: sitting "))

        pane.send("b")
        let first = try pane.waitFor("recorded stretch break #1 (1 break in this stretch); next due at ")
        pane.send("Space")
        _ = try pane.waitFor("recorded stretch break #2 (2 breaks in this stretch)")
        pane.send("C-c")
        let end = try pane.waitFor("remind exited 0")
        #expect(end.contains("stopped sitting: recorded s1 sitting "))
        #expect(end.contains("breaks taken: 2 (2 logged live)"))
        // After remind: the shell's own mode is back (line editing and echo on).
        #expect(end.contains("mode: icanon echo"), "\(end)")
        #expect(first.components(separatedBy: "\n").filter { $0.contains("time for a stretch break") }.count == 1)

        #expect(try cramp.row("SELECT count(*) FROM open_stretch") == "0")
        let session = try #require(try cramp.row("SELECT posture, start_utc, duration_s, breaks_taken FROM posture_session"))
        let fields = session.split(separator: "|")
        #expect(fields[0] == "sitting" && fields[1] == "\(Oracle.utc("2026-11-21T09:00:00+01:00"))" && fields[3] == "0")
        // It ran past the due moment (40 min) on the fast clock.
        #expect((Int(fields[2]) ?? 0) >= 2400, "\(session)")
        let breaks = try cramp.sql("SELECT at_utc FROM stretch_break ORDER BY at_utc").compactMap { Int64($0) }
        let start = Oracle.utc("2026-11-21T09:00:00+01:00")
        #expect(breaks.count == 2 && breaks.allSatisfy { $0 >= start + 2400 && $0 <= start + Int64(fields[2])! }, "\(breaks)")
    }

    // Issue 16: without a terminal, one line per event (no bar, no bell, no escape sequences); keys come from the
    // input; SIGINT stops and records the stretch and ends with exit 0.
    @Test func remindWithoutATerminalPrintsOneLinePerEvent() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try cramp.ok(["sit"], now: "2026-11-21T09:00")
        let process = Process()
        process.executableURL = CrampRun.binary
        process.arguments = ["remind"]
        process.environment = cramp.environment(now: "2026-11-21T09:01", extra: ["CRAMP_CLOCK_SPEED": "600", "PATH": "/usr/bin:/bin"])
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        let collected = Collected(output.fileHandleForReading)
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        _ = try collected.waitFor("time for a stretch break")
        input.fileHandleForWriting.write(Data("b".utf8))
        _ = try collected.waitFor("recorded stretch break #1")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        let lines = try collected.waitFor("stopped sitting").split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines.first == "remind: sitting since Sat 2026-11-21 09:00 +01:00, 1m so far, 0 breaks taken; next break due at 09:40 (in 39m)")
        // The bell's tick comes within a tick (a simulated minute) of the due moment.
        let dueLine = lines.dropFirst().first ?? ""
        #expect(dueLine.hasSuffix(" time for a stretch break: sitting 40m without one (b records it)")
            || dueLine.hasSuffix(" time for a stretch break: sitting 41m without one (b records it)"), "\(dueLine)")
        #expect(lines.dropFirst(2).first?.contains(" recorded stretch break #1 (1 break in this stretch); next due at ") == true)
        #expect(lines.last?.contains(" stopped sitting: recorded s1 sitting ") == true)
        #expect(!collected.text.contains("\u{1B}") && !collected.text.contains("\u{07}") && !collected.text.contains("\r"))
        #expect(try cramp.row("SELECT count(*) FROM stretch_break") == "1")
        #expect(try cramp.row("SELECT count(*) FROM open_stretch") == "0")
    }
}

/// A `notify-send` stand-in on the PATH that writes its arguments, one call per line.
struct FakeNotifier {
    let folder: String
    let log: String

    init(in base: URL) throws {
        folder = base.appendingPathComponent("bin").path
        log = base.appendingPathComponent("notified.txt").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let script = folder + "/notify-send"
        try "#!/bin/sh\necho \"$*\" >> '\(log)'\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
    }

    /// The first notification, waited for up to 10 s.
    func waitForLine() throws -> String {
        try waitUntil("a notification in \(log)") {
            (try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n").first.map(String.init)
        }
    }
}

/// One tmux pane on a private server (`-L`, no config), running `command` and then reporting its exit status and
/// the terminal mode the shell finds afterwards; its raw output is also logged to a file (`pipe-pane`).
struct TmuxPane {
    let tmux: String
    let socket = "cramp-remind-\(UUID().uuidString.prefix(8))"
    let rawLog: String

    init(tmux: String, folder: URL, command: [String]) throws {
        self.tmux = tmux
        rawLog = folder.appendingPathComponent("pane.raw").path
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        // The short sleep lets pipe-pane attach before remind writes; `stty -a` shows the mode remind left behind.
        // Ctrl-C reaches the whole foreground group, the shell too: it catches it (and does nothing) so that it
        // lives on to report; remind itself starts with the default action, as from a prompt.
        let script = "trap : INT; sleep 0.5; \(quoted); echo \"remind exited $?\"; "
            + "echo \"mode: $(stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' ')\"; sleep 60"
        try run(["-f", "/dev/null", "new-session", "-d", "-s", "remind", "-x", "110", "-y", "24", "sh", "-c", script])
        try run(["pipe-pane", "-t", "remind", "-o", "cat >> '\(rawLog)'"])
    }

    /// The pane's text now, wrapped lines joined.
    func capture() throws -> String { try run(["capture-pane", "-p", "-J", "-t", "remind"]) }

    /// The raw bytes the program wrote, as text.
    func raw() throws -> String { (try? String(contentsOfFile: rawLog, encoding: .utf8)) ?? "" }

    /// The pane once `text` shows in it, waited for up to 10 s; the pane's text is in the error when it never does.
    func waitFor(_ text: String, orFail other: String? = nil) throws -> String {
        do {
            return try waitUntil("\"\(text)\" in the pane") { let pane = try capture(); return pane.contains(text) ? pane : nil }
        } catch {
            throw WaitTimedOut(what: "\"\(text)\" in the pane, which shows:\n" + ((try? capture()) ?? ""))
        }
    }

    /// Sends one key (tmux key names: `b`, `Space`, `C-c`).
    func send(_ key: String) { _ = try? run(["send-keys", "-t", "remind", key]) }

    /// Ends the server and everything in it.
    func kill() { _ = try? run(["kill-server"]) }

    /// Runs a tmux client and returns what it printed. Spawned and waited for by pid, not through Foundation's
    /// `Process`: its wait also lasts as long as anything holds the child's descriptors, and the server that
    /// `new-session` starts holds them for its whole life.
    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw WaitTimedOut(what: "a pipe for tmux") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = ([tmux, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, tmux, &actions, nil, argv, environment)
        close(fds[1])
        defer { close(fds[0]) }
        guard spawned == 0 else { throw WaitTimedOut(what: "tmux to start") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        // Only capture-pane prints, and little: the pipe holds it all; the server never got this write end.
        var output = [UInt8](repeating: 0, count: 1 << 16)
        var flags = fcntl(fds[0], F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(fds[0], F_SETFL, flags)
        var text = Data()
        while true {
            let count = read(fds[0], &output, output.count)
            if count <= 0 { break }
            text.append(contentsOf: output[0..<count])
        }
        return String(decoding: text, as: UTF8.self)
    }
}

/// Everything a pipe delivers, collected as it comes.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes = Data()

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            if chunk.isEmpty { handle.readabilityHandler = nil }
            guard let self else { return }
            self.lock.withLock { self.bytes.append(chunk) }
        }
    }

    var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }

    /// The text once it contains `needle`, waited for up to 10 s.
    func waitFor(_ needle: String) throws -> String {
        try waitUntil("\"\(needle)\" in the output") { let text = self.text; return text.contains(needle) ? text : nil }
    }
}

/// Polls `probe` every 50 ms for up to 10 s; fails naming `what` when it never answers.
func waitUntil<T>(_ what: String, _ probe: () throws -> T?) throws -> T {
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline {
        if let value = try probe() { return value }
        Thread.sleep(forTimeInterval: 0.05)
    }
    throw WaitTimedOut(what: what)
}

struct WaitTimedOut: Error, CustomStringConvertible {
    let what: String
    var description: String { "waited 10 s for \(what)" }
}
