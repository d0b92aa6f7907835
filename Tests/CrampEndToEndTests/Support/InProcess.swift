import Diary
import Foundation
@testable import CrampCLI

/// Zone rules from Foundation's time-zone database, so in-process runs need no process-wide `TZ`.
struct FoundationZone: ZoneRules {
    let zone: TimeZone
    func offset(atUTC utc: Int64) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) }
}

/// Standard output or error of an in-process run; it can be made to fail like a full disk or a closed pipe.
final class CapturedOutput: ByteSink {
    private(set) var bytes: [UInt8] = []
    /// After this many bytes every write fails with `failureErrno`.
    let capacity: Int
    let failureErrno: Int32

    init(capacity: Int = .max, failureErrno: Int32 = ENOSPC) {
        self.capacity = capacity
        self.failureErrno = failureErrno
    }

    func write(_ buffer: UnsafeRawBufferPointer) throws(WriteFailure) {
        guard bytes.count + buffer.count <= capacity else { throw WriteFailure(errno: failureErrno) }
        bytes.append(contentsOf: buffer)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Standard input of an in-process run.
final class GivenInput: ByteSource {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    private var offset = 0

    func readAll(limit: Int) throws -> [UInt8] {
        if bytes.count > limit { throw ReadOverflow(limit: limit) }
        return bytes
    }

    func read(upTo count: Int) throws -> [UInt8] {
        let end = min(bytes.count, offset + count)
        defer { offset = end }
        return Array(bytes[offset..<end])
    }
}

/// Runs `cramp` commands in this process through the real command code (`Cramp.execute`) with a captured
/// context: the same parsing, actions and printing as the binary, with the diary in a unique temporary folder,
/// the clock pinned and Europe/Berlin as the zone.
struct InProcessCramp {
    /// What one run produced.
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A fresh, unique folder; removed by `cleanup()`.
    let folder: URL
    /// The diary path used by default (`CRAMP_DB`).
    var database: String { folder.appendingPathComponent("cramp.db").path }
    /// The pinned moment, as `CRAMP_NOW` takes it.
    var now = "2026-11-21T09:00"
    /// The zone.
    var zone = FoundationZone(zone: TimeZone(identifier: "Europe/Berlin")!)

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cramp-inprocess-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Removes the folder and everything in it.
    func cleanup() { try? FileManager.default.removeItem(at: folder) }

    /// Runs `cramp ARGUMENTS` with optional standard input, extra environment and a given standard output.
    @discardableResult
    func run(_ arguments: [String], stdin: [UInt8] = [], input: (any ByteSource)? = nil,
             environment extra: [String: String] = [:],
             stdout: CapturedOutput = CapturedOutput(), terminal: Terminal = .none) -> Result {
        var environment = ["HOME": folder.path, "CRAMP_DB": database, "CRAMP_NOW": now, "TZ": "Europe/Berlin"]
        for (key, value) in extra { environment[key] = value }
        let stderr = CapturedOutput()
        let context = CrampContext(
            environment: environment, zone: zone, currentTime: { fatalError("the clock is pinned by CRAMP_NOW") },
            standardInput: input ?? GivenInput(stdin), standardOutput: stdout, standardError: stderr, terminal: terminal)
        let status = Cramp.execute(arguments, in: context)
        return Result(status: status, stdout: stdout.text, stderr: stderr.text)
    }
}
