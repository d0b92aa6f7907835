import Diary
import DiaryAnalytics

/// The summary's "Medicines and treatments": the medicine timeline, the kept nights around each start or stop
/// compared, and each trial's result (README.md, "Did it help?").
public struct SummaryTreatments: Hashable, Sendable {
    /// Every step of the medicine timeline, earliest first.
    public let events: [MedicineEvent]
    /// Each start and stop with the 28 kept nights before and after compared.
    public let changes: [MedicineChange]
    /// Each trial's result, earliest first.
    public let trials: [TrialResult]

    /// Nothing recorded.
    public static let none = SummaryTreatments(events: [], changes: [], trials: [])

    /// Creates the section's values.
    public init(events: [MedicineEvent], changes: [MedicineChange], trials: [TrialResult]) {
        self.events = events
        self.changes = changes
        self.trials = trials
    }

    /// True when there is nothing to show.
    public var isEmpty: Bool { events.isEmpty && trials.isEmpty }
}

/// The section's sentences, shared by the text and HTML pages.
enum TreatmentWords {
    static let heading = "Medicines and treatments"

    /// `2026-09-01 furosemide (loop diuretic) started, 40 mg`: the class, when the vocabulary knows the name, once
    /// at the start, so the doctor sees which medicines are associated with cramps without a second list.
    static func event(_ event: MedicineEvent) -> String {
        var text = "\(event.at.local.date) \(EpisodeText.oneLine(event.name)) "
        if event.action == .start, let drugClass = MedicineVocabulary.drugClass(of: event.name) { text += "(\(drugClass.label)) " }
        switch event.action {
        case .start: text += "started"
        case .change: text += "dose changed"
        case .stop: text += "stopped"
        }
        if let dose = event.dose { text += ", \(EpisodeText.oneLine(dose))" }
        return text
    }

    /// The timeline in one sentence.
    static func timeline(_ events: [MedicineEvent]) -> String { "Timeline: " + events.map(event).joined(separator: "; ") + "." }

    /// `furosemide started Tue 2026-09-01, 28 kept nights before and after: 0.50 then 2.25 cramps per week; ...`.
    static func change(_ change: MedicineChange) -> String {
        let name = EpisodeText.oneLine(change.event.name)
        let started = change.event.action == .start
        let subject: ComparisonSubject = started ? .medicineStart(name: name) : .medicineStop(name: name)
        return "\(name) \(started ? "started" : "stopped") \(change.night.label), kept nights before against after: "
            + ComparisonText.compact(change.comparison, subject) + "."
    }

    /// `Trial #1 magnesium (2 weeks baseline, ...): ...; quinine advice when it applies`.
    static func trial(_ result: TrialResult) -> String {
        var text = "Trial " + TrialWords.line(result.trial) + ": "
            + ComparisonText.compact(result.comparison, .trial(name: EpisodeText.oneLine(result.trial.name))) + "."
        if ComparisonWords.isQuinine(result.trial.name) { text += " " + ComparisonWords.quinineAdvice }
        return text
    }

    /// Every paragraph of the section, in order.
    static func paragraphs(_ treatments: SummaryTreatments) -> [String] {
        // Nothing recorded adds no line: the page keeps its length (the print test holds it to two A4 pages).
        guard !treatments.isEmpty else { return [] }
        var out: [String] = []
        if !treatments.events.isEmpty { out.append(timeline(treatments.events)) }
        out += treatments.changes.map(change)
        out += treatments.trials.map(trial)
        if !treatments.changes.isEmpty || !treatments.trials.isEmpty { out.append("Caution: " + ComparisonWords.caution) }
        return out
    }
}
