import Diary

/// One course of a medicine: from a start (or the first change) to its stop, with each dose in force.
struct MedicineCourse: Sendable {
    /// The first event of the course, whose id names it.
    var first: MedicineEvent
    /// The name as typed at the course's first event.
    var name: String { first.name }
    /// When it began; nil when the timeline holds only its stop.
    var start: Timestamp?
    /// When it stopped; nil while it goes on.
    var stop: Timestamp?
    /// Each dose with the moment it took effect, in order.
    var doses: [(at: Timestamp, dose: String)] = []
    /// Notes of the course's events, with their moments.
    var notes: [(at: Timestamp, text: String)] = []

    /// The courses of a timeline (events earliest first), in the order their first events came.
    ///
    /// A medicine's names are compared case-insensitively. A start while a course is under way is taken as a
    /// new dose of that course; a change with no course under way opens one; a stop with none under way is a
    /// course with only its end.
    static func courses(_ events: [MedicineEvent]) -> [MedicineCourse] {
        var courses: [MedicineCourse] = []
        var open: [String: Int] = [:]
        for event in events {
            let index: Int
            if let current = open[event.nameKey] {
                index = current
            } else {
                courses.append(MedicineCourse(first: event, start: event.action == .stop ? nil : event.at))
                index = courses.count - 1
                if event.action != .stop { open[event.nameKey] = index }
            }
            if let dose = event.dose, event.action != .stop { courses[index].doses.append((event.at, dose)) }
            if let note = event.note { courses[index].notes.append((event.at, note)) }
            if event.action == .stop {
                courses[index].stop = event.at
                open[event.nameKey] = nil
            }
        }
        return courses
    }

    /// True when the course runs on any night of `nights`, each moment read on its own night (`window`).
    func touches(_ nights: NightRange, window: NightWindow) -> Bool {
        let began = start.map { window.night(of: $0.local) <= nights.to } ?? true
        let ended = stop.map { window.night(of: $0.local) < nights.from } ?? false
        return began && !ended
    }
}

/// A course as an R4 MedicationStatement (README.md, "FHIR export").
enum MedicationStatement {
    /// The resource of `course`; `patient` is the Patient's full URL.
    static func resource(_ course: MedicineCourse, patient: String) -> JSONValue {
        var period: [(String, JSONValue)] = []
        if let start = course.start { period.append(("start", .string(FHIRTime.dateTime(start)))) }
        if let stop = course.stop { period.append(("end", .string(FHIRTime.dateTime(stop)))) }
        var members: [(String, JSONValue)] = [
            ("resourceType", .string("MedicationStatement")),
            ("status", .string(course.stop == nil ? "active" : "completed")),
            ("medicationCodeableConcept", FHIRCodes.text(course.name)),
            ("subject", .object([("reference", .string(patient))])),
            ("effectivePeriod", .object(period)),
        ]
        if !course.notes.isEmpty {
            members.append(("note", .array(course.notes.map {
                .object([("time", .string(FHIRTime.dateTime($0.at))), ("text", .string($0.text))])
            })))
        }
        if !course.doses.isEmpty {
            var dosage: [JSONValue] = []
            for (index, step) in course.doses.enumerated() {
                var bounds: [(String, JSONValue)] = [("start", .string(FHIRTime.dateTime(step.at)))]
                if let next = index + 1 < course.doses.count ? course.doses[index + 1].at : course.stop {
                    bounds.append(("end", .string(FHIRTime.dateTime(next))))
                }
                dosage.append(.object([
                    ("sequence", .int(index + 1)), ("text", .string(step.dose)),
                    ("timing", .object([("repeat", .object([("boundsPeriod", .object(bounds))]))])),
                ]))
            }
            members.append(("dosage", .array(dosage)))
        }
        return .object(members)
    }
}
