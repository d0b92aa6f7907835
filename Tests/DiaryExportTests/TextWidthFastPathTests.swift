import DiaryExport
import Testing

/// `TextWidth.cells` counts printable ASCII by bytes; everything else must still go character by character.
@Suite("Terminal cell width, ASCII fast path")
struct TextWidthFastPathTests {
    private func characterByCharacter(_ text: String) -> Int { text.reduce(0) { $0 + TextWidth.cells(of: $1) } }

    @Test(arguments: [
        "Mon 2026-11-16  3 cramps  ▁▂▃", "plain ASCII, with punctuation: ~!@#$%^&*()_+{}|", "a\r\nb", "tab\there",
        "bell\u{7}", "del\u{7F}", "café", "😀 x", "", " ",
    ])
    func agreesWithTheCharacterByCharacterCount(text: String) {
        #expect(TextWidth.cells(text) == characterByCharacter(text))
    }

    @Test func aCarriageReturnLineFeedIsOneCharacterNotTwoBytes() {
        #expect(TextWidth.cells("a\r\nb") == 3)
        #expect(TextWidth.cells(Substring("ab")) == 2)
    }
}
