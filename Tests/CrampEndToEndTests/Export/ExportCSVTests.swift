import Foundation
import Testing

@Suite("cramp export")
struct ExportCSVTests {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    @Test(arguments: [false, true])
    func hostileNotesReadBackByPythonCSV(bom: Bool) throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let notes = try ExportFixture.logHostileDiary(cramp)
        let file = cramp.path("visit.csv")
        let exported = try cramp.run(["export", "-o", file] + (bom ? ["--bom"] : []))
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.isEmpty)
        #expect(exported.stderr.contains("exported \(notes.count) episodes (whole diary) to \(file)"))
        let bytes = try #require(cramp.bytes(of: file))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]) == bom)

        let rows = try ExportFixture.pythonCSV(file)
        let header = try #require(rows.first)
        #expect(header == ["id", "kind", "start_local", "night_of", "nocturnal", "leg", "site", "duration_s",
                           "intensity", "woke", "triggers", "reliefs", "note"])
        let data = Array(rows.dropFirst())
        try #require(data.count == notes.count)
        let column = { (name: String) in header.firstIndex(of: name)! }
        for (row, note) in zip(data, notes) {
            // One quote guards a formula start; removing exactly one gives the note back.
            let cell = row[column("note")]
            let formulaLike = note.first.map { Self.formulaStarts.contains($0) || $0 == "'" } ?? false
            #expect(formulaLike == cell.hasPrefix("'"), "\(cell)")
            #expect(Array((formulaLike ? String(cell.dropFirst()) : cell).utf8) == Array(note.utf8))
            // No text cell begins with a formula character; numbers stay bare digits.
            for (name, value) in zip(header, row) {
                #expect(!(value.first.map(Self.formulaStarts.contains) ?? false), "\(name) = \(value)")
                if ["id", "duration_s"].contains(name) { #expect(Int(value) != nil, "\(name) = \(value)") }
            }
        }
        #expect(data.map { $0[column("id")] } == (1...notes.count).map(String.init))
        #expect(data.map { $0[column("duration_s")] } == (0..<notes.count).map { String(60 + $0) })
        // Own words keep their formula starts behind the guard; `;` inside a name is escaped.
        #expect(data[0][column("triggers")] == "'=cmd|' /C calc'!A0;standing")
        #expect(data[0][column("reliefs")] == "'-walk:helped")
        #expect(data[1][column("triggers")] == "'@home\\; on the sofa")
        #expect(data[1][column("intensity")] == "7")
        #expect(data[1][column("woke")] == "yes")
        // Summer time before 2026-10-25, winter time after; a 03:10 cramp belongs to the evening before.
        #expect(data[0][column("start_local")] == "2026-09-01T03:10:00+02:00")
        #expect(data[0][column("night_of")] == "2026-08-31")
        #expect(data[8][column("start_local")] == "2026-10-27T03:18:00+01:00")
        #expect(data.allSatisfy { $0[column("nocturnal")] == "yes" })
    }

    @Test func fileIsPrivateAndStdoutIsTheDefault() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try ExportFixture.logHostileDiary(cramp)
        let file = cramp.path("visit.csv")
        try #require(cramp.run(["export", "-o", file]).status == 0)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let stdout = try cramp.run(["export"])
        let dash = try cramp.run(["export", "-o", "-"])
        #expect(stdout.status == 0 && dash.status == 0)
        #expect(stdout.stdoutBytes == cramp.bytes(of: file))
        #expect(dash.stdoutBytes == cramp.bytes(of: file))
        // No temporary file is left beside it.
        let names = try FileManager.default.contentsOfDirectory(atPath: cramp.folder.path)
        #expect(!names.contains { $0.contains(".cramp-") }, "\(names)")
    }

    @Test func jsonHasTheSameValues() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let notes = try ExportFixture.logHostileDiary(cramp)
        let result = try cramp.run(["export", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [[String: Any]])
        #expect(objects.count == notes.count)
        #expect(objects.map { $0["note"] as? String } == notes)
        let first = try #require(objects.first)
        #expect(first["id"] as? Int == 1)
        #expect(first["nocturnal"] as? Bool == true)
        #expect(first["triggers"] as? [String] == ["=cmd|' /C calc'!A0", "standing"])
        #expect((first["reliefs"] as? [[String: String]]) == [["name": "-walk", "outcome": "helped"]])
        #expect(objects[1]["intensity"] as? Int == 7)
        #expect(objects[2]["intensity"] is NSNull)
    }

    @Test func aPeriodSelectsNightsAndPostureHasItsOwnTable() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        try ExportFixture.logHostileDiary(cramp)
        try #require(cramp.run(["sit", "2h", "--breaks", "1", "--at", "2026-11-10 17:00"]).status == 0)
        try #require(cramp.run(["stand", "5h", "--at", "2026-10-20 18:00", "--note", "=market day"]).status == 0)
        // 2026-11 holds the nights of 2026-11-02 (the 11-03 03:19 cramp) and 2026-11-09 (11-10 03:20).
        let month = try cramp.run(["export", "2026-11"])
        #expect(month.status == 0, "\(month.stderr)")
        let lines = month.stdout.split(separator: "\r\n")
        #expect(lines.count == 3)
        #expect(lines.dropFirst().map { $0.split(separator: ",")[2] } == ["2026-11-03T03:19:00+01:00", "2026-11-10T03:20:00+01:00"])
        #expect(month.stderr.contains("exported 2 episodes (Sun 2026-11-01 to Sat 2026-11-21"))

        let posture = try cramp.run(["export", "--what", "posture"])
        #expect(posture.status == 0, "\(posture.stderr)")
        #expect(posture.stdout == """
            id,posture,start_local,end_local,day,duration_s,breaks_taken,note\r
            2,standing,2026-10-20T13:00:00+02:00,2026-10-20T18:00:00+02:00,2026-10-20,18000,0,'=market day\r
            1,sitting,2026-11-10T15:00:00+01:00,2026-11-10T17:00:00+01:00,2026-11-10,7200,1,\r

            """)
        let empty = try cramp.run(["export", "--what", "posture", "2026-09"])
        #expect(empty.stdout == "id,posture,start_local,end_local,day,duration_s,breaks_taken,note\r\n")
    }

    @Test func anEmptyOrMissingDiaryExportsTheHeaderAndCreatesNothing() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let result = try cramp.run(["export"])
        #expect(result.status == 0)
        #expect(result.stdout == "id,kind,start_local,night_of,nocturnal,leg,site,duration_s,intensity,woke,triggers,reliefs,note\r\n")
        #expect(!FileManager.default.fileExists(atPath: cramp.database))
        let json = try cramp.run(["export", "--format", "json"])
        #expect(json.stdout == "[]\n")
    }

    @Test func badOptionsAreRefusedWithExit64() throws {
        let cramp = try CrampRun()
        defer { cramp.cleanup() }
        let bom = try cramp.run(["export", "--format", "json", "--bom"])
        #expect(bom.status == 64)
        #expect(bom.stderr.contains("--bom"))
        let format = try cramp.run(["export", "--format", "xlsx"])
        #expect(format.status == 64)
        let folder = try cramp.run(["export", "-o", cramp.folder.path])
        #expect(folder.status == 64)
        #expect(folder.stderr.contains("not a folder"))
        let period = try cramp.run(["export", "last", "fortnight"])
        #expect(period.status == 64)
    }
}
