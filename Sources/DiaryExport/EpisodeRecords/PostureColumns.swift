import Diary

/// The posture-session table of `cramp export --what posture`, one row per session, in this order.
///
/// - `id`: the diary's row number (empty in a hand-made row).
/// - `posture`: `sitting` or `standing`.
/// - `start_local`, `end_local`: local time with offset, ISO 8601 to the second; the end is
///   written with the start's offset and must equal start plus `duration_s`.
/// - `day`: the local date the session started on.
/// - `duration_s`: seconds, a whole number (60 to 86400).
/// - `breaks_taken`: stretch breaks the person said they took during it.
/// - `note`: the person's note, or empty.
public enum PostureColumn: String, CaseIterable, Sendable {
    case id, posture
    case startLocal = "start_local"
    case endLocal = "end_local"
    case day
    case durationSeconds = "duration_s"
    case breaksTaken = "breaks_taken"
    case note

    /// The header row, in column order.
    public static let header: [String] = allCases.map(\.rawValue)
}

/// How one posture session reads in the exports.
public enum PostureRecord {
    /// The CSV cells, in `PostureColumn` order.
    public static func csvCells(_ session: PostureSession) -> [CSVCell] {
        [
            session.id.map(CSVCell.number) ?? .empty,
            .text(session.posture.rawValue),
            .text(session.start.iso8601),
            .text(session.end.iso8601),
            .text(session.start.local.date.description),
            .number(session.durationSeconds),
            .number(session.breaksTaken),
            .optional(session.note),
        ]
    }

    /// The JSON object: the same fields in the same order, a missing id or note `null`.
    public static func json(_ session: PostureSession) -> JSONValue {
        .object([
            ("id", session.id.map { JSONValue.int($0) } ?? .null),
            ("posture", .string(session.posture.rawValue)),
            ("start_local", .string(session.start.iso8601)),
            ("end_local", .string(session.end.iso8601)),
            ("day", .string(session.start.local.date.description)),
            ("duration_s", .int(session.durationSeconds)),
            ("breaks_taken", .int(session.breaksTaken)),
            ("note", .optional(session.note)),
        ])
    }
}
