import Diary

/// The check-in table of `cramp export --what check-ins`, one row per night, in this order.
///
/// - `id`: the diary's check-in number (empty in a hand-made row).
/// - `night`: the night it is about, named by its evening's date.
/// - `quiet`: `yes` (no cramp that night) or `no`.
/// - `sleep_disturbance`: 0-10 when not quiet; empty when quiet.
/// - `soreness`: next-day soreness 0-10, or empty.
/// - `at_local`: when the check-in was made, local time with offset, ISO 8601 to the second.
/// - `note`: the person's note, or empty.
public enum CheckInColumn: String, CaseIterable, Sendable {
    case id, night, quiet
    case sleepDisturbance = "sleep_disturbance"
    case soreness
    case atLocal = "at_local"
    case note

    /// The header row, in column order.
    public static let header: [String] = allCases.map(\.rawValue)
}

/// The gap table of `cramp export --what gaps`, one row per gap, in this order.
///
/// - `id`: the diary's gap number (empty in a hand-made row).
/// - `first_night`, `last_night`: the first and last night not kept; `last_night` empty while keeping stays ended.
/// - `note`: the person's note, or empty.
public enum GapColumn: String, CaseIterable, Sendable {
    case id
    case firstNight = "first_night"
    case lastNight = "last_night"
    case note

    /// The header row, in column order.
    public static let header: [String] = allCases.map(\.rawValue)
}

/// How one check-in reads in the exports.
public enum CheckInRecord {
    /// The CSV cells, in `CheckInColumn` order.
    public static func csvCells(_ checkIn: CheckIn) -> [CSVCell] {
        [
            checkIn.id.map(CSVCell.number) ?? .empty,
            .text(checkIn.night.description),
            .text(checkIn.sleep == .quiet ? "yes" : "no"),
            checkIn.sleep == .quiet ? .empty : .number(checkIn.sleep.score),
            .optional(checkIn.soreness),
            .text(checkIn.at.iso8601),
            .optional(checkIn.note),
        ]
    }

    /// The JSON object: the same fields in the same order, `quiet` true or false, a missing value `null`.
    public static func json(_ checkIn: CheckIn) -> JSONValue {
        .object([
            ("id", checkIn.id.map { JSONValue.int($0) } ?? .null),
            ("night", .string(checkIn.night.description)),
            ("quiet", .bool(checkIn.sleep == .quiet)),
            ("sleep_disturbance", checkIn.sleep == .quiet ? .null : .int(checkIn.sleep.score)),
            ("soreness", .optional(checkIn.soreness)),
            ("at_local", .string(checkIn.at.iso8601)),
            ("note", .optional(checkIn.note)),
        ])
    }
}

/// How one gap reads in the exports.
public enum GapRecord {
    /// The CSV cells, in `GapColumn` order.
    public static func csvCells(_ gap: KeepingGap) -> [CSVCell] {
        [gap.id.map(CSVCell.number) ?? .empty, .text(gap.first.description), .optional(gap.last?.description), .optional(gap.note)]
    }

    /// The JSON object: the same fields in the same order, a missing value `null`.
    public static func json(_ gap: KeepingGap) -> JSONValue {
        .object([
            ("id", gap.id.map { JSONValue.int($0) } ?? .null),
            ("first_night", .string(gap.first.description)),
            ("last_night", .optional(gap.last?.description)),
            ("note", .optional(gap.note)),
        ])
    }
}

/// Streams check-ins (see `CheckInColumn`).
public typealias CheckInExporter<Sink: TextSink> = RecordExporter<Sink, CheckIn>
/// Streams gaps (see `GapColumn`).
public typealias GapExporter<Sink: TextSink> = RecordExporter<Sink, KeepingGap>

extension RecordExporter where Record == CheckIn {
    /// A check-in exporter.
    public init(sink: Sink, format: ExportFormat) {
        self.init(sink: sink, format: format, header: CheckInColumn.header, cells: CheckInRecord.csvCells, object: CheckInRecord.json)
    }
}

extension RecordExporter where Record == KeepingGap {
    /// A gap exporter.
    public init(sink: Sink, format: ExportFormat) {
        self.init(sink: sink, format: format, header: GapColumn.header, cells: GapRecord.csvCells, object: GapRecord.json)
    }
}
