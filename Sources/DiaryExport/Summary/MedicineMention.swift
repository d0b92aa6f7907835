import Diary
import DiaryAnalytics

/// A medicine the person noted as a trigger: the vocabulary word `medication`, or their own words
/// naming a medicine of a class listed as associated with leg cramps (README.md, "Clinical basis").
public struct MedicineMention: Hashable, Sendable {
    /// The trigger as noted.
    public let name: String
    /// Episodes in the period naming it.
    public let episodes: Int
    /// The class it belongs to, when recognised; nil for the plain word `medication`.
    public let medicineClass: MedicineClass?

    /// False for the plain word `medication`, which names no medicine.
    public var isNamed: Bool { name != Trigger.Known.medication.rawValue }

    /// The mentions among the period's trigger tallies, in the tallies' order (most often first). A trigger
    /// `medication:NAME` (`Trigger.medicineName`) is the medicine NAME, with or without a class.
    static func find(_ triggers: [Tally]) -> [MedicineMention] {
        triggers.compactMap { tally in
            if tally.name == Trigger.Known.medication.rawValue {
                return MedicineMention(name: tally.name, episodes: tally.count, medicineClass: nil)
            }
            if let named = Trigger(tally.name)?.medicineName {
                return MedicineMention(name: named, episodes: tally.count, medicineClass: MedicineClass.recognise(named))
            }
            return MedicineClass.recognise(tally.name).map {
                MedicineMention(name: tally.name, episodes: tally.count, medicineClass: $0)
            }
        }
    }
}

/// The medicine classes associated with new leg cramps (Garrison et al., Archives of Internal Medicine 2012;
/// the AAFP review; README.md, "Clinical basis"), with names people write for them.
public enum MedicineClass: String, CaseIterable, Hashable, Sendable {
    case diuretic
    case potassiumSparingDiuretic
    case longActingInhaledBetaAgonist
    case statin
    case ironSucrose
    case conjugatedEstrogens
    case raloxifene
    case naproxen
    case teriparatide

    /// How the summary names the class: `a statin`.
    public var label: String {
        switch self {
        case .diuretic: "a diuretic"
        case .potassiumSparingDiuretic: "a potassium-sparing diuretic"
        case .longActingInhaledBetaAgonist: "a long-acting inhaled beta-agonist"
        case .statin: "a statin"
        case .ironSucrose: "intravenous iron sucrose"
        case .conjugatedEstrogens: "conjugated estrogens"
        case .raloxifene: "raloxifene"
        case .naproxen: "naproxen"
        case .teriparatide: "teriparatide"
        }
    }

    /// Whole words (lowercased) that name the class: generic names, common brand names, class words.
    /// Checked first for the potassium-sparing diuretics, so `spironolactone` is not only "a diuretic".
    static let words: [(MedicineClass, Set<String>)] = [
        (.potassiumSparingDiuretic, ["spironolactone", "eplerenone", "amiloride", "triamterene", "aldactone"]),
        (.diuretic, ["diuretic", "diuretics", "furosemide", "frusemide", "lasix", "bumetanide", "torasemide",
                     "torsemide", "hydrochlorothiazide", "hctz", "thiazide", "chlortalidone", "chlorthalidone",
                     "indapamide", "metolazone", "bendroflumethiazide", "bendrofluazide"]),
        (.longActingInhaledBetaAgonist, ["salmeterol", "formoterol", "eformoterol", "vilanterol", "indacaterol",
                                         "olodaterol", "laba", "serevent", "symbicort", "seretide", "advair"]),
        // Listed by name: a suffix rule would take nystatin (an antifungal) for a statin.
        (.statin, ["statin", "statins", "atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "lovastatin",
                   "fluvastatin", "pitavastatin", "lipitor", "zocor", "crestor", "pravachol"]),
        (.ironSucrose, ["venofer"]),
        (.conjugatedEstrogens, ["premarin"]),
        (.raloxifene, ["raloxifene", "evista"]),
        (.naproxen, ["naproxen", "aleve", "naprosyn"]),
        (.teriparatide, ["teriparatide", "forteo", "forsteo"]),
    ]

    /// The class a trigger written in the person's own words names, or nil. Matches whole words, and the
    /// phrases "iron sucrose", "water pill" or "water tablet", and words beginning "estrogen"/"oestrogen".
    public static func recognise(_ text: String) -> MedicineClass? {
        let lowered = text.lowercased()
        let tokens = lowered.split { !$0.isLetter }.map(String.init)
        for (medicineClass, names) in words where tokens.contains(where: names.contains) {
            return medicineClass
        }
        if lowered.contains("iron sucrose") { return .ironSucrose }
        if lowered.contains("water pill") || lowered.contains("water tablet") { return .diuretic }
        if tokens.contains(where: { $0.hasPrefix("estrogen") || $0.hasPrefix("oestrogen") }) { return .conjugatedEstrogens }
        return nil
    }

    /// The wording of README.md, "Clinical basis", shown when a medicine was noted; never "cause".
    public static let note = "Associated with new leg cramps (Garrison et al., Archives of Internal Medicine 2012): "
        + "diuretics (about 1.5 times as often; potassium-sparing about 2.1), long-acting inhaled beta-agonists "
        + "(about 2.4), statins (about 1.2); the AAFP review also lists intravenous iron sucrose, conjugated "
        + "estrogens, raloxifene, naproxen and teriparatide. Worth discussing with the prescriber; do not stop a "
        + "medicine without advice."
}
