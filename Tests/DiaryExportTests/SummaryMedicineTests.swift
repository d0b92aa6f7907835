@testable import DiaryExport
import Testing

@Suite struct SummaryMedicineTests {
    @Test(arguments: [
        ("simvastatin 20mg", MedicineClass.statin), ("Atorvastatin", .statin), ("started statins", .statin),
        ("Lipitor", .statin), ("furosemide", .diuretic), ("Lasix 40", .diuretic), ("new water pill", .diuretic),
        ("hydrochlorothiazide", .diuretic), ("spironolactone", .potassiumSparingDiuretic),
        ("amiloride/HCTZ", .potassiumSparingDiuretic), ("salmeterol inhaler", .longActingInhaledBetaAgonist),
        ("Symbicort", .longActingInhaledBetaAgonist), ("LABA", .longActingInhaledBetaAgonist),
        ("iron sucrose infusion", .ironSucrose), ("Premarin", .conjugatedEstrogens), ("oestrogen patch", .conjugatedEstrogens),
        ("raloxifene", .raloxifene), ("naproxen 500", .naproxen), ("Aleve", .naproxen), ("teriparatide pen", .teriparatide),
    ])
    func recognisesNamedMedicines(text: String, expected: MedicineClass) {
        #expect(MedicineClass.recognise(text) == expected)
    }

    @Test(arguments: ["cold", "standing", "nystatin cream", "ecstatic", "labrador walk", "ironing", "statue", "medication", ""])
    func leavesOtherWordsAlone(text: String) {
        #expect(MedicineClass.recognise(text) == nil)
    }

    @Test func theNoteFollowsClinicalWording() {
        let note = MedicineClass.note
        #expect(note.contains("Worth discussing with the prescriber"))
        #expect(note.contains("Garrison et al., Archives of Internal Medicine 2012"))
        for figure in ["1.5", "2.1", "2.4", "1.2"] { #expect(note.contains("about \(figure)")) }
        for name in ["iron sucrose", "conjugated estrogens", "raloxifene", "naproxen", "teriparatide"] {
            #expect(note.contains(name))
        }
        #expect(!note.lowercased().contains("cause"))
    }
}
