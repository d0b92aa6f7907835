import Foundation
import Testing

/// Runs the built `cramp` binary the way a person would, in a private temporary folder.
///
/// Every run pins `TZ` (default Europe/Berlin) and `CRAMP_NOW`, and clears the variables that could point
/// at a real diary, so nothing depends on the machine or the moment the tests run.
struct CrampRun {
    /// What one run produced.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data
    }

    /// A fresh, unique folder; removed by `cleanup()`.
    let folder: URL
    /// The diary path used by default.
    var database: String { folder.appendingPathComponent("cramp.db").path }
    /// Pinned moment for every run unless `now:` is given.
    var now = "2026-11-21T09:00"
    /// Pinned zone.
    var timeZone = "Europe/Berlin"

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cramp-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the folder and everything in it.
    func cleanup() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The `cramp` binary built next to this test bundle (override with `CRAMP_BIN`).
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CRAMP_BIN"] { return URL(fileURLWithPath: path) }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("cramp")
    }

    /// Runs `cramp` with `arguments`, the diary at `database` (unless `--db` is among the arguments or
    /// `useDefaultDatabase` is false), optional stdin, and extra environment.
    @discardableResult
    func run(
        _ arguments: [String], stdin: Data? = nil, now: String? = nil, environment extra: [String: String] = [:],
        useDefaultDatabase: Bool = true, executable: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? CrampRun.binary
        process.arguments = arguments
        process.environment = environment(now: now, extra: extra, useDefaultDatabase: useDefaultDatabase)
        process.currentDirectoryURL = folder

        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        // A fast cramp may exit (having refused its input) before we finish writing stdin: that must be an
        // error we ignore, not a SIGPIPE that kills the test runner.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: stdin) }
        try? input.fileHandleForWriting.close()
        // Read both pipes before waiting so a large output cannot fill a pipe and stall the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    /// The environment of a run: pinned zone and clock, HOME in the folder, no variable pointing at a real diary.
    func environment(now: String? = nil, extra: [String: String] = [:], useDefaultDatabase: Bool = true) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for name in ["CRAMP_DB", "CRAMP_NOW", "XDG_DATA_HOME", "NO_COLOR", "LC_ALL", "LANG"] {
            environment.removeValue(forKey: name)
        }
        environment["TZ"] = timeZone
        environment["HOME"] = folder.path
        environment["CRAMP_NOW"] = now ?? self.now
        if useDefaultDatabase { environment["CRAMP_DB"] = database }
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// The bytes of a file, or nil when it does not exist.
    func bytes(of path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// Runs a query with the `sqlite3` command line on the diary and returns its output lines.
    func sql(_ query: String, database path: String? = nil) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path ?? database, query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
