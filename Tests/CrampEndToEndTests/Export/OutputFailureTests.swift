import Foundation
import Testing

@Suite("cramp export when the output cannot be written")
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

    @Test func aFullDiskIsExit74() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try bigDiary(cramp)
        let result = try cramp.shell(#""$CRAMP" export > /dev/full"#)
        #expect(result.status == 74)
        #expect(result.stderr.contains("cannot write to standard output: No space left on device"), "\(result.stderr)")
    }

    @Test func aClosedPipeIsExit74() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try bigDiary(cramp)
        let result = try cramp.shell(#"set -o pipefail; "$CRAMP" export | head -c 100 > /dev/null"#)
        #expect(result.status == 74)
        #expect(result.stderr.contains("Broken pipe"), "\(result.stderr)")
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
