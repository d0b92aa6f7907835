/// A class of medicines a published source names as associated with leg cramps, with that source.
///
/// Only what the sources say (README.md, "Clinical basis"): the sequence ratio where Garrison et al. give one,
/// otherwise the source that names the class or the medicine, with no figure.
public struct DrugClass: Hashable, Sendable {
    /// A stable key, e.g. `thiazide-like-diuretic`.
    public let id: String
    /// The class as the README's table names it, e.g. `thiazide-like diuretics`.
    public let name: String
    /// One medicine of the class, for a line: `thiazide-like diuretic`.
    public let label: String
    /// The sequence ratio of Garrison et al. 2012 (new cramp treatment was more common in the year after starting
    /// a drug of the class), when the source gives one for this class.
    public let sequenceRatio: Double?
    /// The source, as a citation.
    public let source: String

    /// `statin, associated with leg cramps (Garrison et al., Arch Intern Med 2012;172:120: sequence ratio 1.16)`.
    public var text: String {
        "\(label), associated with leg cramps (\(source)" + (figure.map { ": \($0)" } ?? "") + ")"
    }

    /// `sequence ratio 1.16`, or nil when the source gives no figure.
    public var figure: String? { sequenceRatio.map { "sequence ratio \(Self.ratioText($0))" } }

    /// The ratio with its two published decimals.
    static func ratioText(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension DrugClass {
    static let garrison = "Garrison et al., Arch Intern Med 2012;172:120"
    static let niceCKS = "NICE CKS Leg cramps"
    static let aafp = "Allen & Kirby, Am Fam Physician 2012, the AAFP review"

    /// Loop diuretics: NICE CKS names diuretics; the Garrison figures used here are for other diuretic classes.
    public static let loopDiuretic = DrugClass(
        id: "loop-diuretic", name: "loop diuretics", label: "loop diuretic", sequenceRatio: nil,
        source: niceCKS + ", which names diuretics")
    public static let thiazideLikeDiuretic = DrugClass(
        id: "thiazide-like-diuretic", name: "thiazide-like diuretics", label: "thiazide-like diuretic",
        sequenceRatio: 1.48, source: garrison)
    public static let potassiumSparingDiuretic = DrugClass(
        id: "potassium-sparing-diuretic", name: "potassium-sparing diuretics", label: "potassium-sparing diuretic",
        sequenceRatio: 2.12, source: garrison)
    public static let statin = DrugClass(id: "statin", name: "statins", label: "statin", sequenceRatio: 1.16, source: garrison)
    public static let longActingBetaAgonist = DrugClass(
        id: "laba", name: "long-acting beta-agonists (LABA)", label: "long-acting beta-agonist (LABA)",
        sequenceRatio: 2.42, source: garrison)
    public static let salbutamol = DrugClass(
        id: "salbutamol", name: "salbutamol", label: "salbutamol", sequenceRatio: nil, source: niceCKS)
    public static let nifedipine = DrugClass(
        id: "nifedipine", name: "nifedipine", label: "nifedipine", sequenceRatio: nil, source: niceCKS)
    public static let ironSucrose = DrugClass(
        id: "iron-sucrose", name: "intravenous iron sucrose", label: "intravenous iron sucrose", sequenceRatio: nil,
        source: aafp)
    public static let conjugatedEstrogens = DrugClass(
        id: "conjugated-estrogens", name: "conjugated estrogens", label: "conjugated estrogens", sequenceRatio: nil,
        source: aafp)
    public static let raloxifene = DrugClass(
        id: "raloxifene", name: "raloxifene", label: "raloxifene", sequenceRatio: nil, source: aafp)
    public static let naproxen = DrugClass(id: "naproxen", name: "naproxen", label: "naproxen", sequenceRatio: nil, source: aafp)
    public static let teriparatide = DrugClass(
        id: "teriparatide", name: "teriparatide", label: "teriparatide", sequenceRatio: nil, source: aafp)
}

/// The names cramp recognises as medicines of a `DrugClass`: generic names, common other spellings and a few
/// brand names of one ingredient. A name it does not know stays as typed, with no class.
///
/// Quinine is deliberately absent: it is a treatment tried for cramps, not a medicine associated with them.
public enum MedicineVocabulary {
    /// Every class with the names that belong to it, in the README's order.
    public static let entries: [(drugClass: DrugClass, names: [String])] = [
        (.loopDiuretic, ["furosemide", "frusemide", "bumetanide", "torasemide", "torsemide", "lasix"]),
        (.thiazideLikeDiuretic, ["hydrochlorothiazide", "chlorthalidone", "chlortalidone", "indapamide",
                                 "bendroflumethiazide", "bendrofluazide"]),
        (.potassiumSparingDiuretic, ["spironolactone", "amiloride", "triamterene", "eplerenone", "aldactone"]),
        (.statin, ["atorvastatin", "simvastatin", "rosuvastatin", "pravastatin", "lovastatin", "fluvastatin",
                   "pitavastatin", "lipitor", "zocor", "crestor"]),
        (.longActingBetaAgonist, ["salmeterol", "formoterol", "eformoterol", "vilanterol", "indacaterol", "olodaterol",
                                  "serevent"]),
        (.salbutamol, ["salbutamol", "albuterol", "ventolin"]),
        (.nifedipine, ["nifedipine", "adalat"]),
        (.ironSucrose, ["iron sucrose", "venofer"]),
        (.conjugatedEstrogens, ["conjugated estrogens", "conjugated oestrogens", "premarin"]),
        (.raloxifene, ["raloxifene", "evista"]),
        (.naproxen, ["naproxen", "naprosyn"]),
        (.teriparatide, ["teriparatide", "forteo", "forsteo"]),
    ]

    /// Each known name (one or two lowercased words) with its class.
    static let byName: [String: DrugClass] = {
        var table: [String: DrugClass] = [:]
        for (drugClass, names) in entries {
            for name in names { table[name] = drugClass }
        }
        return table
    }()

    /// The class of the medicine `name` names, or nil when the vocabulary does not know it.
    ///
    /// Case is ignored, and so is what surrounds a known name: `Atorvastatin 20mg tablets` is a statin and
    /// `amiloride/hydrochlorothiazide` a potassium-sparing diuretic (the first known name decides). Names are matched
    /// as whole words, so `nystatin` is no statin.
    public static func drugClass(of name: String) -> DrugClass? {
        let words = name.lowercased().split { !$0.isLetter }.map(String.init)
        for (index, word) in words.enumerated() {
            if index + 1 < words.count, let found = byName[word + " " + words[index + 1]] { return found }
            if let found = byName[word] { return found }
        }
        return nil
    }
}
