import Diary
import Foundation
import Testing
@testable import CrampBench

/// The `med-list` comparison's output check (issue 14).
@Suite struct MedListBenchTests {
    // Issue 14: the check passes only for the whole timeline: 13 headings and 30 steps, atorvastatin first.
    @Test func theCheckWantsTheWholeTimeline() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let timeline = MedicineTimeline(BenchMedicines.steps.enumerated().flatMap { index, step -> [MedicineEvent] in
            BenchMedicines.events(onDay: step.day, date: CivilDate(iso: "2016-11-21")!.adding(days: step.day))
                .map { var event = $0; event.id = Int64(index + 1); return event }
        })
        #expect(timeline.medicines.count == BenchMedicines.medicines && timeline.running.count == BenchMedicines.running)
        var lines: [String] = []
        for medicine in timeline.medicines { lines += [MedicineText.heading(medicine)] + medicine.events.map { "  " + MedicineText.step($0) } }
        let whole = folder.path + "/whole.out", cut = folder.path + "/cut.out"
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: whole))
        try Data((lines.dropLast().joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: cut))
        #expect(try MedListBench.check(whole).text == "printed the 13 medicines and 30 steps each run")
        #expect(try MedListBench.check(whole).passed)
        #expect(try MedListBench.check(cut).text == "cramp med list printed 42 lines, not the 43 of the timeline")
        #expect(try !MedListBench.check(cut).passed)
    }
}
