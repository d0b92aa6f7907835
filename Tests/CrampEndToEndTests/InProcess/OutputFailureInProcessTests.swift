import DiaryStore
import Foundation
import Testing

/// Commands whose standard output cannot be written: a full disk (ENOSPC) is exit 74 with one message, a
/// closed pipe (EPIPE) is 141 (which `main` turns into a quiet SIGPIPE death) with no message at all.
@Suite("in process: standard output fails")
struct OutputFailureInProcessTests {
    /// A command that writes data to stdout, and the one informational stderr line it prints before its data
    /// (`list` names the period, `backup` says what it copied), which a failed stdout must not change.
    struct Case: Sendable, CustomStringConvertible {
        let arguments: [String]
        let notice: String?
        var description: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["list", "all"], notice: "Fri 2026-11-20 to Sat 2026-11-21 (2 nights): 2 episodes"),
        Case(arguments: ["report"], notice: nil),
        Case(arguments: ["export"], notice: nil),
        Case(arguments: ["summary"], notice: nil),
        Case(arguments: ["show", "1"], notice: nil),
        Case(arguments: ["status"], notice: nil),
        Case(arguments: ["config", "list"], notice: nil),
        Case(arguments: ["paths"], notice: nil),
        Case(arguments: ["backup", "-o", "{folder}/copy.db"],
             notice: "backed up 2 episodes (schema version \(MigrationCatalogue.latestVersion)) to {folder}/copy.db; integrity check: ok"),
    ]

    static let fullDisk = "cramp: cannot write to standard output: No space left on device; the output is incomplete"

    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10"])
        cramp.ok(["log", "right", "foot", "1m"])
        return cramp
    }

    @Test(arguments: cases)
    func aFullDiskIsExit74WithOneMessage(_ item: Case) throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let fill = { (text: String) in text.replacingOccurrences(of: "{folder}", with: cramp.folder.path) }
        #expect(!cramp.ok(item.arguments.map(fill)).stdout.isEmpty, "\(item) writes data when it can")
        if item.arguments.first == "backup" { try FileManager.default.removeItem(atPath: fill("{folder}/copy.db")) }

        let result = cramp.run(item.arguments.map(fill), stdout: CapturedOutput(capacity: 0, failureErrno: ENOSPC))
        #expect(result.status == 74, "\(item): \(result.status) \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.messageLines == (item.notice.map { [fill($0)] } ?? []) + [Self.fullDisk], "\(item): \(result.stderr)")
    }

    @Test(arguments: cases)
    func aClosedPipeIsExit141WithNoMessage(_ item: Case) throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let fill = { (text: String) in text.replacingOccurrences(of: "{folder}", with: cramp.folder.path) }
        let result = cramp.run(item.arguments.map(fill), stdout: CapturedOutput(capacity: 0, failureErrno: EPIPE))
        #expect(result.status == 141, "\(item): \(result.status) \(result.stderr)")
        #expect(result.messageLines == (item.notice.map { [fill($0)] } ?? []), "\(item): \(result.stderr)")
    }

    /// More than the 64 KiB the output code collects before one write: the failure comes part way through.
    @Test(arguments: [(ENOSPC, Int32(74)), (EPIPE, Int32(141))])
    func aFailurePartWayThroughABigExport(_ code: Int32, _ status: Int32) throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        var csv = ExportInProcessTests.header + "\r\n"
        let note = String(repeating: "n", count: 200)
        // Ten nights of 60 cramps a minute apart from 02:00; a 02:xx cramp belongs to the evening before.
        for minute in 0..<600 {
            let day = 10 + minute / 60
            let start = "2026-10-\(day)T02:" + String(format: "%02d", minute % 60) + ":00+02:00"
            csv += ",cramp,\(start),2026-10-" + String(format: "%02d", day - 1) + ",yes,left,calf,60,,yes,,,\(note)\r\n"
        }
        cramp.ok(["import", "-"], stdin: Array(csv.utf8))
        let whole = cramp.ok(["export"]).stdout
        #expect(whole.utf8.count > 100_000)

        let output = CapturedOutput(capacity: 80_000, failureErrno: code)
        let result = cramp.run(["export"], stdout: output)
        #expect(result.status == status, "\(result.stderr)")
        #expect(output.bytes.count >= 65_536 && output.bytes.count < whole.utf8.count, "\(output.bytes.count) bytes went out")
        #expect(whole.utf8.starts(with: output.bytes), "what went out is the start of the export")
        #expect(result.messageLines == (code == ENOSPC ? [Self.fullDisk] : []), "\(result.stderr)")
    }
}
