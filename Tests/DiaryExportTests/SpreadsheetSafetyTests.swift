import Testing
@testable import DiaryExport

@Suite struct SpreadsheetSafetyTests {
    @Test(arguments: Fixture.hostileNotes)
    func guardIsUndoneExactly(note: String) {
        // Compare bytes: String equality is canonical equivalence, which would hide a changed scalar.
        #expect(Array(SpreadsheetSafety.unguarded(SpreadsheetSafety.guarded(note)).utf8) == Array(note.utf8))
    }

    @Test(arguments: Fixture.hostileNotes)
    func guardedTextNeverStartsWithAFormulaCharacter(note: String) {
        let first = SpreadsheetSafety.guarded(note).unicodeScalars.first
        #expect(!["=", "+", "-", "@", "\t", "\r", "\n", "\0"].contains(first))
    }

    @Test func guardPrefixesFormulaCharactersAndQuotesOnly() {
        #expect(SpreadsheetSafety.guarded("=1+1") == "'=1+1")
        #expect(SpreadsheetSafety.guarded("+1") == "'+1")
        #expect(SpreadsheetSafety.guarded("-2+3") == "'-2+3")
        #expect(SpreadsheetSafety.guarded("@SUM(A1)") == "'@SUM(A1)")
        #expect(SpreadsheetSafety.guarded("\tx") == "'\tx")
        #expect(SpreadsheetSafety.guarded("\rx") == "'\rx")
        #expect(SpreadsheetSafety.guarded("'tis") == "''tis")
        #expect(SpreadsheetSafety.guarded("'=x") == "''=x")
        #expect(SpreadsheetSafety.guarded("calf") == "calf")
        #expect(SpreadsheetSafety.guarded("a=b") == "a=b")
        #expect(SpreadsheetSafety.guarded("") == "")
        // `=` plus a combining mark is a single Character that is not "=", but a spreadsheet sees `=` first.
        #expect(SpreadsheetSafety.guarded("=\u{301}1").unicodeScalars.first == "'")
    }

    @Test func unguardStripsExactlyOneQuote() {
        #expect(SpreadsheetSafety.unguarded("''tis") == "'tis")
        #expect(SpreadsheetSafety.unguarded("'=x") == "=x")
        #expect(SpreadsheetSafety.unguarded("plain") == "plain")
        #expect(SpreadsheetSafety.unguarded("'") == "")
        #expect(Array(SpreadsheetSafety.unguarded("'\u{301}x").unicodeScalars) == ["\u{301}", "x"])
    }

    /// Every string over a small alphabet of tricky characters, up to length 3, survives the guard.
    @Test func guardRoundTripsEveryShortString() {
        let alphabet: [String] = ["'", "=", "-", "a", "\t", "\u{301}", "\""]
        var strings = [""]
        var frontier = [""]
        for _ in 0..<3 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            strings += frontier
        }
        #expect(strings.count == 1 + 7 + 49 + 343)
        for text in strings {
            let guarded = SpreadsheetSafety.guarded(text)
            #expect(Array(SpreadsheetSafety.unguarded(guarded).utf8) == Array(text.utf8), "\(text.debugDescription)")
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(guarded.unicodeScalars.first))
        }
    }

    // Issue 11, point 8: a spreadsheet that separates with `;` (German, French) starts a new cell after every `;`,
    // so every `;`-separated part is guarded, and the importer undoes exactly that.
    @Test func point8_everySemicolonSeparatedPartIsGuarded() {
        #expect(SpreadsheetSafety.guarded("fine;=2+5") == "fine;'=2+5")
        #expect(SpreadsheetSafety.guarded("standing;-2+3") == "standing;'-2+3")
        #expect(SpreadsheetSafety.guarded("=a;+b;;@c;'d;e") == "'=a;'+b;;'@c;''d;e")
        #expect(SpreadsheetSafety.guarded("a\\;=b") == "a\\;'=b")
        #expect(SpreadsheetSafety.guarded("a;b") == "a;b")
        #expect(SpreadsheetSafety.unguarded("fine;'=2+5") == "fine;=2+5")
        #expect(SpreadsheetSafety.unguarded("''=a;''d;'") == "'=a;'d;")
        // Every string over an alphabet with `;`, up to length 4: no part starts with a formula character, and the
        // guard is undone exactly.
        let alphabet: [String] = [";", "'", "=", "-", "a", "\t"]
        var strings = [""], frontier = [""]
        for _ in 0..<4 {
            frontier = frontier.flatMap { prefix in alphabet.map { prefix + $0 } }
            strings += frontier
        }
        for text in strings {
            let guarded = SpreadsheetSafety.guarded(text)
            #expect(Array(SpreadsheetSafety.unguarded(guarded).utf8) == Array(text.utf8), "\(text.debugDescription)")
            for part in guarded.split(separator: ";", omittingEmptySubsequences: true) {
                #expect(!["=", "+", "-", "@", "\t", "\r"].contains(part.unicodeScalars.first), "\(guarded.debugDescription)")
            }
        }
    }
}
