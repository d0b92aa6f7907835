/// One step in a medicine's timeline: started, dose changed, or stopped.
///
/// The name is kept as typed; which class of medicine it belongs to is looked up when a report is made,
/// so the stored record never depends on the vocabulary of the day it was typed.
public struct MedicineEvent: Hashable, Sendable {
    public var id: Int64?
    /// The medicine's name, as typed (trimmed).
    public var name: String
    public var action: MedicineAction
    /// The dose as typed ("40 mg"); none for a stop, required for a change.
    public var dose: String?
    /// When it happened.
    public var at: Timestamp
    public var note: String?
    public var createdUTC: Int64
    public var updatedUTC: Int64

    /// Creates a medicine event value (not yet checked against the schema's rules).
    public init(
        id: Int64? = nil, name: String, action: MedicineAction, dose: String? = nil, at: Timestamp,
        note: String? = nil, createdUTC: Int64 = 0, updatedUTC: Int64 = 0
    ) {
        self.id = id
        self.name = name
        self.action = action
        self.dose = dose
        self.at = at
        self.note = note
        self.createdUTC = createdUTC
        self.updatedUTC = updatedUTC
    }

    /// The name compared case-insensitively: "Furosemide" and "furosemide" are one medicine.
    public var nameKey: String { name.lowercased() }
}

/// What happened to a medicine at one moment; the raw values are the stored words.
public enum MedicineAction: String, VocabularyWord {
    case start
    case change
    case stop
}
