import Diary

/// The header of an import file, checked against the columns a table needs.
struct HeaderMap {
    /// The column names by position, lowercased: looked up by scanning, which for a dozen short names
    /// costs less than hashing the name on every cell of every row.
    private let names: [String]
    /// The UTF-8 length of each name.
    private let lengths: [Int]
    /// Fields every row must have.
    let width: Int

    /// Checks that the header names exactly `expected`, in any order, case and spaces ignored.
    /// Throws one problem naming every column missing, unknown or repeated.
    init(_ record: CSVRecord, expected: [String], table: String) throws(ImportError) {
        var positions: [String: Int] = [:]
        var repeated: [String] = [], unknown: [String] = []
        for (index, raw) in record.fields.enumerated() {
            let name = raw.trimmingSpaces.lowercased()
            if !expected.contains(name) { unknown.append(raw) }
            if positions[name] != nil { repeated.append(name) } else { positions[name] = index }
        }
        let missing = expected.filter { positions[$0] == nil }
        guard missing.isEmpty, unknown.isEmpty, repeated.isEmpty else {
            var found: [String] = []
            if !missing.isEmpty { found.append("missing " + missing.joined(separator: ", ")) }
            if !unknown.isEmpty { found.append("unknown " + unknown.joined(separator: ", ")) }
            if !repeated.isEmpty { found.append("repeated " + repeated.joined(separator: ", ")) }
            throw ImportError(problems: [ImportProblem(
                line: record.line, field: "header", value: found.joined(separator: "; "),
                accepted: "the \(table) columns cramp export writes, in any order: " + expected.joined(separator: ",")
            )])
        }
        names = record.fields.map { $0.trimmingSpaces.lowercased() }
        lengths = names.map(\.utf8.count)
        width = record.fields.count
    }
}

/// Reads the fields of one row by column name and collects every problem, so one pass over the
/// file reports all of them.
struct RowFields {
    let record: CSVRecord
    let header: HeaderMap
    private(set) var problems: [ImportProblem] = []
    /// The field after the one read last: the parsers read the columns in the order an export writes them, so
    /// in an export's header the column asked for next is usually here, found with one comparison.
    private var following = 0

    init(record: CSVRecord, header: HeaderMap) {
        self.record = record
        self.header = header
    }

    /// The raw cell, nothing undone (numbers are never guarded).
    mutating func raw(_ column: String) -> String {
        let position = header.isNamed(column, at: following) ? following : header.index(column)
        following = position + 1
        return record.fields[position]
    }

    /// A text cell with the spreadsheet guard undone.
    mutating func text(_ column: String) -> String { SpreadsheetSafety.unguarded(raw(column)) }

    /// Records a problem with `column`'s value.
    mutating func refuse(_ column: String, _ value: String, accepted: String) {
        problems.append(ImportProblem(line: record.line, field: column, value: value, accepted: accepted))
    }

    /// A vocabulary word (any case, spaces around ignored); `emptyValue` stands for an empty cell.
    mutating func word<W: VocabularyWord>(_ column: String, _: W.Type, emptyValue: W? = nil) -> W? {
        // The word as an export writes it, before anything is undone (no word starts with ' or holds ;, so the
        // guard leaves such a cell as it is), trimmed or lowercased.
        if let word = W(rawValue: raw(column)) { return word }
        let cell = text(column)
        let trimmed = cell.trimmingSpaces.lowercased()
        if trimmed.isEmpty, let emptyValue { return emptyValue }
        if let word = W(rawValue: trimmed) { return word }
        refuse(column, cell, accepted: W.acceptedList + (emptyValue == nil ? "" : ", or empty"))
        return nil
    }

    /// An optional vocabulary word: empty is nil.
    mutating func optionalWord<W: VocabularyWord>(_ column: String, _: W.Type) -> W?? {
        if let word = W(rawValue: raw(column)) { return .some(word) }
        let cell = text(column)
        let trimmed = cell.trimmingSpaces.lowercased()
        if trimmed.isEmpty { return .some(nil) }
        if let word = W(rawValue: trimmed) { return .some(word) }
        refuse(column, cell, accepted: W.acceptedList + ", or empty")
        return nil
    }

