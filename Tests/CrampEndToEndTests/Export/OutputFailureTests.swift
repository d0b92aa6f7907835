import Foundation
import Testing

@Suite("Commands when the output cannot be written: a full disk is exit 74, a closed pipe ends quietly by SIGPIPE")
struct OutputFailureTests {
    /// About 1 MB of CSV: more than a pipe and the export's 64 KiB buffer hold.
    private func bigDiary(_ cramp: CrampRun) throws {
        var text = "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note\r\n"
        let note = String(repeating: "x", count: 1_000)
        for day in 0..<1_000 {
            let stamp = Date(timeIntervalSince1970: 1_700_000_000 + Double(day) * 86_400)
            let local = ISO8601DateFormatter.string(from: stamp, timeZone: TimeZone(secondsFromGMT: 3600)!,
                                                    formatOptions: [.withInternetDateTime])
            text += ",cramp,\(local.dropLast(6))+01:00,2000-01-01,yes,left,calf,60,,yes,,,\(note)\r\n"
        }
        let result = try cramp.run(["import", "-"], stdin: Data(text.utf8))
        try #require(result.status == 0, "\(result.stderr)")
    }

    /// Every command that prints data, on a full disk: exit 74 and one line saying the output is incomplete.
    @Test(arguments: ["export", "list all", "report", "report --json", "summary", "status", "show 1", "config list", "paths",
                      "list --posture all --json", "backup -o copy.db"])
    func aFullDiskIsExit74(_ command: String) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try bigDiary(cramp)
        let result = try cramp.shell(#""$CRAMP" \#(command) > /dev/full"#)
        #expect(result.status == 74, "\(command): \(result.stderr)")
        #expect(result.stderr.contains("cannot write to standard output: No space left on device"), "\(command): \(result.stderr)")
    }

    /// A reader that goes away (`| head`) ends the command the Unix way, the same for every command: killed by
    /// SIGPIPE (the shell's 141 under pipefail), with nothing on standard error.
    @Test(arguments: ["export", "list all", "export --format json"])
    func aClosedPipeEndsQuietlyBySIGPIPE(_ command: String) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try bigDiary(cramp)
        let result = try cramp.shell(#"set -o pipefail; "$CRAMP" \#(command) | head -c 100 > /dev/null"#)
        #expect(result.status == 141, "\(command): \(result.status) \(result.stderr)")
        #expect(!result.stderr.contains("cramp: "), "\(command): \(result.stderr)")
    }

    @Test func aMissingFolderLeavesNothing() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try bigDiary(cramp)
        let target = cramp.path("no/such/folder/visit.csv")
        let result = try cramp.run(["export", "-o", target])
        #expect(result.status == 74)
        #expect(result.stderr.contains("nothing was written to \(target)"))
    }

    @Test func aFailedExportKeepsTheOlderFileAndLeavesNoTemporary() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try bigDiary(cramp)
        let target = cramp.path("visit.csv")
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        // A 100 KiB file-size limit makes write(2) fail with EFBIG part way (SIGXFSZ ignored, as bash passes on).
        let result = try cramp.shell(#"trap '' XFSZ; ulimit -f 100; "$CRAMP" export -o visit.csv"#)
        #expect(result.status == 74)
        #expect(result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(result.stderr.contains("an older file there is unchanged"))
        #expect(cramp.bytes(of: target) == Data("old".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: cramp.folder.path)
        #expect(!names.contains { $0.contains(".cramp-") }, "\(names)")
    }
}
