import Foundation
import Testing

/// `cramp summary` (text, `--format html`, `-o`, a period) through the real command.
@Suite("in process: summary")
struct SummaryInProcessTests {
    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--trigger", "furosemide"])
        cramp.ok(["log", "right", "foot", "12m", "--at", "yesterday 02:00"])
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-10-05T02:00"])
        return cramp
    }

    @Test func textCoversTheLastNinetyNights() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["summary"])
        #expect(result.stderr.isEmpty, "text to stdout says nothing more")
        let lines = result.outputLines
        #expect(lines.first == "Leg cramp diary: summary for a doctor visit")
        #expect(lines.contains("Period: Sun 2026-08-23 to Fri 2026-11-20 (90 nights); made Sat 2026-11-21."), "\(result.stdout)")
        #expect(lines.contains("First episode in the diary: Mon 2026-10-05 02:00 +02:00 (night of 2026-10-04)."), "\(result.stdout)")
        #expect(lines.contains("Red flags logged: 1 cramp over 10 minutes: Fri 2026-11-20 02:00 right foot 12m."), "\(result.stdout)")
        // Months start at the first record, the night of 10-04 (issue 12): no zero row for August or September.
        #expect(lines.contains { $0.hasPrefix("  2026-11 (1-20)        20    20       2          2             2         0") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("  2026-10 (4-31)        28    28       1          1             1         0") }, "\(result.stdout)")
        #expect(!lines.contains { $0.hasPrefix("  2026-09 ") || $0.hasPrefix("  2026-08 ") }, "\(result.stdout)")
        #expect(result.stdout.contains("furosemide"), "a trigger that may be a medicine is named")
    }

    @Test func aPeriodNarrowsIt() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let october = cramp.ok(["summary", "2026-10"])
        #expect(october.stdout.contains("Period: Thu 2026-10-01 to Sat 2026-10-31 (31 nights)"), "\(october.stdout)")
        #expect(october.stdout.contains("In this period: 1 cramp (1 nocturnal, on 1 night)"), "\(october.stdout)")
        #expect(!october.stdout.contains("Red flags logged: 1"), "the 12-minute cramp is in November")
        #expect(cramp.run(["summary", "someday"]).status == 64)
    }

    @Test func htmlToAFileIsSelfContainedAndOwnerOnly() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let target = cramp.path("visit.html")
        let result = cramp.ok(["summary", "--format", "html", "-o", target])
        #expect(result.stdout.isEmpty)
        #expect(result.messageLines == ["wrote the summary of Sun 2026-08-23 to Fri 2026-11-20 (90 nights) to \(target)"])
        let page = String(decoding: cramp.bytes(target) ?? Data(), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<svg") && page.hasSuffix("</html>\n"), "charts inline, page complete")
        #expect(!page.contains("<script") && !page.contains("<link") && !page.contains("src=") && !page.contains("url("),
                "nothing runs, nothing is fetched")
        // The only web address is the SVG namespace, a name rather than something to fetch.
        let svgNamespace = "xmlns=\"http://www.w3.org/2000/svg\""
        #expect(page.components(separatedBy: "http").count == page.components(separatedBy: svgNamespace).count)
        #expect(page.contains("2026-11-20"))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(cramp.ok(["summary", "--format", "html"]).stdout == page, "stdout gets the same page")
    }

    @Test func textToAFileMatchesStandardOutput() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let target = cramp.path("visit.txt")
        cramp.ok(["summary", "-o", target])
        #expect(cramp.bytes(target) == Data(cramp.ok(["summary"]).stdout.utf8))
        expectUsageRefusal(cramp.run(["summary", "-o", cramp.folder.path + "/"]), field: "-o")
    }

    @Test func anEmptyDiaryStillGetsASummaryAndNoFile() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        #expect(cramp.ok(["summary"]).stdout.hasPrefix("Leg cramp diary: summary for a doctor visit\n"))
        #expect(cramp.names().isEmpty)
    }
}
