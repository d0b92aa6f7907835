import Diary

/// The file format of an export.
public enum ExportFormat: Hashable, Sendable {
    /// RFC 4180 CSV; `bom` starts the file with a UTF-8 byte order mark for spreadsheets that need it.
    case csv(bom: Bool)
    /// A JSON array of objects with the same fields as the CSV columns.
    case json
}

/// Streams records to a sink in CSV or JSON: header (or `[`) at creation, one row per `write`,
/// `finish` at the end. Rows appear in the order given; the caller sorts (by start, then id) so
/// that export → import → export gives the same bytes.
public struct RecordExporter<Sink: TextSink, Record> {
    // Two optionals rather than an enum with payloads: optional chaining mutates the writer in
    // place, where taking a payload out of an enum would copy a `String` sink on every row.
    private var csv: CSVWriter<Sink>?
    private var json: JSONArrayWriter<Sink>?
    private let cells: (Record) -> [CSVCell]
    private let object: (Record) -> JSONValue

    /// Creates an exporter that writes `header` (CSV) or `[` (JSON) at once.
    public init(
        sink: Sink, format: ExportFormat, header: [String],
        cells: @escaping (Record) -> [CSVCell], object: @escaping (Record) -> JSONValue
    ) {
        switch format {
        case .csv(let bom):
            var writer = CSVWriter(sink: sink, bom: bom)
            writer.writeHeader(header)
            csv = writer
        case .json:
            json = JSONArrayWriter(sink: sink)
        }
        self.cells = cells
        self.object = object
    }

    /// Writes one record.
    public mutating func write(_ record: Record) {
        if csv != nil {
            let row = cells(record)
            csv?.writeRow(row)
        } else {
            let value = object(record)
            json?.append(value)
        }
    }

    /// Ends the output (closes the JSON array) and hands back the sink.
    public mutating func finish() -> Sink {
        if let csv { return csv.sink }
        json!.finish()
        return json!.sink
    }
}

/// Streams episodes (see `EpisodeColumn`).
public typealias EpisodeExporter<Sink: TextSink> = RecordExporter<Sink, Episode>
/// Streams posture sessions (see `PostureColumn`).
public typealias PostureExporter<Sink: TextSink> = RecordExporter<Sink, PostureSession>

extension RecordExporter where Record == Episode {
    /// An episode exporter; `nightWindow` decides `night_of` and `nocturnal`.
    public init(sink: Sink, format: ExportFormat, nightWindow: NightWindow) {
        self.init(
            sink: sink, format: format, header: EpisodeColumn.header,
            cells: { EpisodeRecord.csvCells($0, nightWindow: nightWindow) },
            object: { EpisodeRecord.json($0, nightWindow: nightWindow) }
        )
    }
}

extension RecordExporter where Record == PostureSession {
    /// A posture-session exporter.
    public init(sink: Sink, format: ExportFormat) {
        self.init(
            sink: sink, format: format, header: PostureColumn.header,
            cells: PostureRecord.csvCells, object: PostureRecord.json
        )
    }
}
