import Diary
import DiaryStore
import Foundation
import Testing

/// `cramp export --format fhir` read back through an independent FHIR R4 (4.0.1) library (fhir.resources 6.4.0).
/// The clock is pinned at 2026-11-21 09:00 in Europe/Berlin: last complete night is the night of 2026-11-20.
@Suite("in process: FHIR export")
struct FHIRExportInProcessTests {
    static let snomed = "http://snomed.info/sct|"

    /// A cramp with every field, and a numbness in both legs with no site and no intensity.
    private func diary() -> InProcessCramp {
        let cramp = try! InProcessCramp()
        cramp.ok(["log", "left", "calf", "2m", "--at", "2026-11-19T03:10", "--woke", "--intensity", "7",
                  "--trigger", "standing", "--trigger", "exercise", "--trigger", "new shoes",
                  "--relief", "stretch:helped", "--relief", "massage:no-help", "--relief", "none", "--note", "after a \"long\" shift"])
        cramp.ok(["log", "both", "5m", "--numbness", "--at", "2026-11-20T21:00"])
        return cramp
    }

    /// The library's reading of `export --format fhir ARGUMENTS`, or nil (with the reason printed) without the library.
    private func exported(_ cramp: InProcessCramp, _ arguments: [String] = []) throws -> FHIRLibrary.Bundle? {
        if let missing = FHIRLibrary.missing {
            print(missing)
            return nil
        }
        return try FHIRLibrary.read(cramp.ok(["export", "--format", "fhir"] + arguments).stdout)
    }

