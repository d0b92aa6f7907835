import Diary

/// The medicine table of `cramp export --what medicines`, one row per start, dose change or stop, earliest first,
/// in this order.
///
/// - `id`: the diary's medicine event number (empty in a hand-made row).
/// - `name`: the medicine, as typed when it was started.
/// - `action`: `start`, `change` (a new dose) or `stop`.
/// - `dose`: the dose as typed; empty for a stop, and for a start given without one.
/// - `at_local`: when it happened, local time with offset, ISO 8601 to the second.
/// - `class`: the class cramp's vocabulary gives the name (`loop diuretic`), empty when it knows none. Derived:
///   an import ignores it and looks the name up again.
/// - `note`: the person's note, or empty.
public enum MedicineEventColumn: String, CaseIterable, Sendable {
    case id, name, action, dose
    case atLocal = "at_local"
    case drugClass = "class"
    case note

    /// The header row, in column order.
    public static let header: [String] = allCases.map(\.rawValue)
}

/// How one medicine event reads in the exports.
public enum MedicineEventRecord {
    /// The CSV cells, in `MedicineEventColumn` order.
    public static func csvCells(_ event: MedicineEvent) -> [CSVCell] {
        [
            event.id.map(CSVCell.number) ?? .empty,
            .text(event.name),
            .text(event.action.rawValue),
            .optional(event.dose),
            .text(event.at.iso8601),
            .optional(MedicineVocabulary.drugClass(of: event.name)?.label),
            .optional(event.note),
        ]
    }

    /// The JSON object: the same fields in the same order, a missing value `null`.
    public static func json(_ event: MedicineEvent) -> JSONValue {
        .object([
            ("id", event.id.map { JSONValue.int($0) } ?? .null),
            ("name", .string(event.name)),
            ("action", .string(event.action.rawValue)),
            ("dose", .optional(event.dose)),
            ("at_local", .string(event.at.iso8601)),
            ("class", .optional(MedicineVocabulary.drugClass(of: event.name)?.label)),
            ("note", .optional(event.note)),
        ])
    }
}

/// Streams medicine events (see `MedicineEventColumn`).
public typealias MedicineEventExporter<Sink: TextSink> = RecordExporter<Sink, MedicineEvent>

extension RecordExporter where Record == MedicineEvent {
    /// A medicine event exporter.
    public init(sink: Sink, format: ExportFormat) {
        self.init(sink: sink, format: format, header: MedicineEventColumn.header, cells: MedicineEventRecord.csvCells,
                  object: MedicineEventRecord.json)
    }
}

/// One medicine event row of an import file, checked field by field.
enum MedicineEventRow {
    /// The event, or nil with every problem of the row recorded in `fields`.
    static func parse(_ fields: inout RowFields) -> MedicineEvent? {
        let id = fields.id()
        let name = fields.medicineText("name", MedicineText.name)
        let action = fields.word("action", MedicineAction.self)
        let doseCell = fields.text("dose")
        let dose: String?? = doseCell.trimmingSpaces.isEmpty ? .some(nil) : fields.medicineText("dose", MedicineText.dose).map { $0 }
        let at = fields.timestamp("at_local")
        let note = fields.note()
        guard let id, let name, let action, let dose, let at, let note else { return nil }
        // The table ties the two: a stop has no dose, a change has one.
        switch (action, dose) {
        case (.stop, let dose?): fields.refuse("dose", dose, accepted: "empty for a stop")
        case (.change, nil): fields.refuse("dose", "", accepted: "the new dose for a change, e.g. 20 mg")
        default: break
        }
        guard fields.problems.isEmpty else { return nil }
        return MedicineEvent(id: id, name: name, action: action, dose: dose, at: at, note: note)
    }
}

extension RowFields {
    /// A medicine name or dose, checked by `check` (`MedicineText.name` or `.dose`).
    mutating func medicineText(_ column: String, _ check: (String, String) throws(InputError) -> String) -> String? {
        do {
            return try check(text(column), column)
        } catch {
            refuse(column, error.value, accepted: error.accepted)
            return nil
        }
    }
}
