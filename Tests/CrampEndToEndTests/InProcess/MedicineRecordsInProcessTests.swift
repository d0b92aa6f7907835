import Diary
import Foundation
import Testing

/// The medicine timeline exported and imported, and the `medication` trigger that names no medicine (issue 14).
@Suite("in process: medicines exported, imported and asked about")
struct MedicineRecordsInProcessTests {
    // Issue 14: `export --what medicines` writes the documented columns, earliest first, the class derived.
    @Test func medicinesExportAsDocumented() throws {
        let cramp = try MedicineInProcessTests.filled()
        defer { cramp.cleanup() }
        cramp.ok(["med", "start", "=HYPERLINK(1)", "1; 2", "--note", "tab\tand \"quotes\"", "--at", "2026-06-01 08:00"])
        let csv = cramp.ok(["export", "--what", "medicines"])
        #expect(csv.stdout == """
            id,name,action,dose,at_local,class,note\r
            4,metformin,start,,2026-02-01T08:00:00+01:00,,\r
            1,Furosemide,start,40 mg,2026-03-01T08:00:00+01:00,loop diuretic,\r
            2,Furosemide,change,20 mg,2026-04-01T08:00:00+02:00,loop diuretic,\r
            5,metformin,stop,,2026-05-01T08:00:00+02:00,,\r
            7,'=HYPERLINK(1),start,"1; 2",2026-06-01T08:00:00+02:00,,"tab\tand ""quotes""\"\r
            3,iron sucrose,start,200 mg,2026-11-20T10:00:00+01:00,intravenous iron sucrose,at the clinic\r
            6,iron sucrose,stop,,2026-11-21T09:00:00+01:00,intravenous iron sucrose,\r

            """)
        #expect(csv.messageLines == ["exported 7 medicine events (whole diary)"])
        let json = try cramp.jsonArray(["export", "--what", "medicines", "--format", "json"])
        #expect(json.count == 7)
        #expect(json[1]["class"] as? String == "loop diuretic" && json[0]["class"] is NSNull && json[0]["dose"] is NSNull)
        #expect(json[4]["name"] as? String == "=HYPERLINK(1)" && json[4]["dose"] as? String == "1; 2")
        // A period exports the events dated on its nights' evenings.
        let period = cramp.ok(["export", "--what", "medicines", "2026-11-20..2026-11-21"])
        #expect(period.stdout.split(separator: "\r\n").map { $0.prefix(2) } == ["id", "3,", "6,"], "\(period.stdout)")
    }

    // Issue 14: export, import into a new diary, export again: the same bytes; importing again adds nothing;
    // cramp undo takes the import back.
    @Test func medicinesRoundTripByteForByte() throws {
        let cramp = try MedicineInProcessTests.filled()
        defer { cramp.cleanup() }
        cramp.ok(["med", "start", "=HYPERLINK(1)", "1; 2", "--note", "tab\tand \"quotes\"\nline two", "--at", "2026-06-01 08:00"])
        let file = cramp.path("medicines.csv")
        cramp.ok(["export", "--what", "medicines", "-o", file])
        let other = cramp.path("other.db")
        #expect(cramp.ok(["import", "--db", other, file]).messageLines == ["imported 7 medicine events from \(file); undo: cramp undo"])
        cramp.ok(["export", "--db", other, "--what", "medicines", "-o", cramp.path("again.csv")])
        #expect(cramp.bytes(cramp.path("again.csv")) == cramp.bytes(file))
        func entered(_ events: [MedicineEvent]) -> [String] { events.map { "\($0.id!) \($0.name) \($0.action) \($0.dose ?? "-") \($0.at) \($0.note ?? "-")" } }
        #expect(entered(try cramp.reader(other).medicineEvents()) == entered(try cramp.reader().medicineEvents()))
        let before = cramp.bytes(other)
        #expect(cramp.ok(["import", "--db", other, file]).messageLines == [
            "nothing new in \(file): all 7 medicine events are already in the diary (same medicine, action and time)",
        ])
        #expect(cramp.bytes(other) == before)
        #expect(cramp.ok(["med", "list", "--db", other]).stdout == cramp.ok(["med", "list"]).stdout)
        #expect(cramp.ok(["undo", "--db", other]).messageLines == [
            "undid `cramp import` from Sat 2026-11-21 09:00 +01:00: imported 7 medicine events from \(file)",
        ])
        #expect(try cramp.reader(other).medicineEvents().isEmpty)
    }

    // Issue 14: the key is the name in any case, the action and the instant; new rows keep free ids; a bad row is
    // refused with its line and nothing is imported.
    @Test func importIdentityAndRefusals() throws {
        let cramp = try MedicineInProcessTests.filled()
        defer { cramp.cleanup() }
        let rows = try cramp.write("""
            id,name,action,dose,at_local,class,note
            9,FUROSEMIDE,start,40 mg,2026-03-01T08:00:00+01:00,,
            2,ramipril,start,5 mg,2026-03-01T07:00:00Z,anything,
            20,ramipril,change,10 mg,2026-06-01T08:00:00+02:00,,

            """, to: "in.csv")
        #expect(cramp.ok(["import", rows]).messageLines == [
            "new ids where the file's id is already used in this diary: line 3: #2 → #7",
            "already in the diary with other values, the diary's version was kept: line 2 (#1); change them with cramp edit if the file is right",
            "imported 2 medicine events from \(rows); skipped 1 already in the diary (same medicine, action and time); undo: cramp undo",
        ])
        #expect(try cramp.reader().medicineEvents().map(\.id) == [4, 1, 7, 2, 5, 20, 3, 6])
        let bad = try cramp.write("""
            id,name,action,dose,at_local,class,note
            ,aspirin,stop,100 mg,2026-06-01T08:00:00+02:00,,
            ,aspirin,change,,2026-06-02T08:00:00+02:00,,
            ,,pause,,yesterday,,

            """, to: "bad.csv")
        let before = cramp.bytes(cramp.database)
        let refused = cramp.run(["import", bad])
        #expect(refused.status == 65)
        #expect(refused.messageLines == [
            "cramp: \(bad): nothing imported: 5 problems",
            "  line 2, dose \"100 mg\": accepted: empty for a stop",
            "  line 3, dose \"\": accepted: the new dose for a change, e.g. 20 mg",
            "  line 4, name \"\": accepted: a medicine name of 1 to 100 characters, e.g. furosemide (quote a name of several words: \"iron sucrose\")",
            "  line 4, action \"pause\": accepted: start, change, stop",
            "  line 4, at_local \"yesterday\": accepted: a local date and time with its UTC offset, e.g. 2026-11-17T02:40:00+01:00, "
                + "dated \(DateBounds.text)",
        ])
        #expect(cramp.bytes(cramp.database) == before)
    }

    // Issue 14: a `medication` trigger with no medicine named asks which, listing what was running then and the
    // exact edit that names it (other triggers kept, as edit replaces the list).
    @Test func anUnnamedMedicationTriggerAsksWhichMedicine() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        let none = cramp.ok(["log", "left", "calf", "2m", "medication"])
        #expect(none.messageLines.last == "which medicine was it? no medicine was running then; name it with: "
            + "cramp edit 1 --trigger medication:NAME (and add it to the timeline: cramp med start NAME [DOSE])")
        cramp.ok(["med", "start", "furosemide", "40 mg", "--at", "2026-11-01 08:00"])
        let one = cramp.ok(["log", "right", "calf", "1m", "--trigger", "standing", "--trigger", "medication", "--at", "03:10"])
        #expect(one.messageLines.count == 2)
        #expect(one.messageLines.last == "which medicine was it? running then: furosemide 40 mg; name it with: "
            + "cramp edit 2 --trigger standing --trigger medication:furosemide")
        cramp.ok(["med", "start", "iron sucrose", "--at", "2026-11-21 06:00"])
        let two = cramp.ok(["log", "left", "foot", "30s", "--trigger", "my own words", "--trigger", "medication"])
        #expect(two.messageLines.last == "which medicine was it? running then: furosemide 40 mg, iron sucrose; name it with: "
            + "cramp edit 3 --trigger 'my own words' --trigger medication:NAME")
        // Running at the episode's time, not now: at 03:10 only furosemide ran.
        let earlier = cramp.ok(["log", "left", "calf", "1m", "medication", "--at", "04:00"])
        #expect(earlier.messageLines.last?.hasPrefix("which medicine was it? running then: furosemide 40 mg; ") == true)
        // Named, or no medication trigger: no question.
        #expect(cramp.ok(["log", "left", "calf", "1m", "--trigger", "medication:furosemide", "medication"]).messageLines.count == 1)
        #expect(cramp.ok(["log", "left", "calf", "1m", "standing"]).messageLines.count == 1)
        // The suggested edit names it; the summary then counts the medicine, with its class.
        cramp.ok(["edit", "2", "--trigger", "standing", "--trigger", "medication:furosemide"])
        #expect(try cramp.storedEpisodes().first { $0.id == 2 }?.triggers.map(\.name) == ["standing", "medication:furosemide"])
        #expect(try cramp.storedEpisodes().first { $0.id == 2 }?.triggers.last?.medicineName == "furosemide")
        let both = cramp.ok(["log", "left", "calf", "1m", "medication", "--at", "08:30"])
        cramp.ok(["med", "stop", "furosemide"])
        #expect(both.messageLines.last == "which medicine was it? running then: furosemide 40 mg, iron sucrose; name it with: "
            + "cramp edit 7 --trigger medication:NAME")
    }
}
