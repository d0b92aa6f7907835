/// The one rule for note text, shared by episodes and posture records.
public enum NoteText {
    /// `text` as stored: one trailing newline (from `echo` into `--note -`) dropped, empty meaning no note.
    /// Control characters other than tab and line breaks are refused (`refuses`).
    public static func checked(_ text: String, field: String = "--note") throws(InputError) -> String? {
        let cleaned = text.hasSuffix("\n") ? String(text.dropLast()) : text
        if refuses(cleaned) {
            throw InputError(field: field, value: EpisodeText.oneLine(String(cleaned.prefix(40))), accepted: accepted)
        }
        // Code points, as the table's CHECK (SQLite's length()) counts them: "é" typed as e + accent is two.
        guard cleaned.unicodeScalars.count <= Episode.maxNoteLength else {
            throw InputError(field: field, value: "\(cleaned.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
        return cleaned.isEmpty ? nil : cleaned
    }

    /// What a note may hold, for refusals.
    public static let accepted = "text without control characters (tabs and line breaks are fine)"

    /// True when `text` holds a control character other than tab and line breaks: C0 (NUL included, which
    /// would also cut the note short where C strings are used) or DEL. They would act on the terminal that later
    /// shows the note; every way into the diary (log, edit, sit, stand, import) refuses them. C1 characters
    /// (U+0080-U+009F) stay accepted, as `log` always accepted them (NEL, U+0085, is a line break in text
    /// converted from other systems); every printer shows them escaped (`TerminalText`).
    @inlinable
    public static func refuses(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00..<0x20, 0x7F: true
            default: false
            }
        }
    }
}
