/// `medicine_event`: one start, dose change or stop in a medicine's timeline (migration 3).
enum MedicineEventTable: Int32, TableColumns {
    case id, name, action, dose, atUTC, utcOffset, note, createdUTC, updatedUTC

    static let table = "medicine_event"

    var columnName: String {
        switch self {
        case .id: "id"
        case .name: "name"
        case .action: "action"
        case .dose: "dose"
        case .atUTC: "at_utc"
        case .utcOffset: "utc_offset"
        case .note: "note"
        case .createdUTC: "created_utc"
        case .updatedUTC: "updated_utc"
        }
    }
}

/// `trial`: a planned comparison of a baseline against a treatment, in phases of nights (migration 3).
enum TrialTable: Int32, TableColumns {
    case id, name, firstNight, baselineNights, treatmentNights, washoutNights, cycles, stoppedNight, stopNote, note
    case createdUTC, updatedUTC

    static let table = "trial"

    var columnName: String {
        switch self {
        case .id: "id"
        case .name: "name"
        case .firstNight: "first_night"
        case .baselineNights: "baseline_nights"
        case .treatmentNights: "treatment_nights"
        case .washoutNights: "washout_nights"
        case .cycles: "cycles"
        case .stoppedNight: "stopped_night"
        case .stopNote: "stop_note"
        case .note: "note"
        case .createdUTC: "created_utc"
        case .updatedUTC: "updated_utc"
        }
    }
}
