import Diary
import Foundation
import Testing

@Suite("Timestamp and zones")
struct TimestampTests {
    @Test("local readings at negative, fractional and zero offsets", arguments: [
        ("2026-01-01T02:00:00Z", -5 * 3600, "2025-12-31T21:00:00", "-05:00"),
        ("2026-11-17T08:10:00Z", -(9 * 3600 + 1800), "2026-11-16T22:40:00", "-09:30"),
        ("2026-11-17T00:00:00Z", 5 * 3600 + 2700, "2026-11-17T05:45:00", "+05:45"),
        ("1970-01-01T00:00:00Z", -3600, "1969-12-31T23:00:00", "-01:00"),
        ("1969-12-31T23:59:59Z", 0, "1969-12-31T23:59:59", "+00:00"),
        ("2026-11-17T05:00:00Z", -18 * 3600, "2026-11-16T11:00:00", "-18:00"),
    ])
    func local(utcText: String, offset: Int, local: String, offsetText: String) {
        let stamp = Timestamp(utc: instant(utcText), offset: offset)
        #expect(stamp.local.description == local)
        #expect(stamp.offsetText == offsetText)
        #expect(stamp.iso8601 == local + offsetText)
        #expect(instant(stamp.iso8601) == stamp.utc)
        #expect(Timestamp(local: stamp.local, offset: offset) == stamp)
    }

    @Test("a negative offset puts an evening cramp on the right night")
    func negativeOffsetNight() {
        // 03:30Z is 22:30 the evening before in New York.
        let stamp = Timestamp(utc: instant("2026-11-17T03:30:00Z"), offset: -5 * 3600)
        #expect(NightWindow.standard.night(of: stamp.local) == night("2026-11-16"))
    }

    @Test("the hand-written Berlin zone agrees with the tz database",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/Europe/Berlin")
                   && FileManager.default.isExecutableFile(atPath: "/usr/bin/date")))
    func berlinMatchesTzdata() throws {
        // Instants either side of both 2026 changes, plus mid-winter and mid-summer.
        let instants: [Int64] = [
            Berlin2026Zone.summerStart - 1, Berlin2026Zone.summerStart, Berlin2026Zone.summerStart + 3600,
            Berlin2026Zone.summerEnd - 1, Berlin2026Zone.summerEnd, Berlin2026Zone.summerEnd + 3600,
            instant("2026-01-15T12:00:00Z"), instant("2026-07-15T12:00:00Z"), instant("2026-12-31T23:00:00Z"),
        ]
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

    @Test("a fixed zone has exactly one instant per reading")
    func fixedZone() {
        let zone = FixedOffsetZone(seconds: -5 * 3600)
        let local = LocalDateTime(date: day("2026-03-08"), hour: 2, minute: 30)!
        #expect(zone.timestamps(for: local).map(\.utc) == [instant("2026-03-08T02:30:00-05:00")])
    }
}
