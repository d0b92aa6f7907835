import DiaryExport

/// What a check of a comparison's two outputs found: a pair is only worth timing when both sides
/// did the same work.
struct OutputCheck: Sendable {
    /// One line: what was compared and how it came out.
    let text: String
    /// False when the outputs differ: the benchmark then exits non-zero.
    let passed: Bool
}

/// Confirms the two exports hold the same cells, so the export comparison compares equal work.
enum ExportCheck {
    /// "same N rows, cell for cell", or where the first difference is.
    static func compare(crampPath: String, sqlitePath: String) throws -> OutputCheck {
        let ours = try Files.readBytes(crampPath)
        let theirs = try Files.readBytes(sqlitePath)
        var left = CSVReader(bytes: ours), right = CSVReader(bytes: theirs)
        var rows = 0
        func failed(_ text: String) -> OutputCheck { OutputCheck(text: text, passed: false) }
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil):
                return OutputCheck(text: "same \(rows.grouped) rows (header included), cell for cell", passed: true)
            case (.record(let a), .record(let b)):
                rows += 1
                if a.fields != b.fields {
                    let column = zip(a.fields, b.fields).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                        ?? min(a.fields.count, b.fields.count)
                    let mine = column < a.fields.count ? a.fields[column] : "(none)"
                    let other = column < b.fields.count ? b.fields[column] : "(none)"
                    return failed("cells differ at row \(rows), column \(column + 1): cramp \"\(mine)\", sqlite3 \"\(other)\"")
                }
            case (.malformed(let line, let reason), _):
                return failed("cramp's CSV is malformed at line \(line): \(reason)")
            case (_, .malformed(let line, let reason)):
                return failed("sqlite3's CSV is malformed at line \(line): \(reason)")
            case (nil, _), (_, nil):
                return failed("row counts differ after \(rows.grouped) rows")
            }
        }
    }
}

/// Confirms two reports are the same report, byte for byte, so their times differ only by what
/// the diaries around them cost.
enum ReportCheck {
    static func compare(_ subjectPath: String, _ baselinePath: String) throws -> OutputCheck {
        let subject = try Files.readBytes(subjectPath), baseline = try Files.readBytes(baselinePath)
        guard subject == baseline else {
            let line = zip(subject, baseline).prefix { $0 == $1 }.filter { $0.0 == UInt8(ascii: "\n") }.count + 1
            return OutputCheck(text: "the two reports differ from line \(line): they are not the same report", passed: false)
        }
        let lines = subject.filter { $0 == UInt8(ascii: "\n") }.count
        return OutputCheck(text: "the same report, \(lines) lines, byte for byte", passed: true)
    }
}
