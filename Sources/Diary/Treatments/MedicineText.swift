/// How medicine steps read back to the person, in echoes, `med list` and the undo journal, and the rules for a
/// typed name or dose.
public enum MedicineText {
    /// The longest name or dose, in code points (the table's CHECK counts them so).
    public static let maxLength = 100

    /// `started furosemide 40 mg`, `changed furosemide to 20 mg`, `stopped furosemide`.
    public static func what(_ event: MedicineEvent) -> String {
        switch event.action {
        case .start: "started \(event.name)" + (event.dose.map { " \($0)" } ?? "")
        case .change: "changed \(event.name) to \(event.dose ?? "")"
        case .stop: "stopped \(event.name)"
        }
    }

    /// `started furosemide 40 mg on Sat 2026-11-21 09:00 +01:00 (medicine event #1), note: "after the clinic"`.
    public static func line(_ event: MedicineEvent) -> String {
        "\(what(event)) on \(EpisodeText.when(event.at)) (medicine event #\(event.id.map(String.init) ?? "-"))"
            + (event.note.map { ", note: \"\(EpisodeText.oneLine($0))\"" } ?? "")
    }

    /// A step under its medicine in `med list`: `#2 Wed 2026-04-01 08:00 +02:00 changed to 20 mg`.
    public static func step(_ event: MedicineEvent) -> String {
        let what = switch event.action {
        case .start: "started" + (event.dose.map { " \($0)" } ?? "")
        case .change: "changed to \(event.dose ?? "")"
        case .stop: "stopped"
        }
        return "#\(event.id.map(String.init) ?? "-") \(EpisodeText.when(event.at)) \(what)"
            + (event.note.map { ", note: \"\(EpisodeText.oneLine($0))\"" } ?? "")
    }

    /// A medicine's heading in `med list`: `furosemide: running, 20 mg; loop diuretic, associated with ...`.
    public static func heading(_ medicine: MedicineHistory) -> String {
        var text = medicine.name + ": "
        if let running = MedicineHistory.state(medicine.events[...]) {
            text += "running" + (running.dose.map { ", \($0)" } ?? "")
        } else {
            text += "stopped on \(medicine.events.last!.at.local.date.weekdayName) \(medicine.events.last!.at.local.date)"
        }
        return text + "; " + (medicine.drugClass?.text ?? "no class in cramp's vocabulary")
    }

    /// `furosemide 40 mg` (or the name alone without a dose).
    public static func running(_ medicine: RunningMedicine) -> String {
        medicine.name + (medicine.dose.map { " \($0)" } ?? "")
    }

    /// `running then: furosemide 40 mg, salbutamol`, or `no medicine was running then`.
    public static func runningList(_ running: [RunningMedicine]) -> String {
        running.isEmpty ? "no medicine was running then" : "running then: " + running.map(Self.running).joined(separator: ", ")
    }

    /// A medicine's name as typed: trimmed, 1 to 100 characters, no control characters.
    public static func name(_ text: String, field: String = "NAME") throws(InputError) -> String {
        try checked(text, field: field, what: "a medicine name of 1 to \(maxLength) characters, e.g. furosemide "
            + "(quote a name of several words: \"iron sucrose\")")
    }

    /// A dose as typed: trimmed, 1 to 100 characters, no control characters (`40 mg`, `1 puff twice daily`).
    public static func dose(_ text: String, field: String = "DOSE") throws(InputError) -> String {
        try checked(text, field: field, what: "a dose of 1 to \(maxLength) characters, e.g. 40 mg or 1 puff twice daily")
    }

    private static func checked(_ text: String, field: String, what: String) throws(InputError) -> String {
        let trimmed = text.trimmingSpaces
        if trimmed.containsControlCharacter {
            throw InputError(field: field, value: EpisodeText.oneLine(String(trimmed.prefix(40))), accepted: what + ", without control characters")
        }
        guard !trimmed.isEmpty else { throw InputError(field: field, value: text, accepted: what, hint: "it is empty") }
        guard trimmed.unicodeScalars.count <= maxLength else {
            throw InputError(field: field, value: "\(trimmed.unicodeScalars.count) characters", accepted: what)
        }
        return trimmed
    }
}
