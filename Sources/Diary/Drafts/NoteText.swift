/// The one rule for note text, shared by episodes and posture records.
public enum NoteText {
    /// `text` as stored: one trailing newline (from `echo` into `--note -`) dropped, empty meaning no note.
    /// Control characters other than tab and line breaks are refused: they would act on the terminal that
    /// later shows the note.
    public static func checked(_ text: String, field: String = "--note") throws(InputError) -> String? {
        let cleaned = text.hasSuffix("\n") ? String(text.dropLast()) : text
        if cleaned.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || $0.value == 0x7F }) {
            throw InputError(field: field, value: EpisodeText.oneLine(String(cleaned.prefix(40))),
                             accepted: "text without control characters (tabs and line breaks are fine)")
        }
        // Code points, as the table's CHECK (SQLite's length()) counts them: "é" typed as e + accent is two.
        guard cleaned.unicodeScalars.count <= Episode.maxNoteLength else {
            throw InputError(field: field, value: "\(cleaned.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
        return cleaned.isEmpty ? nil : cleaned
    }
}
