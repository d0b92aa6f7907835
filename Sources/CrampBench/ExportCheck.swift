import DiaryExport

/// Confirms the two exports hold the same cells, so the export comparison compares equal work.
enum ExportCheck {
    /// "same N rows, cell for cell", or where the first difference is.
    static func compare(crampPath: String, sqlitePath: String) throws -> String {
        let ours = try Files.readBytes(crampPath)
        let theirs = try Files.readBytes(sqlitePath)
        var left = CSVReader(bytes: ours), right = CSVReader(bytes: theirs)
        var rows = 0
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil):
                return "same \(rows.grouped) rows (header included), cell for cell"
            case (.record(let a), .record(let b)):
                rows += 1
                if a.fields != b.fields {
                    let column = zip(a.fields, b.fields).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                        ?? min(a.fields.count, b.fields.count)
                    let mine = column < a.fields.count ? a.fields[column] : "(none)"
                    let other = column < b.fields.count ? b.fields[column] : "(none)"
                    return "cells differ at row \(rows), column \(column + 1): cramp \"\(mine)\", sqlite3 \"\(other)\""
                }
            case (.malformed(let line, let reason), _):
                return "cramp's CSV is malformed at line \(line): \(reason)"
            case (_, .malformed(let line, let reason)):
                return "sqlite3's CSV is malformed at line \(line): \(reason)"
            case (nil, _), (_, nil):
                return "row counts differ after \(rows.grouped) rows"
            }
        }
    }
}
