/// One row read from a CSV file.
public struct CSVRecord: Hashable, Sendable {
    /// The physical line (1-based) the row starts on; a quoted newline makes later rows start lower.
    public let line: Int
    /// The fields, unquoted, as UTF-8 text; nothing else is undone (see `SpreadsheetSafety.unguarded`).
    public let fields: [String]
}

/// What reading one row gave: a row, or a row that breaks the CSV rules.
public enum CSVReadResult: Hashable, Sendable {
    case record(CSVRecord)
    /// The row starting on `line` cannot be read; `reason` says why. Reading goes on at the next line.
    case malformed(line: Int, reason: String)
}

/// Reads RFC 4180 CSV from bytes, one row at a time: quoted fields may hold commas, doubled quotes
/// and line breaks. Tolerant of what files meet on the way back from a spreadsheet: a leading UTF-8
/// byte order mark, LF or lone CR instead of CRLF, a missing final line break, blank lines (skipped).
/// Strict where guessing could change a value: a stray quote, text after a closing quote, a quote
/// never closed, or bytes that are not UTF-8 make the row malformed.
public struct CSVReader: Sequence, IteratorProtocol {
    private var bytes: ChunkedBytes
    /// One byte read ahead (to tell `""` from `"`, or CRLF from a lone CR) and given back.
    private var pushedBack: UInt8?
    /// The first bytes, when they turned out not to be a byte order mark.
    private var replay: ArraySlice<UInt8> = []
    /// Whether the line break just counted was CRLF, so a quoted field keeps both bytes.
    private var lastLineEndWasCRLF = false
    private var line = 1
    /// Fields in the last row, so the next row's list is allocated once at its likely size.
    private var widthHint = 0
    private var atStart = true
    private var finished = false

    /// Reads from bytes pulled a chunk at a time (for example from a file).
    public init(iterator: ChunkedBytes) { bytes = iterator }

    private enum State { case fieldStart, unquoted, quoted, afterClosingQuote }

    /// The next row, or nil at the end of the input.
    public mutating func next() -> CSVReadResult? {
        if atStart { skipByteOrderMark() }
        while !finished {
            if let result = readRow() { return result }
        }
        return nil
    }

    /// Reads one row; nil for a blank line.
    private mutating func readRow() -> CSVReadResult? {
        let startLine = line
        var fields: [String] = []
        fields.reserveCapacity(widthHint)
        var field: [UInt8] = []
        // The bytes of `field` or-ed together: below 0x80, the field is ASCII and needs no UTF-8 check.
        var highBits: UInt8 = 0
        var state = State.fieldStart
        var sawAnything = false

        func close(_ field: inout [UInt8], into fields: inout [String]) -> Bool {
            // `decoding` replaces what is not UTF-8 with U+FFFD; a field it changed is not text. (Faster than
            // `String(validating:)`, which looks up generic metadata on every call.)
            let text = String(decoding: field, as: UTF8.self)
            guard highBits < 0x80 || text.utf8.elementsEqual(field) else { return false }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            highBits = 0
            return true
        }
        func finish(_ field: inout [UInt8], _ fields: inout [String]) -> CSVReadResult {
            guard close(&field, into: &fields) else {
                return .malformed(line: startLine, reason: "field \(fields.count + 1) is not UTF-8 text; save the file as UTF-8")
            }
            widthHint = fields.count
            return .record(CSVRecord(line: startLine, fields: fields))
        }

        while true {
            // Inside a field, the bytes up to the next one that means something are taken as one run.
            if state == .unquoted || state == .quoted, pushedBack == nil, replay.isEmpty {
                bytes.appendRun(to: &field, highBits: &highBits, endsAtComma: state == .unquoted)
            }
            guard let byte = nextByte() else {
                finished = true
                if state == .quoted {
                    return .malformed(line: startLine, reason: "a quoted field is never closed (a \" is missing)")
                }
                return sawAnything ? finish(&field, &fields) : nil
            }
            let isLineEnd = byte == 0x0A || byte == 0x0D
            if isLineEnd { consumeLineEnd(byte) }
            switch state {
            case .fieldStart, .unquoted, .afterClosingQuote:
                if isLineEnd {
                    return sawAnything ? finish(&field, &fields) : nil
                }
                sawAnything = true
                if byte == UInt8(ascii: ",") {
                    guard close(&field, into: &fields) else {
                        skipRestOfLine()
                        return .malformed(line: startLine, reason: "field \(fields.count + 1) is not UTF-8 text; save the file as UTF-8")
                    }
                    state = .fieldStart
                } else if byte == UInt8(ascii: "\"") {
                    guard state == .fieldStart else {
                        skipRestOfLine()
                        let reason = state == .unquoted
                            ? "field \(fields.count + 1) has a \" inside an unquoted value; quote the whole field and double the \""
                            : "field \(fields.count + 1) has text after its closing quote"
                        return .malformed(line: startLine, reason: reason)
                    }
                    state = .quoted
                } else {
                    guard state != .afterClosingQuote else {
                        skipRestOfLine()
                        return .malformed(line: startLine, reason: "field \(fields.count + 1) has text after its closing quote")
                    }
                    field.append(byte)
                    highBits |= byte
                    state = .unquoted
                }
            case .quoted:
                if byte == UInt8(ascii: "\"") {
                    if let following = nextByte() {
                        if following == UInt8(ascii: "\"") {
                            field.append(following)
                            continue
                        }
                        pushedBack = following
                    }
                    state = .afterClosingQuote
                } else if byte == 0x0D, lastLineEndWasCRLF {
                    field.append(0x0D)
                    field.append(0x0A)
                } else {
                    field.append(byte)
                    highBits |= byte
                }
            }
        }
    }

    private mutating func nextByte() -> UInt8? {
        if let byte = pushedBack {
            pushedBack = nil
            return byte
        }
        if let byte = replay.popFirst() { return byte }
        return bytes.next()
    }

    /// Counts a line break: CRLF, LF or a lone CR each end one physical line.
    private mutating func consumeLineEnd(_ byte: UInt8) {
        line += 1
        lastLineEndWasCRLF = false
        guard byte == 0x0D else { return }
        if let following = nextByte() {
            if following == 0x0A { lastLineEndWasCRLF = true } else { pushedBack = following }
        }
    }

    /// After a malformed row, drops bytes up to the next line break so the next row can be read.
    private mutating func skipRestOfLine() {
        while let byte = nextByte() {
            if byte == 0x0A || byte == 0x0D {
                consumeLineEnd(byte)
                return
            }
        }
        finished = true
    }

    private mutating func skipByteOrderMark() {
        atStart = false
        var head: [UInt8] = []
        for _ in 0..<3 {
            guard let byte = bytes.next() else { break }
            head.append(byte)
        }
        if head == [0xEF, 0xBB, 0xBF] { return }
        // Not a BOM: put the bytes back in front of the rest.
        replay = head[...]
    }
}

extension CSVReader {
    /// Reads from bytes held in memory, e.g. the `[UInt8]` contents of a file.
    public init(bytes: some Sequence<UInt8>) {
        self.init(iterator: ChunkedBytes(Array(bytes)))
    }
}
