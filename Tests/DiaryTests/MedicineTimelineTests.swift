import Diary
import Testing

/// The medicine timeline and the rules a new step must fit (issue 14).
@Suite("Medicine timeline")
struct MedicineTimelineTests {
    /// `2026-03-01 08:00` at +01:00.
    static func at(_ local: String) -> Timestamp {
        let date = CivilDate(iso: local.prefix(10))!
        let hour = Int(local.dropFirst(11).prefix(2))!, minute = Int(local.suffix(2))!
        return Timestamp(local: LocalDateTime(date: date, hour: hour, minute: minute)!, offset: 3600)
    }

    static func event(_ id: Int64, _ name: String, _ action: MedicineAction, _ dose: String?, _ local: String) -> MedicineEvent {
        MedicineEvent(id: id, name: name, action: action, dose: dose, at: at(local))
    }

    /// Furosemide started, halved and stopped; metformin started after it; given out of order.
    static let timeline = MedicineTimeline([
        event(3, "furosemide", .stop, nil, "2026-05-01 08:00"),
        event(1, "Furosemide", .start, "40 mg", "2026-03-01 08:00"),
        event(4, "metformin", .start, "500 mg", "2026-04-15 08:00"),
        event(2, "FUROSEMIDE", .change, "20 mg", "2026-04-01 08:00"),
    ])

    // Issue 14: steps are grouped per medicine in any case, earliest first, medicines in the order first recorded.
    @Test func stepsGroupPerMedicineInAnyCase() {
        let medicines = Self.timeline.medicines
        #expect(medicines.map(\.name) == ["Furosemide", "metformin"])
        #expect(medicines[0].events.map(\.id) == [1, 2, 3])
        #expect(medicines.map(\.isRunning) == [false, true])
        #expect(Self.timeline.eventCount == 4)
        #expect(Self.timeline.running.map(MedicineText.running) == ["metformin 500 mg"])
    }

    // Issue 14: what was running at a moment, with the dose in force then.
    @Test func runningAtAMoment() {
        func running(_ local: String) -> [String] { Self.timeline.running(atUTC: Self.at(local).utc).map(MedicineText.running) }
        #expect(running("2026-02-28 08:00") == [])
        #expect(running("2026-03-01 08:00") == ["Furosemide 40 mg"])
        #expect(running("2026-04-20 12:00") == ["Furosemide 20 mg", "metformin 500 mg"])
        #expect(running("2026-05-01 08:00") == ["metformin 500 mg"])
    }

    // Issue 14: a start of a running medicine, a change or stop of one not running, the same dose, and a step that
    // would contradict a later one are refused, saying why.
    @Test func stepsThatDoNotFitAreRefused() {
        func refusal(_ event: MedicineEvent) -> String? {
            do {
                try Self.timeline.check(event)
                return nil
            } catch {
                return error.description
            }
        }
        #expect(refusal(Self.event(0, "furosemide", .start, "10 mg", "2026-04-10 08:00"))
            == "Furosemide is already running, since Sun 2026-03-01 08:00 +01:00 (20 mg); nothing was written")
        #expect(refusal(Self.event(0, "furosemide", .stop, nil, "2026-06-01 08:00"))
            == "furosemide is not running on Mon 2026-06-01 08:00 +01:00 (stopped on Fri 2026-05-01 08:00 +01:00); "
                + "running then: metformin 500 mg; nothing was written")
        #expect(refusal(Self.event(0, "aspirin", .change, "100 mg", "2026-02-01 08:00"))
            == "aspirin is not running on Sun 2026-02-01 08:00 +01:00 (never started); no medicine was running then; nothing was written")
        #expect(refusal(Self.event(0, "Metformin", .change, "500 MG", "2026-06-01 08:00"))
            == "metformin is already at 500 mg; nothing was written")
        #expect(refusal(Self.event(0, "furosemide", .stop, nil, "2026-03-15 08:00"))
            == "a stop of furosemide on Sun 2026-03-15 08:00 +01:00 would come before its later dose change on "
                + "Wed 2026-04-01 08:00 +01:00 (medicine event #2), which would then change it while it is stopped; nothing was written")
        #expect(refusal(Self.event(0, "metformin", .start, "1 g", "2026-01-01 08:00"))
            == "a start of metformin on Thu 2026-01-01 08:00 +01:00 would come before its later start on "
                + "Wed 2026-04-15 08:00 +01:00 (medicine event #4), which would then start it while it runs; nothing was written")
        // What fits: a restart after the stop, a new dose, a stop of the running one, a new medicine.
        #expect(refusal(Self.event(0, "furosemide", .start, "20 mg", "2026-06-01 08:00")) == nil)
        #expect(refusal(Self.event(0, "metformin", .change, "1000 mg", "2026-06-01 08:00")) == nil)
        #expect(refusal(Self.event(0, "metformin", .stop, nil, "2026-06-01 08:00")) == nil)
        #expect(refusal(Self.event(0, "atorvastatin", .start, nil, "2026-06-01 08:00")) == nil)
    }

    // Issue 14: the texts of a step, a list line and a heading.
    @Test func stepTexts() {
        let start = MedicineEvent(id: 7, name: "iron sucrose", action: .start, dose: "200 mg", at: Self.at("2026-03-01 08:00"),
                                  note: "infusion\nat the clinic")
        #expect(MedicineText.line(start)
            == "started iron sucrose 200 mg on Sun 2026-03-01 08:00 +01:00 (medicine event #7), note: \"infusion / at the clinic\"")
        #expect(MedicineText.step(Self.event(2, "x", .change, "20 mg", "2026-04-01 08:00")) == "#2 Wed 2026-04-01 08:00 +01:00 changed to 20 mg")
        #expect(MedicineText.heading(Self.timeline.medicines[0])
            == "Furosemide: stopped on Fri 2026-05-01; loop diuretic, associated with leg cramps (NICE CKS Leg cramps, which names diuretics)")
        #expect(MedicineText.heading(Self.timeline.medicines[1]) == "metformin: running, 500 mg; no class in cramp's vocabulary")
    }

    // Issue 14: names and doses are 1 to 100 characters without control characters, trimmed.
    @Test func nameAndDoseBounds() throws {
        #expect(try MedicineText.name("  furosemide ") == "furosemide")
        #expect(try MedicineText.dose(String(repeating: "m", count: 100)).count == 100)
        #expect(throws: InputError(field: "DOSE", value: "101 characters",
                                   accepted: "a dose of 1 to 100 characters, e.g. 40 mg or 1 puff twice daily")) {
            try MedicineText.dose(String(repeating: "m", count: 101))
        }
        #expect(throws: InputError(field: "NAME", value: " ", accepted: "a medicine name of 1 to 100 characters, e.g. furosemide "
                                       + "(quote a name of several words: \"iron sucrose\")", hint: "it is empty")) {
            try MedicineText.name(" ")
        }
        #expect(throws: InputError.self) { try MedicineText.name("furo\u{1B}[2Jsemide") }
    }
}
