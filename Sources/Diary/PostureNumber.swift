/// The number of a sitting or standing record as shown and typed: `s12`. The `s` keeps it apart from episode
/// numbers (`12`, `#12`), which count from 1 in a table of their own, so `cramp delete 3` can never remove a
/// stretch that happens to have id 3.
public enum PostureNumber {
    /// `s12`.
    public static func text(_ id: Int64) -> String { "s\(id)" }

    /// True when `text` is written as a posture record number (`s12`, `S12`), whatever follows the letter.
    public static func looksLikeOne(_ text: String) -> Bool {
        guard let first = text.first, first == "s" || first == "S" else { return false }
        return text.dropFirst().first?.isNumber == true
    }

    /// The id, or the refusal saying what a record number looks like (an episode number among them).
    public static func parse(_ text: String, field: String = "record") throws(InputError) -> Int64 {
        let accepted = "a sitting or standing record number such as s12, as shown by cramp posture list"
        let trimmed = text.trimmingSpaces
        if EpisodeNumberShape.isOne(trimmed) {
            throw InputError(field: field, value: text, accepted: accepted,
                             hint: "\(trimmed) is written as an episode number; a sitting or standing record is s followed by its number")
        }
        guard looksLikeOne(trimmed), let id = Int64(trimmed.dropFirst()), id > 0 else {
            throw InputError(field: field, value: text, accepted: accepted)
        }
        return id
    }

    /// The refusal for a number no stored record has.
    public static func notFound(_ id: Int64) -> InputError {
        InputError(field: "record", value: text(id), accepted: "an existing sitting or standing record",
                   hint: "see cramp posture list")
    }
}

/// Episode numbers as typed (`12`, `#12`), recognised without parsing them.
enum EpisodeNumberShape {
    static func isOne(_ text: String) -> Bool {
        let digits = text.hasPrefix("#") ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }
}
