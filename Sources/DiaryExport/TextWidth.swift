/// How many terminal cells text takes, so tables line up with emoji and CJK notes.
public enum TextWidth {
    /// Cells for `text`: 2 for wide characters (East Asian wide/fullwidth, emoji), 0 for zero-width ones, else 1.
    public static func cells(_ text: some StringProtocol) -> Int {
        // Printable ASCII is one cell a byte, and most report text is nothing else: skip the per-Character
        // Unicode property lookups (a third of the weekly report's text rendering).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + cells(of: $1) }
    }

    /// Cells for one grapheme cluster.
    public static func cells(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        // A variation selector 16 asks for emoji presentation, which terminals draw two cells wide.
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if first.properties.isEmojiPresentation { return 2 }
        switch first.value {
        case 0x200B...0x200F, 0x2060...0x2064, 0xFEFF: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }

    /// `text` followed by spaces up to `width` cells.
    public static func padded(_ text: String, to width: Int) -> String {
        let used = cells(text)
        return used >= width ? text : text + String(repeating: " ", count: width - used)
    }

    /// `text` cut to at most `width` cells, ending in `…` (or `...` without Unicode) when cut.
    public static func truncated(_ text: String, to width: Int, unicode: Bool = true) -> String {
        guard cells(text) > width else { return text }
        let ellipsis = unicode ? "…" : "..."
        let room = max(0, width - cells(ellipsis))
        var out = "", used = 0
        for character in text {
            let w = cells(of: character)
            if used + w > room { break }
            out.append(character)
            used += w
        }
        return out + ellipsis
    }
}
