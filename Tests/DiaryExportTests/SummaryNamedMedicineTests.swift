@testable import DiaryAnalytics
@testable import DiaryExport
import Testing

/// The summary's medicines noted as triggers, with `--trigger medication:NAME` (issue 14).
@Suite struct SummaryNamedMedicineTests {
    // Issue 14: a medication trigger naming its medicine is that medicine in the summary, with its class when known;
    // only the plain word is "medicine not named".
    @Test func aNamedMedicationTriggerIsThatMedicine() {
        let mentions = MedicineMention.find([
            Tally(name: "medication:furosemide", count: 2), Tally(name: "medication", count: 1),
            Tally(name: "Medication: gabapentin", count: 1), Tally(name: "standing", count: 4), Tally(name: "medication:", count: 1),
        ])
        #expect(mentions.map(SummaryWords.medicine) == [
            "furosemide (2 episodes; a diuretic)", "medication (1 episode, medicine not named)", "gabapentin (1 episode)",
        ])
    }
}
