import DiaryExport
import Testing

@Suite("Terminal cell width")
struct TextWidthTests {
    @Test(arguments: [("abc", 3), ("é", 1), ("😀", 2), ("日本", 4), ("a\u{200B}b", 2), ("❤️", 2), ("", 0)])
    func cells(text: String, expected: Int) {
        #expect(TextWidth.cells(text) == expected)
    }

    @Test func paddingCountsCellsNotCharacters() {
        #expect(TextWidth.padded("😀", to: 4) == "😀  ")
        #expect(TextWidth.padded("abcdef", to: 4) == "abcdef")
    }

    @Test func truncationNeverExceedsTheWidth() {
        let cut = TextWidth.truncated("日本語のメモです", to: 7)
        #expect(TextWidth.cells(cut) <= 7)
        #expect(cut.hasSuffix("…"))
        #expect(TextWidth.truncated("short", to: 10) == "short")
        #expect(TextWidth.truncated("abcdefgh", to: 5, unicode: false) == "ab...")
    }
}
