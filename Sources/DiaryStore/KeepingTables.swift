/// `check_in`: one morning check-in per night (migration 2).
enum CheckInTable: Int32, TableColumns {
    case id, night, quiet, sleepDisturbance, soreness, note, atUTC, utcOffset, createdUTC, updatedUTC

    static let table = "check_in"

    var columnName: String {
        switch self {
        case .id: "id"
        case .night: "night"
        case .quiet: "quiet"
        case .sleepDisturbance: "sleep_disturbance"
        case .soreness: "soreness"
        case .note: "note"
        case .atUTC: "at_utc"
        case .utcOffset: "utc_offset"
        case .createdUTC: "created_utc"
        case .updatedUTC: "updated_utc"
        }
    }
}

/// `keeping_gap`: nights marked as not logged, or keeping ended (migration 2).
enum KeepingGapTable: Int32, TableColumns {
    case id, firstNight, lastNight, note, createdUTC, updatedUTC

    static let table = "keeping_gap"

    var columnName: String {
        switch self {
        case .id: "id"
        case .firstNight: "first_night"
        case .lastNight: "last_night"
        case .note: "note"
        case .createdUTC: "created_utc"
        case .updatedUTC: "updated_utc"
        }
    }
}

/// `open_stretch`: the stretch of sitting or standing under way, at most one (migration 2).
enum OpenStretchTable: Int32, TableColumns {
    case id, slot, posture, startUTC, utcOffset, note, createdUTC

    static let table = "open_stretch"

    var columnName: String {
        switch self {
        case .id: "id"
        case .slot: "slot"
        case .posture: "posture"
        case .startUTC: "start_utc"
        case .utcOffset: "utc_offset"
        case .note: "note"
        case .createdUTC: "created_utc"
        }
    }
}
