import Testing
@testable import DiaryExport

@Suite struct CSVReaderTests {
    private func record(_ line: Int, _ fields: [String]) -> CSVReadResult {
        .record(CSVRecord(line: line, fields: fields))
    }

    @Test func readsWhatTheWriterWrote() {
        var writer = CSVWriter(sink: "")
        for note in Fixture.hostileNotes { writer.writeRow([.number(1), .text(note), .empty]) }
        var notes: [String] = []
        for result in CSVReader(bytes: Array(writer.sink.utf8)) {
            guard case .record(let record) = result else {
                Issue.record("malformed: \(result)")
                continue
            }
            #expect(record.fields.count == 3)
            #expect(record.fields[0] == "1" && record.fields[2] == "")
            notes.append(SpreadsheetSafety.unguarded(record.fields[1]))
        }
        #expect(notes.map { Array($0.utf8) } == Fixture.hostileNotes.map { Array($0.utf8) })
    }

    @Test func countsPhysicalLinesAcrossQuotedLineBreaks() {
        let text = "h1,h2\r\n\"a\r\nb\nc\",x\r\nnext,row\r\n\"\r\r\",y\r\nlast,one"
        #expect(readAll(text) == [
            record(1, ["h1", "h2"]),
            record(2, ["a\r\nb\nc", "x"]),
            record(5, ["next", "row"]),
            record(6, ["\r\r", "y"]),
            record(9, ["last", "one"]),
        ])
    }

    @Test func toleratesLFOnlyLoneCRAndMissingFinalBreak() {
        #expect(readAll("a,b\nc,d") == [record(1, ["a", "b"]), record(2, ["c", "d"])])
        #expect(readAll("a,b\rc,d\r") == [record(1, ["a", "b"]), record(2, ["c", "d"])])
    }

    @Test func skipsByteOrderMarkAndBlankLines() {
        #expect(readAll("\u{FEFF}a,b\r\n\r\n\nc,d\r\n\r\n") == [record(1, ["a", "b"]), record(4, ["c", "d"])])
        // A start that only looks like a BOM is kept.
        #expect(readAll("\u{FEFE}x\n") == [record(1, ["\u{FEFE}x"])])
        #expect(readAll("ab") == [record(1, ["ab"])])
        #expect(readAll("") == [])
    }

    @Test func keepsEmptyFieldsAndEmptyQuotedFields() {
        #expect(readAll("a,,\r\n\"\",x\r\n,\r\n") == [record(1, ["a", "", ""]), record(2, ["", "x"]), record(3, ["", ""])])
        #expect(readAll("\"\"\r\n") == [record(1, [""])])
    }

    @Test func undoesDoubledQuotes() {
        #expect(readAll("\"he said \"\"no\"\"\",\"\"\"\"\n") == [record(1, ["he said \"no\"", "\""])])
    }

    @Test func refusesStrayQuotesAndGoesOnAtTheNextLine() {
        let results = readAll("ok,1\nbad\"quote,2\n\"closed\"junk,3\nfine,4\n")
        #expect(results.count == 4)
        #expect(results[0] == record(1, ["ok", "1"]))
        guard case .malformed(2, let reason) = results[1] else { Issue.record("\(results[1])"); return }
        #expect(reason.contains("field 1"))
        guard case .malformed(3, let after) = results[2] else { Issue.record("\(results[2])"); return }
        #expect(after.contains("after its closing quote"))
        #expect(results[3] == record(4, ["fine", "4"]))
    }

    @Test func reportsAQuoteNeverClosedAtTheLineItOpened() {
        let results = readAll("a,b\n\"open\nstill open\nand on")
        #expect(results.count == 2)
        guard case .malformed(2, let reason) = results[1] else { Issue.record("\(results)"); return }
        #expect(reason.contains("never closed"))
    }

    @Test func refusesBytesThatAreNotUTF8() {
        let bytes: [UInt8] = Array("a,b\n".utf8) + [0x78, 0xFF, 0x2C, 0x79, 0x0A] + Array("c,d\n".utf8)
        let results = Array(CSVReader(bytes: bytes))
        #expect(results.count == 3)
        guard case .malformed(2, let reason) = results[1] else { Issue.record("\(results)"); return }
        #expect(reason.contains("UTF-8"))
        #expect(results[2] == record(3, ["c", "d"]))
    }

    // Issue 11, point 16: fields are checked as UTF-8 without `String(validating:)`; every kind of bad sequence is
    // still refused (quoted or not, at a field's end or inside it) and valid multi-byte text is kept exactly.
    @Test func point16_refusesEveryKindOfBadUTF8AndKeepsValidText() {
        let rows: [[UInt8]] = [
            [0x61, 0x2C, 0xC3, 0xA9, 0x0A],                       // a,é
            [0x61, 0x2C, 0xC0, 0xAF, 0x0A],                       // overlong "/"
            [0x61, 0x2C, 0xED, 0xA0, 0x80, 0x0A],                 // a surrogate
            [0x61, 0x2C, 0xE2, 0x82, 0x0A],                       // cut short at the field's end
            [0x61, 0x2C, 0x22, 0x6F, 0x6B, 0xC3, 0x22, 0x0A],     // cut short inside a quoted field
            [0x61, 0x2C, 0x22, 0xF0, 0x9F, 0xA6, 0xB5, 0x2C, 0x22, 0x0A], // "🦵," quoted
        ]
        let results = Array(CSVReader(bytes: rows.flatMap { $0 }))
        #expect(results.count == 6)
        #expect(results[0] == record(1, ["a", "é"]))
        for (index, result) in results[1...4].enumerated() {
            guard case .malformed(index + 2, let reason) = result else { Issue.record("\(result)"); continue }
            #expect(reason.contains("field 2 is not UTF-8"))
        }
        #expect(results[5] == record(6, ["a", "🦵,"]))
    }

    // Issue 11, point 16: a field's ordinary bytes are taken as runs from the chunk at hand; whatever the chunks'
    // sizes (a run, a quote, a CRLF or a multi-byte character cut by a chunk's end), the rows are the same.
    @Test func point16_rowsAreTheSameWhereverTheChunksEnd() {
        var writer = CSVWriter(sink: "")
        for note in Fixture.hostileNotes { writer.writeRow([.number(1), .text(note), .text("plain text, quoted")]) }
        let bytes = Array(("\u{FEFF}h1,h2,h3\r\n" + writer.sink + "a\"b,\"c\"d,\r\n\"\r\r\",\"é\",🦵\nlast,one,x").utf8) + [0xFF]
        let whole = Array(CSVReader(bytes: bytes))
        #expect(whole.count == Fixture.hostileNotes.count + 4)
        for size in [1, 2, 3, 5, 7, 64] {
            var offset = 0
            let chunked = ChunkedBytes {
                let end = min(offset + size, bytes.count)
                defer { offset = end }
                return Array(bytes[offset..<end])
            }
            #expect(Array(CSVReader(iterator: chunked)) == whole, "chunks of \(size) bytes")
        }
    }
}
