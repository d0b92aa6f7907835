/// One cell of a CSV row: text gets the spreadsheet guard, numbers are written as they are.
public enum CSVCell: Hashable, Sendable {
    /// Text, written through `SpreadsheetSafety.guarded`.
    case text(String)
    /// A whole number, written bare so spreadsheets read it as a number (a negative one keeps its `-`).
    case number(Int64)
    /// No value: an empty cell.
    case empty

    /// A number cell.
    public static func number(_ value: Int) -> CSVCell { .number(Int64(value)) }

    /// A text cell, or an empty one when nil.
    public static func optional(_ value: String?) -> CSVCell { value.map(CSVCell.text) ?? .empty }

    /// A number cell, or an empty one when nil.
    public static func optional(_ value: Int?) -> CSVCell { value.map { .number(Int64($0)) } ?? .empty }
}

/// The OWASP CSV-injection guard (OWASP, "CSV Injection"), made reversible so an import gives back exactly what was
/// exported.
///
/// Export: a text cell whose first character is a formula character (`=`, `+`, `-`, `@`, tab,
/// carriage return, and also line feed and NUL, which OWASP ASVS 1.2.10 lists) or a single quote
/// gets one `'` in front. A spreadsheet set up for a `;`-separating locale (German, French) starts a new cell
/// after every `;` of a comma-separated row, quoted or not, so the same holds for every part after a `;`:
/// `fine;=2+5` ⇄ `fine;'=2+5`. Import: the cell, and every part after a `;`, loses one leading `'`.
/// Every part that begins with `'` after the guard was given that quote, so the undo is unambiguous:
/// `=SUM(A1)` ⇄ `'=SUM(A1)`, `'tis` ⇄ `''tis`, `'=x` ⇄ `''=x`.
///
/// The check looks at bytes, not `Character`s: `=` followed by a combining mark is one Character
/// that is not `"="`, yet a spreadsheet still sees `=` first; and `;` is one byte that never occurs
/// inside another character's UTF-8.
public enum SpreadsheetSafety {
    /// First bytes that make a spreadsheet read a cell as a formula (or hide it), plus `'` itself.
    static let guardedFirstBytes: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
        0x09, 0x0D, 0x0A, 0x00, UInt8(ascii: "'"),
    ]

    /// The separator of spreadsheets in locales that use the comma as decimal mark.
    static let semicolon = UInt8(ascii: ";")

    /// The text as written to a CSV cell.
    public static func guarded(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first else { return text }
        let hasParts = bytes.contains(semicolon)
        guard hasParts || guardedFirstBytes.contains(first) else { return text }
        guard hasParts else { return "'" + text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var atPartStart = true
        for byte in bytes {
            if atPartStart, guardedFirstBytes.contains(byte) { out.append(UInt8(ascii: "'")) }
            out.append(byte)
            atPartStart = byte == semicolon
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text as it was before `guarded`: one leading `'` removed from the cell and from every part after a `;`.
    public static func unguarded(_ cell: String) -> String {
        let bytes = cell.utf8
        guard cell.containsByte(semicolon) else {
            guard bytes.first == UInt8(ascii: "'") else { return cell }
            // `'` is one UTF-8 byte, so dropping it leaves valid UTF-8 and every later scalar untouched.
            return String(decoding: bytes.dropFirst(), as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var atPartStart = true
        for byte in bytes {
            if !(atPartStart && byte == UInt8(ascii: "'")) { out.append(byte) }
            atPartStart = byte == semicolon
        }
        return String(decoding: out, as: UTF8.self)
    }
}
