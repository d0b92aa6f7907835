import Foundation
import TestSupport
import Testing

// The rule for `[proof]` lines (the `.proof` trait and `proofLine`) is in ProofLines.swift beside this file.

/// What the proofs need beyond `CrampRun.run`: a run that can be killed, SQL answers as JSON, another
/// user for permission tests, and a small file system for the disk-full test.
extension CrampRun {
    /// A run that was started and then killed (or that finished first).
    struct KilledRun {
        /// True when SIGKILL ended it; false when it exited before the signal landed.
        let killed: Bool
        /// The exit status, or the signal number when killed.
        let status: Int32
        let stderr: String
    }

    /// Starts `cramp` and sends SIGKILL after `delay` seconds unless it has already exited.
    func runKilled(_ arguments: [String], after delay: TimeInterval, now: String? = nil) throws -> KilledRun {
        let process = Process()
        process.executableURL = CrampRun.binary
        process.arguments = arguments
        process.environment = environment(now: now)
        process.currentDirectoryURL = folder
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        if delay > 0 { Thread.sleep(forTimeInterval: delay) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return KilledRun(killed: process.terminationReason == .uncaughtSignal, status: process.terminationStatus,
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Rows of a query whose one column is `json_object(...)`, decoded.
    func jsonRows(_ query: String, database path: String? = nil) throws -> [[String: Any]] {
        try sql(query, database: path).map { line in
            try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        }
    }

    /// One integer answer from the `sqlite3` command line.
    func integer(_ query: String, database path: String? = nil) throws -> Int {
        let lines = try sql(query, database: path)
        guard lines.count == 1, let value = Int(lines[0]) else {
            throw ProofError("expected one integer from `\(query)`, got \(lines)")
        }
        return value
    }
}

struct ProofError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs as another user, for permission tests: root ignores file permissions, so as root the child runs
/// as `nobody` through `setpriv`; as anyone else permissions already apply.
enum OtherUser {
    static let nobody: (uid: UInt32, gid: UInt32) = (65534, 65534)
    static let setpriv = "/usr/bin/setpriv"

    /// True when the tests run as root.
    static var isRoot: Bool { getuid() == 0 }

    /// True when permission tests mean something here: not root, or root able to run the binary as nobody.
    static let permissionsApply: Bool = {
        guard isRoot else { return true }
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: setpriv)
        process.arguments = prefix + [CrampRun.binary.path, "--version"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus == 0
        } catch {
            return false
        }
    }()

    static let prefix = ["--reuid=\(nobody.uid)", "--regid=\(nobody.gid)", "--clear-groups", "--"]

    /// Runs `cramp` with `arguments` as the unprivileged user (directly when not root).
    static func run(_ cramp: CrampRun, _ arguments: [String]) throws -> CrampRun.Result {
        guard isRoot else { return try cramp.run(arguments) }
        return try cramp.run(prefix + [CrampRun.binary.path] + arguments, executable: URL(fileURLWithPath: setpriv))
    }

    /// Hands a file or folder to the unprivileged user (a no-op when not root) and sets its mode.
    static func give(_ path: String, mode: Int) throws {
        if isRoot { try FileManager.default.setAttributes([.ownerAccountID: nobody.uid, .groupOwnerAccountID: nobody.gid], ofItemAtPath: path) }
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }
}

/// A tiny tmpfs for the disk-full test; mounting needs root with CAP_SYS_ADMIN.
enum SmallDisk {
    /// The size of the full disk the proofs mount: room for a diary, not for much more written to it.
    static let kilobytes = 512
    /// Why a proof on a full disk is skipped, naming the mount it needs.
    static let needs: Comment = "needs root allowed to mount a small tmpfs (mount -t tmpfs -o size=\(kilobytes)k)"
    /// True when this machine lets the tests mount a tmpfs (probed once with a throwaway mount).
    static let available: Bool = {
        guard getuid() == 0, let probe = try? CrampRun() else { return false }
        defer { probe.cleanup() }
        let point = probe.folder.appendingPathComponent("probe").path
        guard (try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)) != nil,
              command("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", point]) == 0 else { return false }
        return command("/bin/umount", [point]) == 0
    }()

    /// Mounts a tmpfs of `kilobytes` at `path`.
    static func mount(_ path: String, kilobytes: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard command("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", path]) == 0 else {
            throw ProofError("cannot mount a tmpfs at \(path)")
        }
    }

    /// Grows a mounted tmpfs (frees space without touching the files on it).
    static func resize(_ path: String, kilobytes: Int) throws {
        guard command("/bin/mount", ["-o", "remount,size=\(kilobytes)k", path]) == 0 else {
            throw ProofError("cannot resize the tmpfs at \(path)")
        }
    }

    static func unmount(_ path: String) {
        _ = command("/bin/umount", [path])
    }

    @discardableResult
    static func command(_ path: String, _ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        } catch {
            return -1
        }
    }
}

/// The proofs that start hundreds of processes and time them run one after another, so one's load does
/// not blur the other's figures (the rest of the suite still runs beside them).
@Suite("Proofs that start many processes", .serialized)
enum ProcessHeavyProofs {}

/// Runs `body(index)` on `count` threads at once and waits for all of them.
func together(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for index in 0..<count {
        group.enter()
        Thread {
            body(index)
            group.leave()
        }.start()
    }
    group.wait()
}

/// Seconds since `start`, for the figures the proofs print.
func seconds(since start: Date) -> String { String(format: "%.1f s", Date().timeIntervalSince(start)) }

/// The id in an echo such as `logged #12 cramp, ...`.
func loggedID(_ stderr: String) -> Int? {
    guard let range = stderr.range(of: "logged #") else { return nil }
    return Int(stderr[range.upperBound...].prefix { $0.isNumber })
}

/// A value shared between threads in a test.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value { lock.withLock { stored } }

    func update(_ body: (inout Value) -> Void) { lock.withLock { body(&stored) } }
}
