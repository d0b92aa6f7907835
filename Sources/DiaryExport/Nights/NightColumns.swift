import Diary
import DiaryAnalytics

/// The nights table of `cramp export --what nights`, one row per night of the period, in this order: the
/// table a doctor or a trial spreadsheet wants (README.md, "Kept nights").
///
/// - `night`: the night, named by its evening's date (`YYYY-MM-DD`).
/// - `kept`: `yes`, `no` (before the first record, or without an entry under strict keeping) or `gap`
///   (inside a marked gap). On a night that is not kept the counts are what was logged, not a cramp-free night.
/// - `cramps`: cramps placed on the night, nocturnal or not; `nocturnal_cramps`: of those, nocturnal.
/// - `numbness`: numbness episodes placed on the night.
/// - `sleep_disturbance`: the morning check-in's score, 0-10 (0 for a quiet night); empty without a check-in.
/// - `soreness`: the check-in's next-day soreness, 0-10; empty when not given.
/// - `standing_s`, `sitting_s`: seconds of standing and sitting on the day before (the evening's date);
///   `breaks_missed`: stretch breaks missed that day. All three empty when the day has no posture record:
///   unknown, never zero.
public enum NightColumn: String, CaseIterable, Sendable {
    case night, kept, cramps
    case nocturnalCramps = "nocturnal_cramps"
    case numbness
    case sleepDisturbance = "sleep_disturbance"
    case soreness
    case standingSeconds = "standing_s"
    case sittingSeconds = "sitting_s"
    case breaksMissed = "breaks_missed"

    /// The header row, in column order.
    public static let header: [String] = allCases.map(\.rawValue)
}

/// How one night reads in the nights export.
public enum NightRecord {
    /// The CSV cells, in `NightColumn` order; text cells pass the spreadsheet guard like every other export's.
    public static func csvCells(_ row: NightRow) -> [CSVCell] {
        let day = row.dayBefore
        return [
            .text(row.night.description),
            .text(row.keeping.rawValue),
            .number(row.cramps),
            .number(row.nocturnalCramps),
            .number(row.numbness),
            .optional(row.checkIn?.sleep.score),
            .optional(row.checkIn?.soreness),
            .optional(day?.standingSeconds),
            .optional(day?.sittingSeconds),
            .optional(day?.breaks.missed),
        ]
    }

    /// The JSON object: the same fields in the same order, an empty cell `null`.
    public static func json(_ row: NightRow) -> JSONValue {
        let day = row.dayBefore
        return .object([
            ("night", .string(row.night.description)),
            ("kept", .string(row.keeping.rawValue)),
            ("cramps", .int(row.cramps)),
            ("nocturnal_cramps", .int(row.nocturnalCramps)),
            ("numbness", .int(row.numbness)),
            ("sleep_disturbance", .optional(row.checkIn?.sleep.score)),
            ("soreness", .optional(row.checkIn?.soreness)),
            ("standing_s", .optional(day?.standingSeconds)),
            ("sitting_s", .optional(day?.sittingSeconds)),
            ("breaks_missed", .optional(day?.breaks.missed)),
        ])
    }
}

/// Streams night rows (see `NightColumn`).
public typealias NightExporter<Sink: TextSink> = RecordExporter<Sink, NightRow>

extension RecordExporter where Record == NightRow {
    /// A nights exporter.
    public init(sink: Sink, format: ExportFormat) {
        self.init(sink: sink, format: format, header: NightColumn.header,
                  cells: NightRecord.csvCells, object: NightRecord.json)
    }
}
