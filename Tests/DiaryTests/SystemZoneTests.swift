import Diary
import Foundation
import Testing

/// `SystemZone` reads `TZ` once per process, and tests run in parallel, so TZ is never set here: the test
/// binary runs itself as a child with TZ pinned, and the child's probe prints what `SystemZone` says.
@Suite("SystemZone")
struct SystemZoneTests {
    static let probeVariable = "DIARY_TESTS_SYSTEMZONE_PROBE"

    /// Instants either side of both 2026 Berlin changes, plus mid-winter and mid-summer.
    static let instants: [Int64] = [
        Berlin2026Zone.summerStart - 1, Berlin2026Zone.summerStart, Berlin2026Zone.summerStart + 3600,
        Berlin2026Zone.summerEnd - 1, Berlin2026Zone.summerEnd, Berlin2026Zone.summerEnd + 3600,
        instant("2026-01-15T12:00:00Z"), instant("2026-07-15T12:00:00Z"), instant("2026-12-31T23:00:00Z"),
    ]

    static var canRunChild: Bool {
        #if os(Linux)
        FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin")
            && FileManager.default.fileExists(atPath: "/proc/self/exe")
        #else
        false
        #endif
    }

    @Test("child-process probe (runs only inside the test below)",
          .enabled(if: ProcessInfo.processInfo.environment[SystemZoneTests.probeVariable] != nil,
                   "a probe: runs only in the child started by the test below"))
    func systemZoneProbe() {
        let zone = SystemZone()
        for utc in Self.instants { print("PROBE \(utc) \(zone.offset(atUTC: utc))") }
    }

    @Test("with TZ=Europe/Berlin, SystemZone agrees with the hand-written test zone",
          .enabled(if: canRunChild, "needs /usr/share/zoneinfo/Europe/Berlin (tzdata) and /proc/self/exe (Linux)"))
    func matchesBerlinInChild() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        process.arguments = ["--testing-library", "swift-testing", "--filter", "systemZoneProbe"]
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Europe/Berlin"
        environment[Self.probeVariable] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)

        var reported: [Int64: Int] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("PROBE ") {
            let fields = line.split(separator: " ")
            reported[Int64(fields[1])!] = Int(fields[2])!
        }
        #expect(reported.count == Self.instants.count, "child output: \(text)")
        for utc in Self.instants {
            #expect(reported[utc] == Berlin2026Zone().offset(atUTC: utc), "at \(utc)")
        }
    }

    @Test("the hand-written Berlin zone agrees with the tz database",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/date"),
                   "needs /usr/share/zoneinfo/Europe/Berlin (tzdata) and /usr/bin/date"))
    func berlinMatchesTzdata() throws {
        let instants = Self.instants
        // The child process gets TZ pinned; this process's TZ is never touched (tests run in parallel).
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/date")
        process.arguments = ["-f", "-", "+%z"]
        process.environment = ["TZ": "Europe/Berlin", "LC_ALL": "C"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(instants.map { "@\($0)\n" }.joined().utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let offsets = text.split(separator: "\n").map { line -> Int in
            let sign = line.hasPrefix("-") ? -1 : 1
            let digits = line.dropFirst()
            return sign * (Int(digits.prefix(2))! * 3600 + Int(digits.suffix(2))! * 60)
        }
        #expect(offsets == instants.map { Berlin2026Zone().offset(atUTC: $0) })
    }
}
