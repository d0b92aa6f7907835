import Testing
@testable import DiaryExport

@Suite struct CSVWriterTests {
    private func written(bom: Bool = false, _ rows: [[CSVCell]]) -> String {
        var writer = CSVWriter(sink: "", bom: bom)
        for row in rows { writer.writeRow(row) }
        return writer.sink
    }

    @Test func rowsEndWithCRLFAndQuoteOnlyWhenNeeded() {
        let text = written([
            [.text("plain"), .number(42), .empty, .text("a,b")],
            [.text("say \"hi\""), .text("two\nlines"), .text("cr\rhere"), .text(" padded ")],
        ])
        #expect(text == "plain,42,,\"a,b\"\r\n\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" padded \"\r\n")
    }

    @Test func numbersStayNumbersEvenWhenNegative() {
        #expect(written([[.number(-5), .number(0), .optional(Int?.none), .optional(7)]]) == "-5,0,,7\r\n")
    }

    @Test func textCellsGetTheGuardBeforeQuoting() {
        #expect(written([[.text("=1,2"), .text("-x"), .text("'q")]]) == "\"'=1,2\",'-x,''q\r\n")
    }

    // Issue 11, point 8: a cell holding `;` is quoted, so a spreadsheet that separates with `;` keeps it whole, and
    // each of its `;`-separated parts is guarded.
    @Test func point8_cellsWithASemicolonAreQuotedAndGuardedPartByPart() {
        #expect(written([[.text("fine;=2+5"), .text("standing;-2+3"), .text("a;b"), .number(-1)]])
                == "\"fine;'=2+5\",\"standing;'-2+3\",\"a;b\",-1\r\n")
    }

    @Test func quoteFollowedByCombiningMarkIsDoubled() {
        // `"` + U+0301 is one Character; a Character-level search would not find the quote.
        let text = written([[.text("a\"\u{301}b")]])
        #expect(Array(text.unicodeScalars) == Array("\"a\"\"\u{301}b\"\r\n".unicodeScalars))
    }

    @Test func byteOrderMarkOnlyWhenAsked() {
        let with = Array(written(bom: true, [[.text("x")]]).utf8)
        let without = Array(written(bom: false, [[.text("x")]]).utf8)
        #expect(with == [0xEF, 0xBB, 0xBF, UInt8(ascii: "x"), 0x0D, 0x0A])
        #expect(without == [UInt8(ascii: "x"), 0x0D, 0x0A])
    }

    @Test func headerIsNotGuarded() {
        var writer = CSVWriter(sink: "")
        writer.writeHeader(["id", "kind"])
        #expect(writer.sink == "id,kind\r\n")
    }
}
