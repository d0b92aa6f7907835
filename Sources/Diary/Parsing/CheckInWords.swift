/// Which check-in `checkin remove` means: the night it is about, or its number.
public enum CheckInChoice: Sendable, Equatable {
    case night(Night)
    case id(Int64)
}

/// The words of a morning check-in as typed: `quiet` or a score, and the check-in or gap a removal names.
public enum CheckInWords {
    /// What `sleep` accepts, for messages.
    public static let sleepForms = "quiet (no cramp last night), or how much cramps disturbed your sleep from 0 to 10"

    /// `quiet`, or a sleep-disturbance score 0-10.
    public static func sleep(_ text: String) throws(InputError) -> CheckIn.Sleep {
        if text.lowercasedWords == ["quiet"] { return .quiet }
        return .disturbed(try score(text, field: "sleep disturbance", accepted: sleepForms))
    }

    /// A whole score from 0 to 10 (`--soreness`).
    public static func score(_ text: String, field: String, accepted: String = "a whole number from 0 to 10") throws(InputError) -> Int {
        let trimmed = text.trimmingSpaces
        guard trimmed.count <= 2, trimmed.isASCIIDigits, let score = Int(trimmed), CheckIn.scoreRange.contains(score) else {
            throw InputError(field: field, value: text, accepted: accepted)
        }
        return score
    }

    /// `3` or `#3` is a check-in's number; anything else is read as its night (`NightText`).
    public static func choice(_ text: String, clock: Clock, window: NightWindow) throws(InputError) -> CheckInChoice {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if digits.isASCIIDigits {
            guard let id = Int64(digits), id > 0 else {
                throw InputError(field: "check-in", value: text, accepted: "a night or number that cramp checkin list shows")
            }
            return .id(id)
        }
        return .night(try NightText.parse(text, clock: clock, window: window, field: "check-in"))
    }

    /// A gap's number, `2` or `#2`, as `cramp gap list` shows it.
    public static func gapNumber(_ text: String) throws(InputError) -> Int64 {
        let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
        guard digits.isASCIIDigits, let id = Int64(digits), id > 0 else {
            throw InputError(field: "gap", value: text, accepted: "a gap number such as 2 or #2, as cramp gap list shows")
        }
        return id
    }
}
