/// A table whose CHECK constraints are also written in Swift, evaluated as SQLite evaluates them, so that an
/// import's grouped inserts can check their rows themselves (`Database.insertCheckedRows`).
///
/// Why: SQLite evaluates a CHECK's `IN (...)` list of three words or more by building a small lookup table for
/// every row it checks. For an episode with its triggers and reliefs the CHECKs cost about 46,000 of 58,000
/// CPU instructions (cachegrind, sqlite3 3.40): most of a large import's store time. So an import checks each
/// row here and inserts with SQLite's CHECKs set aside (`Database.withChecksInSwift`); NOT NULL, STRICT types,
/// keys and foreign keys stay SQLite's. `SwiftChecksTests` holds every rule to the schema: values at and past
/// each edge get the same verdict from SQLite and from here.
protocol SwiftCheckedTable: TableColumns {
    /// The column whose CHECK refuses `row` (its values in column order), nil when every CHECK holds. As in
    /// SQLite, a CHECK on a NULL value holds (NOT NULL is a constraint of its own).
    static func refused(_ row: ArraySlice<SQLValue>) -> Self?
}

extension EpisodeTable: SwiftCheckedTable {
    static func refused(_ row: ArraySlice<SQLValue>) -> EpisodeTable? {
        let value = { (column: EpisodeTable) in row[row.startIndex + Int(column.rawValue)] }
        for column in allCases {
            let cell = value(column)
            let holds: Bool
            switch column {
            case .id, .startUTC, .createdUTC: holds = true
            case .kind: holds = SQLCheck.isOne(of: ["cramp", "numbness"], cell)
            case .utcOffset: holds = SQLCheck.isBetween(-64_800, 64_800, cell)
            case .leg: holds = SQLCheck.isOne(of: ["left", "right", "both"], cell)
            case .site: holds = SQLCheck.isOne(of: ["calf", "foot", "toes", "shin", "thigh", "other"], cell)
            case .durationSeconds: holds = SQLCheck.isBetween(1, 86_400, cell)
            case .intensity: holds = SQLCheck.isBetween(0, 10, cell)
            case .woke: holds = SQLCheck.isOne(of: ["yes", "no", "unknown"], cell)
            case .note: holds = SQLCheck.length(of: cell).map { $0 <= 10_000 } ?? false
            case .updatedUTC:
                switch (value(.createdUTC), cell) {
                case (.integer(let created), .integer(let updated)): holds = updated >= created
                case (.null, _), (_, .null): holds = true
                default: holds = false
                }
            }
            if !holds { return column }
        }
        return nil
    }
}

extension EpisodeTriggerTable: SwiftCheckedTable {
    static func refused(_ row: ArraySlice<SQLValue>) -> EpisodeTriggerTable? {
        let value = { (column: EpisodeTriggerTable) in row[row.startIndex + Int(column.rawValue)] }
        if !SQLCheck.isAtLeast(0, value(.position)) { return .position }
        if !SQLCheck.isName(value(.name), colonAllowed: true) { return .name }
        return nil
    }
}

extension EpisodeReliefTable: SwiftCheckedTable {
    static func refused(_ row: ArraySlice<SQLValue>) -> EpisodeReliefTable? {
        let value = { (column: EpisodeReliefTable) in row[row.startIndex + Int(column.rawValue)] }
        if !SQLCheck.isAtLeast(0, value(.position)) { return .position }
        if !SQLCheck.isName(value(.name), colonAllowed: false) { return .name }
        if !SQLCheck.isOne(of: ["helped", "partly", "no-help", "unsure"], value(.outcome)) { return .outcome }
        return nil
    }
}

/// SQLite's meaning of the expressions the CHECKs use, for one value; NULL holds, a value of the wrong type
/// does not (a STRICT table refuses it anyway).
enum SQLCheck {
    /// `x IN ('a', 'b', ...)`.
    static func isOne(of words: [String], _ value: SQLValue) -> Bool {
        switch value {
        case .null: true
        case .text(let text): words.contains(text)
        default: false
        }
    }

    /// `x BETWEEN low AND high`.
    static func isBetween(_ low: Int64, _ high: Int64, _ value: SQLValue) -> Bool {
        switch value {
        case .null: true
        case .integer(let number): (low...high).contains(number)
        default: false
        }
    }

    /// `x >= low`.
    static func isAtLeast(_ low: Int64, _ value: SQLValue) -> Bool {
        switch value {
        case .null: true
        case .integer(let number): number >= low
        default: false
        }
    }

    /// `length(x)`: the characters (code points) before the first NUL; nil for a value that is not text.
    static func length(of value: SQLValue) -> Int? {
        switch value {
        case .null: 0
        case .text(let text): onUTF8(text) { codePoints(in: $0[...]) }
        default: nil
        }
    }

    /// `length(trim(name)) BETWEEN 1 AND 100`, and with `colonAllowed` false also `instr(name, ':') = 0`.
    /// SQLite's `trim` removes spaces only, and `instr` looks at every byte, past a NUL too.
    static func isName(_ value: SQLValue, colonAllowed: Bool) -> Bool {
        switch value {
        case .null: return true
        case .text(let name):
            return onUTF8(name) { bytes in
                var start = 0, end = bytes.count
                while start < end, bytes[start] == 0x20 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 { end -= 1 }
                return (1...100).contains(codePoints(in: bytes[start..<end]))
                    && (colonAllowed || !bytes.contains(UInt8(ascii: ":")))
            }
        default: return false
        }
    }

    /// Code points before the first NUL, counted on UTF-8: every byte that does not continue a code point.
    private static func codePoints(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
        var count = 0
        for byte in bytes {
            if byte == 0 { break }
            if byte & 0xC0 != 0x80 { count += 1 }
        }
        return count
    }

    /// Runs `body` on the text's UTF-8 in place (a copy only for text not stored as UTF-8).
    private static func onUTF8<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        text.utf8.withContiguousStorageIfAvailable(body) ?? Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
