import Diary
import Testing
@testable import DiaryExport

/// The FHIR export's parts that need no diary: name-based UUIDs, severities, times, medicine courses.
@Suite struct FHIRPartsTests {
    // Issue 15: full URLs are RFC 9562 version 5 UUIDs, equal to Python's uuid.uuid5 for the same namespace and name.
    @Test func nameBasedUUIDsMatchTheRFC() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() }
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        // 1000 bytes: sixteen blocks, the length spilling into a block of its own.
        #expect(hex(SHA1.digest(Array(repeating: UInt8(ascii: "a"), count: 1000))) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
        #expect(NameBasedUUID(namespace: .urlNamespace, name: "http://example.com/").description
            == "0a300ee9-f9e4-5697-a51a-efc7fafaba67")
        #expect(NameBasedUUID.fhirNamespace.description == "6966fa66-4540-5185-8f97-83fbfc193d11")
        #expect(FHIRExporter<String>.fullURL("patient") == "urn:uuid:c4ad10f3-7b61-5ecd-9aab-57b804591344")
        #expect(FHIRExporter<String>.fullURL("episode/1") == "urn:uuid:fc494f41-f93a-5e34-afcb-ac6447be38ab")
    }

    // Issue 15: intensity 0-10 maps to SNOMED mild 1-3, moderate 4-6, severe 7-10; 0 keeps only its text.
    @Test func severityScale() {
        let codes = (0...10).map { FHIRCodes.severity(score: $0).compact }
        #expect(codes[0] == #"{"text":"0 of 10"}"#)
        #expect(codes[1...3].allSatisfy { $0.contains("\"255604002\"") } && codes[3].hasSuffix(#""text":"3 of 10"}"#))
        #expect(codes[4...6].allSatisfy { $0.contains("\"6736007\"") })
        #expect(codes[7...10].allSatisfy { $0.contains("\"24484000\"") })
    }

    // Issue 15: times keep their stored offset; one FHIR cannot write (seconds, beyond ±14:00) is given in UTC.
    @Test func timesKeepTheirOffsetWhenFHIRCanWriteIt() {
        #expect(FHIRTime.dateTime(Timestamp(utc: 1_795_000_000, offset: 3600)) == "2026-11-18T12:06:40+01:00")
        #expect(FHIRTime.dateTime(Timestamp(utc: 1_795_000_000, offset: -2670)) == "2026-11-18T11:06:40Z")
        #expect(FHIRTime.dateTime(Timestamp(utc: 1_795_000_000, offset: 15 * 3600)) == "2026-11-18T11:06:40Z")
    }

    // Issue 15: a medicine's steps become courses: a restart while taken is a new dose, a lone stop a course with an end.
    @Test func medicineCourses() {
        func at(_ hours: Int64) -> Timestamp { Timestamp(utc: 1_790_000_000 + hours * 3600, offset: 3600) }
        let events = [
            MedicineEvent(id: 1, name: "Quinine", action: .stop, at: at(0)),
            MedicineEvent(id: 2, name: "Magnesium", action: .start, dose: "300 mg", at: at(1)),
            MedicineEvent(id: 3, name: "magnesium", action: .start, dose: "400 mg", at: at(2)),
            MedicineEvent(id: 4, name: "MAGNESIUM", action: .stop, at: at(3)),
            MedicineEvent(id: 5, name: "Magnesium", action: .change, dose: "100 mg", at: at(4)),
        ]
        let courses = MedicineCourse.courses(events)
        #expect(courses.map(\.first.id) == [1, 2, 5])
        #expect(courses[0].start == nil && courses[0].stop == at(0))
        #expect(courses[1].doses.map(\.dose) == ["300 mg", "400 mg"] && courses[1].stop == at(3))
        #expect(courses[2].start == at(4) && courses[2].stop == nil)
        let night = NightWindow.standard.night(of: at(0).local)
        #expect(courses.filter { $0.touches(NightRange(night: night.adding(1)), window: .standard) }.map(\.first.id) == [5])
    }
}

extension FHIRPartsTests {
    // Issue 15: the streamed Observation text is exactly the compact JSON of the readable resource builder, for
    // every kind, site, leg, intensity, woke and relief outcome, and for hostile notes and own words.
    @Test func observationTextEqualsTheResourceBuilder() {
        let patient = FHIRExporter<String>.fullURL("patient")
        let writer = SymptomObservationText(patient: patient, window: .standard)
        var episodes = Fixture.hostileEpisodes()
        for (index, site) in ([nil] + Site.allCases.map(Optional.some)).enumerated() {
            for leg in Leg.allCases {
                episodes.append(Episode(
                    id: Int64(100 + index), kind: index % 2 == 0 ? .cramp : .numbness,
                    start: Timestamp(utc: 1_795_000_000 + Int64(index) * 7_000, offset: 3600), leg: leg, site: site,
                    durationSeconds: 90, intensity: index == 0 ? nil : index + 3, woke: Woke.allCases[index % 3],
                    triggers: [Trigger(.exercise), Trigger("new \"shoes\"")!],
                    reliefs: ReliefOutcome.allCases.map { Relief(.stretch, outcome: $0) } + [Relief(.none)],
                    note: index == 2 ? "line\nbreak \u{1}" : nil, updatedUTC: Int64(index)))
            }
        }
        for episode in episodes {
            var text = ""
            writer.write(episode, fullURL: "urn:uuid:x", into: &text)
            let value = JSONValue.object([
                ("fullUrl", .string("urn:uuid:x")),
                ("resource", SymptomObservation.resource(episode, patient: patient, window: .standard)),
            ])
            #expect(text == value.compact, "\(episode)")
        }
        #expect(episodes.count > 21)
    }
}
