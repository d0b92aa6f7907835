/// Writes RFC 4180 CSV to a sink one row at a time: comma separated, CRLF after every row,
/// UTF-8, a field quoted when it holds a comma, quote, CR or LF (or starts or ends with a space,
/// for readers that trim), or a `;` (so a spreadsheet that separates with `;` keeps it one cell), quotes
/// inside doubled.
public struct CSVWriter<Sink: TextSink> {
    /// The sink, holding everything written so far.
    public private(set) var sink: Sink
    private var row = ""

    /// Creates a writer; with `bom` the output starts with a UTF-8 byte order mark, which some
    /// spreadsheets need to read the file as UTF-8.
    public init(sink: Sink, bom: Bool = false) {
        self.sink = sink
        if bom { self.sink.write("\u{FEFF}") }
    }

    /// Writes one row; text cells get `SpreadsheetSafety.guarded`, numbers are written bare.
    public mutating func writeRow(_ cells: [CSVCell]) {
        row.removeAll(keepingCapacity: true)
        for (index, cell) in cells.enumerated() {
            if index > 0 { row += "," }
            switch cell {
            case .empty: break
            case .number(let value): row += String(value)
            case .text(let text): CSVWriter.appendField(SpreadsheetSafety.guarded(text), to: &row)
            }
        }
        row += "\r\n"
        sink.write(row)
    }

    /// Writes a header row: plain names, no guard (they are ours and start with letters).
    public mutating func writeHeader(_ names: [String]) {
        row.removeAll(keepingCapacity: true)
        for (index, name) in names.enumerated() {
            if index > 0 { row += "," }
            CSVWriter.appendField(name, to: &row)
        }
        row += "\r\n"
        sink.write(row)
    }

    /// Appends `field`, quoted only when needed. Works on scalars: a `"` followed by a combining
    /// mark is one Character, and a Character-level replace would miss it.
    static func appendField(_ field: String, to out: inout String) {
        guard needsQuotes(field) else { out += field; return }
        out += "\""
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
        }
        out += "\""
    }

    private static func needsQuotes(_ field: String) -> Bool {
        let bytes = field.utf8
        guard let first = bytes.first, let last = bytes.last else { return false }
        if first == UInt8(ascii: " ") || last == UInt8(ascii: " ") { return true }
        return bytes.contains {
            $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A || $0 == UInt8(ascii: ";")
        }
    }
}