    // Issue 15: every exported resource parses and validates with an independent FHIR R4 library, and the
    // episode's fields survive, read back through it (triggers, reliefs with outcomes, woke, note).
    @Test func everyResourceValidatesAndACrampsFieldsSurvive() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        guard let bundle = try exported(cramp) else { return }
        #expect(bundle.type == "collection")
        // Patient, 2 episodes, the kept nights 2026-11-19 and 2026-11-20 without a cramp (the 20th had numbness only).
        #expect(bundle.entries.map { $0.text("type") ?? "" } == ["Patient"] + Array(repeating: "Observation", count: 4))
        let patient = try #require(bundle.entries.first?.text("fullUrl"))
        let cramped = try #require(bundle.observations("SymptomObservation").first)
        #expect(cramped.text("status") == "final" && cramped.text("code") == "http://loinc.org|75325-1")
        #expect(cramped["categories"] as? [String] == ["http://terminology.hl7.org/CodeSystem/observation-category|survey",
                                                       "http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary|symptom"])
        #expect(cramped.text("subject") == patient && cramped["performer"] as? [String] == [patient])
        #expect(cramped.text("start") == "2026-11-19T03:10:00+01:00" && cramped.text("end") == "2026-11-19T03:12:00+01:00")
        #expect(cramped.concept("value").codings == [Self.snomed + "55300003"])
        #expect(cramped.concept("bodySite").codings == [Self.snomed + "53840002"])
        #expect(cramped["siteExtensions"] as? [String] == [Self.snomed + "7771000", "left leg"])
        #expect(cramped["notes"] as? [String] == ["after a \"long\" shift"])
        #expect(cramped.componentLines == [
            "loinc|64750-3 = sct|24484000 \"7 of 10\"",
            "loinc|100752-5 = \"standing\"",
            "loinc|100752-5 = sct|226029000 \"exercise\"",
            "loinc|100752-5 = \"new shoes\"",
            "loinc|100753-3 = \"stretch\" (helped)",
            "loinc|100753-3 = \"massage\" (no-help)",
            "woke = true",
            "nocturnal = true",
        ])
    }

    // Issue 15: numbness, both legs, no site and no intensity: SNOMED numbness, lower limb with both sides, no severity.
    @Test func numbnessInBothLegsWithoutSiteOrIntensity() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        guard let bundle = try exported(cramp) else { return }
        let numb = try #require(bundle.observations("SymptomObservation").last)
        #expect(numb.concept("value").codings == [Self.snomed + "44077006"])
        #expect(numb.concept("bodySite").codings == [Self.snomed + "61685007"] && numb.concept("bodySite").text == "both legs")
        #expect(numb["siteExtensions"] as? [String] == [Self.snomed + "51440002", "both legs"])
        // 21:00 is outside the 22:00-08:00 window and woke was not given: no severity, no woke, not nocturnal.
        #expect(numb.componentLines == ["nocturnal = false"])
        #expect(numb.text("start") == "2026-11-20T21:00:00+01:00" && numb["notes"] as? [String] == [])
    }

    // Issue 15: kept nights without a cramp become absent-cramp findings; nights before the first record,
    // tonight (not over) and a marked gap produce nothing.
    @Test func keptNightsWithoutACrampAndAGapInKeeping() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "right", "calf", "1m", "--at", "2026-11-11T03:00"])
        cramp.ok(["gap", "2026-11-12..2026-11-14", "--note", "travel"])
        guard let bundle = try exported(cramp) else { return }
        let absent = bundle.observations("SymptomAbsentObservation")
        // Nights 2026-11-10 (cramp) to 2026-11-20: 11 and 15-20 kept without a cramp, 12-14 a gap.
        #expect(absent.map { $0.text("start") ?? "" }
            == ["2026-11-11", "2026-11-15", "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"])
        let night = try #require(absent.first)
        #expect(night.text("code") == "http://loinc.org|111551-8" && night.text("end") == "2026-11-12")
        #expect(night.concept("value").codings == [Self.snomed + "55300003"] && night.text("status") == "final")
        let period = cramp.ok(["export", "--format", "fhir", "2026-11-13..2026-11-16"])
        #expect(period.messageLines == ["exported 0 episodes, 2 cramp-free nights, 0 medicine courses as FHIR "
            + "(Fri 2026-11-13 to Mon 2026-11-16 (4 nights))"], "\(period.stderr)")
    }

    // Issue 15: a clock change (Europe/Berlin, 2026-10-25 03:00 CEST → 02:00 CET): each start keeps its own offset,
    // and the library reads both as the right instants.
    @Test func aClockChangeKeepsEachStoredOffset() throws {
        let cramp = try InProcessCramp()
        defer { cramp.cleanup() }
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-10-25T01:30"])
        cramp.ok(["log", "left", "calf", "1m", "--at", "2026-10-25T04:00"])
        guard let bundle = try exported(cramp, ["2026-10-24..2026-10-25"]) else { return }
        let episodes = bundle.observations("SymptomObservation")
        #expect(episodes.map { $0.text("start") ?? "" } == ["2026-10-25T01:30:00+02:00", "2026-10-25T04:00:00+01:00"])
        #expect(episodes.map { $0.text("end") ?? "" } == ["2026-10-25T01:31:00+02:00", "2026-10-25T04:01:00+01:00"])
        // Both on the night of 2026-10-24; the night of the 25th is kept without a cramp.
        #expect(bundle.observations("SymptomAbsentObservation").map { $0.text("start") ?? "" } == ["2026-10-25"])
    }

    // Issue 15: medicines started, changed and stopped become MedicationStatements with their start, stop and doses.
    @Test func medicinesStartedAndStopped() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        try Self.insertMedicines(into: cramp.database)
        guard let bundle = try exported(cramp) else { return }
        let statements = bundle.of("MedicationStatement")
        #expect(statements.map { $0.text("medication") ?? "" } == ["Furosemide", "Atorvastatin"])
        let diuretic = try #require(statements.first)
        #expect(diuretic.text("status") == "completed")
        #expect(diuretic.text("start") == "2026-10-01T08:00:00+02:00" && diuretic.text("end") == "2026-11-15T08:00:00+01:00")
        #expect(Self.dosage(diuretic) == [
            ["40 mg", "2026-10-01T08:00:00+02:00", "2026-11-01T08:00:00+01:00"],
            ["20 mg", "2026-11-01T08:00:00+01:00", "2026-11-15T08:00:00+01:00"],
        ])
        #expect(diuretic["notes"] as? [String] == ["after the hospital stay"])
        let statin = try #require(statements.last)
        #expect(statin.text("status") == "active" && statin.text("start") == "2026-11-12T20:00:00+01:00")
        #expect(statin.text("end") == nil && Self.dosage(statin) == [["10 mg", "2026-11-12T20:00:00+01:00", nil]])
        // A period after the stop holds the statin only.
        let later = cramp.ok(["export", "--format", "fhir", "2026-11-16..2026-11-20"])
        #expect(later.stdout.contains("Atorvastatin") && !later.stdout.contains("Furosemide"))
    }

    // Issue 15: the same diary and period give the same file, byte for byte; -o FILE writes the same bytes.
    @Test func theSameDiaryGivesTheSameBytes() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        try Self.insertMedicines(into: cramp.database)
        let first = cramp.ok(["export", "--format", "fhir"])
        #expect(first.messageLines == ["exported 2 episodes, 2 cramp-free nights, 2 medicine courses as FHIR (whole diary)"])
        #expect(cramp.ok(["export", "--format", "fhir"]).stdout == first.stdout)
        let target = cramp.path("record.json")
        cramp.ok(["export", "--format", "fhir", "-o", target])
        #expect(cramp.bytes(target) == Data(first.stdout.utf8))
        // One entry per line: the opening, Patient, 2 episodes, 2 nights, 2 medicines, the closing.
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 9 && lines.first == #"{"resourceType":"Bundle","type":"collection","entry":["#
                && lines.last == "]}")
        #expect(lines[1].hasPrefix(#"{"fullUrl":"urn:uuid:c4ad10f3-7b61-5ecd-9aab-57b804591344","resource":{"resourceType":"Patient"}}"#))
    }

    // Issue 15: no name on the Patient unless --patient-name gives one, and no identifier either way.
    @Test func thePatientCarriesOnlyTheNameTyped() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        guard let anonymous = try exported(cramp), let named = try exported(cramp, ["--patient-name", " Ana Müller "]) else { return }
        #expect(anonymous.of("Patient").first?["names"] as? [String] == [])
        #expect(named.of("Patient").first?["names"] as? [String] == ["Ana Müller"])
        #expect(named.of("Patient").first?["identifiers"] as? Int == 0)
    }

    // Issue 15: options FHIR has no use for are refused before anything is written.
    @Test func fhirRefusesOptionsItCannotHonour() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        for arguments in [["--what", "posture"], ["--bom"], ["--patient-name", "   "]] {
            let result = cramp.run(["export", "--format", "fhir"] + arguments)
            #expect(result.status == 64 && result.stdout.isEmpty, "\(arguments): \(result.stderr)")
        }
        let csv = cramp.run(["export", "--patient-name", "Ana"])
        #expect(csv.status == 64 && csv.stderr.contains("--patient-name applies to --format fhir only"), "\(csv.stderr)")
    }

    // Issue 15: the library does refuse a broken resource (a time with a seconds offset), so its passes mean something.
    @Test func theLibraryRefusesABrokenResource() throws {
        let cramp = diary()
        defer { cramp.cleanup() }
        guard FHIRLibrary.missing == nil else { return print(FHIRLibrary.missing!) }
        let text = cramp.ok(["export", "--format", "fhir"]).stdout
        let broken = text.replacingOccurrences(of: "03:10:00+01:00", with: "03:10:00+01:00:30")
        #expect(broken != text)
        #expect(throws: (any Error).self) { try FHIRLibrary.read(broken) }
    }

    /// A statement's dosages as read back: text, bounds start, bounds end (nil when open).
    static func dosage(_ statement: [String: Any]) -> [[String?]] {
        (statement["dosage"] as? [[Any]] ?? []).map { $0.map { $0 as? String } }
    }

    /// Furosemide started 2026-10-01 (40 mg, CEST), changed 2026-11-01 (20 mg), stopped 2026-11-15; Atorvastatin
    /// started 2026-11-12 (10 mg) and still taken. Written straight to the store, as the medicine commands are
    /// another piece of work.
    static func insertMedicines(into path: String) throws {
        let file = try #require(try DiaryFile.open(path: path, create: false))
        let repository = MedicineEventRepository(file.db)
        func at(_ local: String, _ hours: Int) -> Timestamp {
            let parts = local.split(separator: "T")
            let clock = parts[1].split(separator: ":").map { Int($0)! }
            let date = CivilDate(iso: parts[0])!
            return Timestamp(local: LocalDateTime(date: date, hour: clock[0], minute: clock[1])!, offset: hours * 3600)
        }
        let events = [
            MedicineEvent(name: "Furosemide", action: .start, dose: "40 mg", at: at("2026-10-01T08:00:00", 2),
                          note: "after the hospital stay"),
            MedicineEvent(name: "furosemide", action: .change, dose: "20 mg", at: at("2026-11-01T08:00:00", 1)),
            MedicineEvent(name: "Atorvastatin", action: .start, dose: "10 mg", at: at("2026-11-12T20:00:00", 1)),
            MedicineEvent(name: "Furosemide", action: .stop, at: at("2026-11-15T08:00:00", 1)),
        ]
        try file.write { for event in events { _ = try repository.insert(event, nowUTC: 1_795_000_000) } }
    }
}
