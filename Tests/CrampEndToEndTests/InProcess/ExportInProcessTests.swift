import Foundation
import Testing

/// `cramp export` (CSV, JSON, posture, a period, `-o FILE`) through the real command.
@Suite("in process: export")
struct ExportInProcessTests {
    static let header = "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note"

    private func diary() throws -> InProcessCramp {
        let cramp = try InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "03:10", "--woke", "--intensity", "6", "--trigger", "cold",
                  "--trigger", "a;b", "--relief", "stretch:helped", "--relief", "heat", "--note", "=SUM(A1), \"quoted\""])
        cramp.ok(["log", "right", "foot", "12m", "--at", "2026-11-01T14:00", "--numbness"])
        cramp.ok(["sit", "2h", "--breaks", "1", "--note", "train"])
        return cramp
    }

    @Test func csvIsOneRowPerEpisodeWithCRLFAndTheSpreadsheetGuard() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["export"])
        #expect(result.stdout == [
            Self.header,
            "2,numbness,2026-11-01T14:00:00+01:00,2026-11-01,no,right,foot,720,,unknown,,,",
            "1,cramp,2026-11-21T03:10:00+01:00,2026-11-20,yes,left,calf,120,6,yes,\"cold;a\\;b\",\"stretch:helped;heat:unsure\","
                + "\"'=SUM(A1), \"\"quoted\"\"\"",
        ].map { $0 + "\r\n" }.joined(), "\(result.stdout)")
        #expect(result.messageLines == ["exported 2 episodes (whole diary)"])
        #expect(cramp.ok(["export", "--bom"]).stdout.hasPrefix("\u{FEFF}id,kind,"))
    }

    @Test func jsonIsOneObjectPerLineWithoutTheGuard() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["export", "--format", "json"])
        #expect(result.outputLines.count == 4, "[, two objects, ]: \(result.stdout)")
        let rows = try cramp.jsonArray(["export", "--format", "json"])
        #expect(rows.map { $0["id"] as? Int } == [2, 1])
        let cramped = try #require(rows.last)
        #expect(cramped["note"] as? String == "=SUM(A1), \"quoted\"")
        #expect(cramped["nocturnal"] as? Bool == true && cramped["triggers"] as? [String] == ["cold", "a;b"])
        #expect((cramped["reliefs"] as? [[String: String]])?.last == ["name": "heat", "outcome": "unsure"])
        #expect(rows.first?["intensity"] is NSNull)
        expectUsageRefusalOrValidation(cramp.run(["export", "--format", "json", "--bom"]))
    }

    @Test func whatPostureExportsSittingAndStanding() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["export", "--what", "posture"])
        #expect(result.stdout == "id,posture,start_local,end_local,day,duration_s,breaks_taken,note\r\n"
            + "1,sitting,2026-11-21T07:00:00+01:00,2026-11-21T09:00:00+01:00,2026-11-21,7200,1,train\r\n")
        #expect(result.messageLines == ["exported 1 posture session (whole diary)"])
    }

    @Test func aPeriodExportsOnlyItsNights() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let result = cramp.ok(["export", "last", "night"])
        let rows = result.stdout.components(separatedBy: "\r\n")
        #expect(rows.count == 3 && rows[1].hasPrefix("1,cramp,") && rows[2].isEmpty, "\(result.stdout)")
        #expect(result.messageLines == ["exported 1 episode (Fri 2026-11-20 (1 night))"], "\(result.stderr)")
        #expect(cramp.ok(["export", "2026-10"]).stdout == Self.header + "\r\n")
        #expect(cramp.run(["export", "someday"]).status == 64)
    }

    @Test func outputFileIsCompleteOwnerOnlyAndLeavesNoTemporary() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let target = cramp.path("visit.csv")
        let toFile = cramp.ok(["export", "-o", target])
        #expect(toFile.stdout.isEmpty)
        #expect(toFile.messageLines == ["exported 2 episodes (whole diary) to \(target)"])
        #expect(cramp.bytes(target) == Data(cramp.ok(["export"]).stdout.utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o600)
        #expect(!cramp.names().contains { $0.contains(".cramp-") }, "\(cramp.names())")

        // A second export replaces the file; `-o -` is standard output.
        cramp.ok(["export", "--what", "posture", "-o", target])
        #expect(String(decoding: cramp.bytes(target) ?? Data(), as: UTF8.self).hasPrefix("id,posture,"))
        #expect(cramp.ok(["export", "-o", "-"]).stdout.hasPrefix(Self.header))
    }

    @Test func anUnwritableTargetIsRefusedAndLeavesNothing() throws {
        let cramp = try diary()
        defer { cramp.cleanup() }
        let missing = cramp.path("no/such/folder/visit.csv")
        let result = cramp.run(["export", "-o", missing])
        #expect(result.status == 74 && result.stderr.contains("nothing was written to \(missing)"), "\(result.stderr)")
        expectUsageRefusal(cramp.run(["export", "-o", cramp.folder.path]), field: "-o")
        #expect(cramp.names() == ["cramp.db", "cramp.db-checked"])
    }

    // Issue 11, point 8: `;` is a cell separator for spreadsheets in German or French, so a part after a `;` is a cell
    // start too. The CSV quotes such cells and guards each part; import gives back exactly what was logged; JSON is
    // left as it is.
    @Test func point8_semicolonPartsAreGuardedQuotedAndRoundTrip() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "1m", "--at", "03:10", "--note", "fine;=2+5"])
        cramp.ok(["log", "right", "foot", "2m", "--at", "04:10", "--trigger", "standing", "--trigger=-2+3",
                  "--relief", "@x:helped", "--note", "'; +1;\t-"])
        let target = cramp.path("visit.csv")
        cramp.ok(["export", "-o", target])
        let csv = String(decoding: cramp.bytes(target) ?? Data(), as: UTF8.self)
        #expect(csv.contains(",\"fine;'=2+5\"\r\n"), "\(csv)")
        #expect(csv.contains(",\"standing;'-2+3\",'@x:helped,\"''; +1;'\t-\"\r\n"), "\(csv)")
        // What a `;`-separating spreadsheet sees: no cell begins with a formula character.
        for line in csv.split(separator: "\r\n") {
            for part in line.split(separator: ";").dropFirst() {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(part.unicodeScalars.first), "\(line)")
            }
        }

        let copy = try InProcessCramp()
        defer { copy.cleanup() }
        copy.ok(["import", target])
        #expect(try copy.storedEpisodes() == cramp.storedEpisodes())
        #expect(try copy.storedEpisodes().map(\.note) == ["fine;=2+5", "'; +1;\t-"])
        #expect(try copy.storedEpisodes().last?.triggers.map(\.name) == ["standing", "-2+3"])

        let rows = try cramp.jsonArray(["export", "--format", "json"])
        #expect(rows.map { $0["note"] as? String } == ["fine;=2+5", "'; +1;\t-"])
        #expect(rows.last?["triggers"] as? [String] == ["standing", "-2+3"])
    }

    private func expectUsageRefusalOrValidation(_ result: InProcessCramp.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 64, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty && result.stderr.contains("--bom applies to CSV only"), "\(result.stderr)",
                sourceLocation: sourceLocation)
    }
}
