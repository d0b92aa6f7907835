import Diary
import DiaryActions
import DiaryStore
import Foundation
import Testing

/// The medicine actions of the use-case layer (issue 14), on real diary files. Now: Sat 2026-11-21 09:00 +01:00.
@Suite("Use-case layer: medicines")
struct MedicineActionsTests {
    // Issue 14: each step is one transaction with one journal entry, which undo takes back.
    @Test func eachStepIsOneJournaledWrite() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        let actions = diary.actions
        let started = try actions.startMedicine("Atorvastatin", dose: " 20 mg ", note: "from the GP\n")
        #expect(started.event == MedicineEvent(id: 1, name: "Atorvastatin", action: .start, dose: "20 mg", at: diary.clock.now,
                                               note: "from the GP", createdUTC: diary.nowUTC, updatedUTC: diary.nowUTC))
        #expect(started.before == nil && started.drugClass == .statin)
        let changed = try actions.changeMedicineDose("atorvastatin", dose: "40 mg")
        #expect(changed.event.name == "Atorvastatin" && changed.before?.dose == "20 mg")
        let stopped = try actions.stopMedicine("ATORVASTATIN")
        #expect(stopped.event.dose == nil && stopped.before?.dose == "40 mg" && stopped.before?.since.id == 1)
        #expect(try diary.count("operation") == 3 && diary.count("operation_change") == 3)
        #expect(try actions.reader().medicineTimeline().running.isEmpty)
        _ = try actions.undo()
        #expect(try actions.reader().medicineTimeline().running.map(MedicineText.running) == ["Atorvastatin 40 mg"])
    }

    // Issue 14: a refusal is typed, names what runs, and writes nothing, not even a new diary.
    @Test func refusalsAreTypedAndWriteNothing() throws {
        let diary = try ActionsDiary()
        defer { diary.remove() }
        #expect(throws: MedicineRefusal.notRunning(
            MedicineEvent(name: "aspirin", action: .stop, at: diary.clock.now, createdUTC: diary.nowUTC, updatedUTC: diary.nowUTC),
            lastStop: nil, running: [])) {
            try diary.actions.stopMedicine("aspirin")
        }
        #expect(throws: InputError.self) { try diary.actions.changeMedicineDose("aspirin", dose: "  ") }
        #expect(throws: InputError.self) { try diary.actions.startMedicine("aspirin", at: diary.clock.now.adding(seconds: 60)) }
        #expect(!FileManager.default.fileExists(atPath: diary.path))
    }
}
