import Diary
import Foundation
import Testing

/// The sourced vocabulary of medicines associated with leg cramps (issue 14; README.md, "Medicines").
@Suite("Medicine vocabulary")
struct MedicineVocabularyTests {
    // Issue 14: every name the issue lists maps to its class, with the class's figure and source exactly.
    @Test(arguments: [
        ("furosemide", "loop-diuretic"), ("bumetanide", "loop-diuretic"), ("torasemide", "loop-diuretic"),
        ("hydrochlorothiazide", "thiazide-like-diuretic"), ("chlorthalidone", "thiazide-like-diuretic"),
        ("indapamide", "thiazide-like-diuretic"), ("bendroflumethiazide", "thiazide-like-diuretic"),
        ("spironolactone", "potassium-sparing-diuretic"), ("amiloride", "potassium-sparing-diuretic"),
        ("triamterene", "potassium-sparing-diuretic"), ("eplerenone", "potassium-sparing-diuretic"),
        ("atorvastatin", "statin"), ("simvastatin", "statin"), ("rosuvastatin", "statin"), ("pravastatin", "statin"),
        ("lovastatin", "statin"), ("fluvastatin", "statin"), ("pitavastatin", "statin"),
        ("salmeterol", "laba"), ("formoterol", "laba"), ("vilanterol", "laba"), ("indacaterol", "laba"), ("olodaterol", "laba"),
        ("salbutamol", "salbutamol"), ("albuterol", "salbutamol"), ("nifedipine", "nifedipine"),
        ("iron sucrose", "iron-sucrose"), ("conjugated estrogens", "conjugated-estrogens"), ("raloxifene", "raloxifene"),
        ("naproxen", "naproxen"), ("teriparatide", "teriparatide"),
    ])
    func everyListedNameHasItsClass(name: String, id: String) {
        #expect(MedicineVocabulary.drugClass(of: name)?.id == id)
    }

    // Issue 14: the figures are Garrison et al.'s sequence ratios, and only for the classes they are reported for.
    @Test func figuresAndSourcesAreThePublishedOnes() {
        let garrison = "Garrison et al., Arch Intern Med 2012;172:120"
        #expect(DrugClass.thiazideLikeDiuretic.sequenceRatio == 1.48 && DrugClass.thiazideLikeDiuretic.source == garrison)
        #expect(DrugClass.potassiumSparingDiuretic.sequenceRatio == 2.12 && DrugClass.potassiumSparingDiuretic.source == garrison)
        #expect(DrugClass.statin.sequenceRatio == 1.16 && DrugClass.statin.source == garrison)
        #expect(DrugClass.longActingBetaAgonist.sequenceRatio == 2.42 && DrugClass.longActingBetaAgonist.source == garrison)
        #expect(DrugClass.loopDiuretic.sequenceRatio == nil && DrugClass.loopDiuretic.source == "NICE CKS Leg cramps, which names diuretics")
        for drugClass in [DrugClass.salbutamol, .nifedipine] {
            #expect(drugClass.sequenceRatio == nil && drugClass.source == "NICE CKS Leg cramps")
        }
        for drugClass in [DrugClass.ironSucrose, .conjugatedEstrogens, .raloxifene, .naproxen, .teriparatide] {
            #expect(drugClass.sequenceRatio == nil && drugClass.source == "Allen & Kirby, Am Fam Physician 2012, the AAFP review")
        }
        #expect(DrugClass.statin.text
            == "statin, associated with leg cramps (Garrison et al., Arch Intern Med 2012;172:120: sequence ratio 1.16)")
        #expect(DrugClass.loopDiuretic.text
            == "loop diuretic, associated with leg cramps (NICE CKS Leg cramps, which names diuretics)")
        #expect(DrugClass.potassiumSparingDiuretic.figure == "sequence ratio 2.12")
        for (drugClass, _) in MedicineVocabulary.entries { #expect(!drugClass.text.lowercased().contains("cause")) }
    }

    // Issue 14: case, spellings and brand names of one ingredient, and words around a known name.
    @Test(arguments: [
        ("Furosemide", "loop-diuretic"), ("frusemide", "loop-diuretic"), ("Lasix", "loop-diuretic"), ("torsemide", "loop-diuretic"),
        ("chlortalidone", "thiazide-like-diuretic"), ("Atorvastatin 20mg tablets", "statin"), ("Lipitor", "statin"),
        ("amiloride/hydrochlorothiazide", "potassium-sparing-diuretic"), ("Ventolin inhaler", "salbutamol"),
        ("IRON SUCROSE infusion", "iron-sucrose"), ("conjugated oestrogens", "conjugated-estrogens"), ("eformoterol", "laba"),
    ])
    func variantsAreRecognised(name: String, id: String) {
        #expect(MedicineVocabulary.drugClass(of: name)?.id == id)
    }

    // Issue 14: a name the vocabulary does not know has no class; quinine is a treatment, not an associated medicine.
    @Test(arguments: ["quinine", "Quinine sulfate", "metformin", "magnesium", "nystatin", "iron", "sucrose", "estrogens", "ramipril", ""])
    func otherNamesHaveNoClass(name: String) {
        #expect(MedicineVocabulary.drugClass(of: name) == nil)
    }

    // Issue 14: the README's vocabulary table lists every class with every name cramp recognises, its figure and source.
    @Test func theReadmeTableMatchesTheVocabulary() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for (drugClass, names) in MedicineVocabulary.entries {
            let row = try #require(rows.first { $0.hasPrefix("| \(drugClass.name) |") }, "no row for \(drugClass.name)")
            for name in names { #expect(row.lowercased().contains(name), "\(name) missing from: \(row)") }
            #expect(row.contains(drugClass.figure ?? "none"))
            let source = drugClass.source.hasPrefix("Garrison") ? "Garrison et al." : drugClass.source.hasPrefix("Allen") ? "AAFP review" : "NICE CKS"
            #expect(row.contains(source), "\(row)")
        }
    }
}