    /// A whole number in `range`; with `optional`, an empty cell is `.some(nil)`.
    mutating func number(_ column: String, in range: ClosedRange<Int>, optional: Bool = false) -> Int?? {
        let cell = raw(column)
        let trimmed = cell.trimmingSpaces
        if trimmed.isEmpty, optional { return .some(nil) }
        if let value = Int(trimmed), range.contains(value) { return .some(value) }
        refuse(column, cell, accepted: "a whole number from \(range.lowerBound) to \(range.upperBound)"
            + (optional ? ", or empty" : ""))
        return nil
    }

    /// The largest id an import keeps: 2^53-1, the largest whole number JSON readers (JavaScript's among
    /// them) keep exact, so `export --format json` gives every id back unchanged; and it leaves the diary
    /// 2^63-2^53 new ids to count on from (an id of 2^63-1 left none, and every later `log` failed).
    static let largestID: Int64 = 9_007_199_254_740_991

    /// The `id` cell: empty (nil) or a whole number from 1 to `largestID`.
    mutating func id() -> Int64?? {
        let cell = raw("id")
        let trimmed = cell.trimmingSpaces
        if trimmed.isEmpty { return .some(nil) }
        if let value = Int64(trimmed), (1...Self.largestID).contains(value) { return .some(value) }
        refuse("id", cell, accepted: "a whole number from 1 to \(Self.largestID), or empty for a new row; "
            + "empty the id cell and the row gets a new id")
        return nil
    }

    /// A timestamp with offset; with `bounded`, dated within `DateBounds` (a start; an end may run past it).
    mutating func timestamp(_ column: String, bounded: Bool = true) -> Timestamp? {
        // A cell the guard would change starts with ' or holds ;, which no timestamp does: read it as it is first.
        if let stamp = TimestampText.parse(raw(column)), !bounded || DateBounds.contains(stamp.local.date) { return stamp }
        let cell = text(column)
        if let stamp = TimestampText.parse(cell), !bounded || DateBounds.contains(stamp.local.date) { return stamp }
        refuse(column, cell, accepted: bounded ? TimestampText.acceptedStart : TimestampText.accepted)
        return nil
    }

    /// A `YYYY-MM-DD` date.
    mutating func date(_ column: String) -> CivilDate? {
        if let date = CivilDate(iso: raw(column)) { return date }
        let cell = text(column)
        if let date = CivilDate(iso: cell.trimmingSpaces) { return date }
        refuse(column, cell, accepted: "a date YYYY-MM-DD, e.g. 2026-11-16")
        return nil
    }

    /// The note: empty is nil, otherwise kept exactly (spaces and line breaks included); refused as `log`
    /// refuses it when it holds control characters (`NoteText.refuses`).
    mutating func note() -> String?? {
        let cell = text("note")
        if cell.isEmpty { return .some(nil) }
        if NoteText.refuses(cell) {
            refuse("note", EpisodeText.oneLine(String(cell.prefix(40))), accepted: NoteText.accepted)
            return nil
        }
        if cell.count <= Episode.maxNoteLength { return .some(cell) }
        refuse("note", "\(cell.count) characters", accepted: "at most \(Episode.maxNoteLength) characters")
        return nil
    }
}

extension HeaderMap {
    /// True when the field at `position` (which may be past the last) is the column `column`.
    func isNamed(_ column: String, at position: Int) -> Bool { position < width && names[position] == column }

    /// The field index of a column the header was checked to contain.
    func index(_ column: String) -> Int {
        // Lengths first: comparing two strings is a call into the runtime, reading a short one's length is not,
        // and few columns share a length.
        let length = column.utf8.count
        for position in names.indices where lengths[position] == length && names[position] == column { return position }
        preconditionFailure("the header was checked to name \(column)")
    }
}
