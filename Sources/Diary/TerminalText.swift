/// Stored text made safe to print on a terminal: characters that would act on the terminal instead of showing
/// are shown as visible escapes.
///
/// A note or a name can reach the diary from an import or an older `cramp`; printed raw, an escape sequence
/// could recolour the screen, set the window title or move the cursor, and a bidirectional override could make
/// text read differently from what is stored ("Trojan Source", CVE-2021-42574).
public enum TerminalText {
    /// `text` with C0 controls (but line feed and tab), DEL and C1 controls shown as `\x1B`, and the
    /// bidirectional embedding, override and isolate controls as `\u202E`; anything else unchanged.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            out += scalar.value < 0x100 ? "\\x" + hex(scalar.value, digits: 2) : "\\u" + hex(scalar.value, digits: 4)
        }
        return out
    }

    /// True for a scalar `visible` escapes.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F...0x9F: true
        // LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: they reorder the text after them.
        case 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
