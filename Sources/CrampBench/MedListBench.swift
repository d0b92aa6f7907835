import Diary

/// The medicine timeline every generated diary holds: 30 starts, dose changes and stops of 13 medicines over ten
/// years, as a person on a statin, a blood-pressure medicine and a few courses of others might record them.
enum BenchMedicines {
    /// One step: the day after the diary's first evening, the medicine, what happened and the dose.
    struct Step {
        let day: Int
        let name: String
        let action: MedicineAction
        let dose: String?
    }

    static let steps: [Step] = [
        Step(day: 30, name: "atorvastatin", action: .start, dose: "20 mg"),
        Step(day: 200, name: "ramipril", action: .start, dose: "5 mg"),
        Step(day: 420, name: "atorvastatin", action: .change, dose: "40 mg"),
        Step(day: 600, name: "naproxen", action: .start, dose: "500 mg"),
        Step(day: 630, name: "naproxen", action: .stop, dose: nil),
        Step(day: 900, name: "ramipril", action: .change, dose: "10 mg"),
        Step(day: 1_100, name: "furosemide", action: .start, dose: "40 mg"),
        Step(day: 1_180, name: "furosemide", action: .change, dose: "20 mg"),
        Step(day: 1_400, name: "furosemide", action: .stop, dose: nil),
        Step(day: 1_500, name: "salbutamol", action: .start, dose: "100 µg as needed"),
        Step(day: 1_650, name: "salmeterol", action: .start, dose: "50 µg twice daily"),
        Step(day: 1_800, name: "atorvastatin", action: .stop, dose: nil),
        Step(day: 1_801, name: "rosuvastatin", action: .start, dose: "10 mg"),
        Step(day: 2_000, name: "magnesium", action: .start, dose: "300 mg"),
        Step(day: 2_120, name: "magnesium", action: .stop, dose: nil),
        Step(day: 2_200, name: "metformin", action: .start, dose: "500 mg"),
        Step(day: 2_300, name: "metformin", action: .change, dose: "1000 mg"),
        Step(day: 2_400, name: "indapamide", action: .start, dose: "2.5 mg"),
        Step(day: 2_500, name: "naproxen", action: .start, dose: "250 mg"),
        Step(day: 2_520, name: "naproxen", action: .stop, dose: nil),
        Step(day: 2_700, name: "salmeterol", action: .stop, dose: nil),
        Step(day: 2_800, name: "indapamide", action: .change, dose: "1.5 mg"),
        Step(day: 2_900, name: "omeprazole", action: .start, dose: "20 mg"),
        Step(day: 3_000, name: "omeprazole", action: .stop, dose: nil),
        Step(day: 3_100, name: "spironolactone", action: .start, dose: "25 mg"),
        Step(day: 3_300, name: "quinine", action: .start, dose: "200 mg"),
        Step(day: 3_330, name: "quinine", action: .stop, dose: nil),
        Step(day: 3_400, name: "spironolactone", action: .change, dose: "50 mg"),
        Step(day: 3_500, name: "furosemide", action: .start, dose: "20 mg"),
        Step(day: 3_600, name: "rosuvastatin", action: .change, dose: "20 mg"),
    ]

    /// Medicines, and those still running after the last step.
    static let medicines = 13, running = 7

    /// The steps on `day`, as events at 08:00 local on that date.
    static func events(onDay day: Int, date: CivilDate) -> [MedicineEvent] {
        steps.filter { $0.day == day }.map { step in
            let at = CentralEuropeanZone().timestamp(local: LocalDateTime(date: date, hour: 8, minute: 0)!)
            return MedicineEvent(name: step.name, action: step.action, dose: step.dose, at: at, createdUTC: at.utc,
                                 updatedUTC: at.utc)
        }
    }
}

/// The `med-list` pair (issue 14): `cramp med list` on the main diary against `cramp --version`. Target: at most 3 times.
enum MedListBench {
    /// What `med list` prints on standard output: a heading per medicine and a line per step.
    static let expectedLines = BenchMedicines.medicines + BenchMedicines.steps.count

    /// The subject printed the whole timeline: every medicine and every step, the first medicine first.
    static func check(_ subjectPath: String) throws -> OutputCheck {
        let lines = try Files.readText(subjectPath).split(separator: "\n")
        guard lines.count == expectedLines, lines.first?.hasPrefix("atorvastatin: stopped on ") == true else {
            return OutputCheck(text: "cramp med list printed \(lines.count) lines, not the \(expectedLines) of the timeline",
                               passed: false)
        }
        return OutputCheck(text: "printed the \(BenchMedicines.medicines) medicines and \(BenchMedicines.steps.count) steps each run",
                           passed: true)
    }

    /// The comparison, as `BenchSetup.comparisons` lists it.
    static func comparison(_ setup: BenchSetup, version: Command) -> Comparison {
        Comparison(
            id: "med-list", title: "cramp med list / cramp --version",
            subject: setup.cramp(["med", "list"], diary: setup.mainDiary, output: "med-list"), baseline: version,
            targetRatio: 3, memoryLimitMiB: nil,
            explanation: """
                The medicine timeline (\(BenchMedicines.medicines) medicines, \(BenchMedicines.steps.count) starts, dose \
                changes and stops over ten years, each class looked up in the vocabulary) on the \
                \(setup.mainEpisodes.grouped)-episode diary, against the cost of starting cramp at all (--version opens \
                nothing): what opening the diary and reading the timeline add.
                """)
    }
}
