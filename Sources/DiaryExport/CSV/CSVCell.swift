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

/// The OWASP CSV-injection guard, made reversible so an import gives back exactly what was exported.
///
/// Export: a text cell whose first character is a formula character (`=`, `+`, `-`, `@`, tab,
/// carriage return, and also line feed and NUL, which OWASP ASVS 1.2.10 lists) or a single quote
/// gets one `'` in front. Import: a text cell that begins with `'` loses exactly one `'`.
/// Every guarded cell that begins with `'` was given that quote, so the undo is unambiguous:
/// `=SUM(A1)` ⇄ `'=SUM(A1)`, `'tis` ⇄ `''tis`, `'=x` ⇄ `''=x`.
///
/// The check looks at the first byte, not the first `Character`: `=` followed by a combining mark
/// is one Character that is not `"="`, yet a spreadsheet still sees `=` first.
public enum SpreadsheetSafety {
    /// First bytes that make a spreadsheet read a cell as a formula (or hide it), plus `'` itself.
    static let guardedFirstBytes: Set<UInt8> = [
        UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
        0x09, 0x0D, 0x0A, 0x00, UInt8(ascii: "'"),
    ]

    /// The text as written to a CSV cell.
    public static func guarded(_ text: String) -> String {
        guard let first = text.utf8.first, guardedFirstBytes.contains(first) else { return text }
        return "'" + text
    }

    /// The text as it was before `guarded`: one leading `'` removed, if there is one.
    public static func unguarded(_ cell: String) -> String {
        guard cell.utf8.first == UInt8(ascii: "'") else { return cell }
        // `'` is one UTF-8 byte, so dropping it leaves valid UTF-8 and every later scalar untouched.
        return String(decoding: cell.utf8.dropFirst(), as: UTF8.self)
    }
}
