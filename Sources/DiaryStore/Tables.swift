/// The tables of the schema (`Migrations/`), one column enum each: every SELECT list, every decoder and the
/// undo journal take their column names and positions from here. `SchemaColumnsTests` holds them to the
/// migrated schema.
enum Schema {
    /// Every table the migrations create.
    static var tables: [any TableColumns.Type] {
        [EpisodeTable.self, EpisodeTriggerTable.self, EpisodeReliefTable.self, PostureSessionTable.self,
         StretchBreakTable.self, SettingTable.self, OperationTable.self, OperationChangeTable.self,
         CheckInTable.self, KeepingGapTable.self, OpenStretchTable.self, MedicineEventTable.self, TrialTable.self]
    }
}

/// `episode`: one cramp or numbness.
enum EpisodeTable: Int32, TableColumns {
    case id, kind, startUTC, utcOffset, leg, site, durationSeconds, intensity, woke, note, createdUTC, updatedUTC

    static let table = "episode"

    var columnName: String {
        switch self {
        case .id: "id"
        case .kind: "kind"
        case .startUTC: "start_utc"
        case .utcOffset: "utc_offset"
        case .leg: "leg"
        case .site: "site"
        case .durationSeconds: "duration_s"
        case .intensity: "intensity"
        case .woke: "woke"
        case .note: "note"
        case .createdUTC: "created_utc"
        case .updatedUTC: "updated_utc"
        }
    }
}

/// `episode_trigger`: an episode's suspected triggers, in the order given.
enum EpisodeTriggerTable: Int32, TableColumns {
    case episodeID, position, name

    static let table = "episode_trigger"

    var columnName: String {
        switch self {
        case .episodeID: "episode_id"
        case .position: "position"
        case .name: "name"
        }
    }
}

/// `episode_relief`: what was tried against an episode, and whether it helped.
enum EpisodeReliefTable: Int32, TableColumns {
    case episodeID, position, name, outcome

    static let table = "episode_relief"

    var columnName: String {
        switch self {
        case .episodeID: "episode_id"
        case .position: "position"
        case .name: "name"
        case .outcome: "outcome"
        }
    }
}

/// `posture_session`: a stretch of sitting or standing.
enum PostureSessionTable: Int32, TableColumns {
    case id, posture, startUTC, utcOffset, durationSeconds, breaksTaken, note, createdUTC, updatedUTC

    static let table = "posture_session"

    var columnName: String {
        switch self {
        case .id: "id"
        case .posture: "posture"
        case .startUTC: "start_utc"
        case .utcOffset: "utc_offset"
        case .durationSeconds: "duration_s"
        case .breaksTaken: "breaks_taken"
        case .note: "note"
        case .createdUTC: "created_utc"
        case .updatedUTC: "updated_utc"
        }
    }
}

/// `stretch_break`: a break logged live.
enum StretchBreakTable: Int32, TableColumns {
    case id, atUTC, utcOffset, createdUTC

    static let table = "stretch_break"

    var columnName: String {
        switch self {
        case .id: "id"
        case .atUTC: "at_utc"
        case .utcOffset: "utc_offset"
        case .createdUTC: "created_utc"
        }
    }
}

/// `setting`: the settings the person changed.
enum SettingTable: Int32, TableColumns {
    case key, value

    static let table = "setting"

    var columnName: String {
        switch self {
        case .key: "key"
        case .value: "value"
        }
    }
}

/// `operation`: one command that wrote, for `undo`.
enum OperationTable: Int32, TableColumns {
    case id, command, summary, atUTC, undoneUTC

    static let table = "operation"

    var columnName: String {
        switch self {
        case .id: "id"
        case .command: "command"
        case .summary: "summary"
        case .atUTC: "at_utc"
        case .undoneUTC: "undone_utc"
        }
    }
}

/// `operation_change`: one row a command changed, with the row as it was before.
enum OperationChangeTable: Int32, TableColumns {
    case operationID, seq, target, rowID, rowKey, action, before

    static let table = "operation_change"

    var columnName: String {
        switch self {
        case .operationID: "operation_id"
        case .seq: "seq"
        case .target: "target"
        case .rowID: "row_id"
        case .rowKey: "row_key"
        case .action: "action"
        case .before: "before"
        }
    }
}
