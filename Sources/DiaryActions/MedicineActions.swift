import Diary
import DiaryStore

/// A medicine step as `med start`, `med change` or `med stop` stored it.
public struct RecordedMedicineEvent: Sendable {
    /// As stored, with its number.
    public let event: MedicineEvent
    /// The medicine as it ran just before the step (nil for a start): the dose a change replaced, what a stop ended.
    public let before: RunningMedicine?
    /// The class the vocabulary gives the medicine, if any.
    public var drugClass: DrugClass? { MedicineVocabulary.drugClass(of: event.name) }
}

extension Actions {
    /// Records that the person started `name` (default now), optionally with a dose.
    ///
    /// Refused (`MedicineRefusal`): a medicine running at that moment (a new dose is `changeMedicineDose`), or one
    /// with a later start it would contradict. Names are compared in any case.
    public func startMedicine(_ name: String, dose: String? = nil, at: Timestamp? = nil,
                              note: String? = nil) throws -> RecordedMedicineEvent {
        try recordMedicine(.start, name: name, dose: dose, at: at, note: note)
    }

    /// Records a new dose of a running medicine (default now). Refused when it is not running then, or already
    /// takes that dose.
    public func changeMedicineDose(_ name: String, dose: String, at: Timestamp? = nil,
                                   note: String? = nil) throws -> RecordedMedicineEvent {
        try recordMedicine(.change, name: name, dose: dose, at: at, note: note)
    }

    /// Records that the person stopped a running medicine (default now). Refused when it is not running then
    /// (the refusal lists what was), or when a later change or stop of it would then follow a stop.
    public func stopMedicine(_ name: String, at: Timestamp? = nil, note: String? = nil) throws -> RecordedMedicineEvent {
        try recordMedicine(.stop, name: name, dose: nil, at: at, note: note)
    }

    private func recordMedicine(_ action: MedicineAction, name typed: String, dose typedDose: String?, at: Timestamp?,
                                note: String?) throws -> RecordedMedicineEvent {
        let name = try MedicineText.name(typed)
        let dose = try typedDose.map { try MedicineText.dose($0) }
        if action == .change, dose == nil { _ = try MedicineText.dose("") }
        let note = try note.flatMap { try NoteText.checked($0) }
        let moment = at ?? clock.now
        guard moment.utc <= clock.nowUTC else {
            throw InputError(field: "--at", value: moment.iso8601, accepted: When.acceptedForms,
                             hint: "that is in the future; now is \(clock.now.iso8601)")
        }
        let existing = try existingFile()
        let timeline = MedicineTimeline(try existing.map { try MedicineEventRepository($0.db).all() } ?? [])
        // A medicine keeps the name it was started under, whatever case a later step is typed in.
        let stored = timeline.history(of: name)?.name ?? name
        let now = clock.nowUTC
        var event = MedicineEvent(name: stored, action: action, dose: dose, at: moment, note: note,
                                  createdUTC: now, updatedUTC: now)
        try timeline.check(event)
        let before = timeline.history(of: name)?.running(atUTC: moment.utc)

        let file = try existing ?? fileForWriting()
        try file.journaled("med \(action.rawValue)", nowUTC: now) { operation in
            let id = try MedicineEventRepository(file.db).insert(event, nowUTC: now)
            try operation.inserted(.medicineEvent, rowID: id)
            event.id = id
            return ((), MedicineText.line(event))
        }
        return RecordedMedicineEvent(event: event, before: action == .start ? nil : before)
    }
}

extension DiaryReader {
    /// The medicine timeline: every medicine with its steps; empty in an absent diary.
    public func medicineTimeline() throws -> MedicineTimeline { MedicineTimeline(try medicineEvents()) }

    /// The medicine events an export of `scope` covers, earliest first: those dated on the day whose evening begins
    /// one of its nights (as posture sessions are).
    public func medicineEvents(in scope: ExportScope) throws -> [MedicineEvent] {
        try medicineEvents().filter { scope.contains(Night(evening: $0.at.local.date)) }
    }
}
