
/// The order-free words of `cramp log left calf 2m stretch:helped`.
public enum EpisodeWords {
    /// Reads each word as the one field it can only mean; anything else is refused, never guessed.
    public static func parse(_ words: [String], clock: Clock) throws -> EpisodeDraft {
        var draft = EpisodeDraft()
        var index = 0
        while index < words.count {
            let word = words[index]
            let lower = word.lowercased()
            index += 1
            if lower == "at" {
                // `at 3am`, `at yesterday 23:40`: a day word takes the clock time after it.
                guard index < words.count else {
                    throw InputError(field: "at", value: "", accepted: "a time after it, e.g. at 3am")
                }
                var phrase = words[index]
                index += 1
                if index < words.count, dayWords.contains(phrase.lowercased()) {
                    phrase += " " + words[index]
                    index += 1
                }
                try draft.set(\.start, try When.parse(phrase, clock: clock, field: "at"), "at")
            } else if let leg = Leg(word: lower) {
                try draft.set(\.leg, leg, "leg")
            } else if let site = Site(rawValue: lower) ?? plainSite(lower) {
                try draft.set(\.site, site, "site")
            } else if lower == "woke" {
                try draft.set(\.woke, .yes, "woke")
            } else if lower == "numbness" || lower == "numb" {
                try draft.set(\.kind, .numbness, "kind")
            } else if lower == "cramp" {
                try draft.set(\.kind, .cramp, "kind")
            } else if let intensity = intensity(lower) {
                try draft.set(\.intensity, intensity, "intensity")
            } else if lower.contains(":"), !startsWithDigit(lower), let relief = Relief(spec: word) {
                draft.reliefs = (draft.reliefs ?? []) + [relief]
            } else if Relief.Known(rawValue: lower) != nil, Trigger.Known(rawValue: lower) == nil {
                draft.reliefs = (draft.reliefs ?? []) + [Relief(name: lower)!]
            } else if let known = Trigger.Known(rawValue: lower) {
                draft.triggers = (draft.triggers ?? []) + [Trigger(known)]
            } else if startsWithDigit(lower), let seconds = try? DurationText.parse(word) {
                try draft.set(\.duration, seconds, "duration")
            } else if startsWithDigit(lower) {
                // Surface the duration parser's own explanation ("add a unit: 90s or 90m").
                try draft.set(\.duration, try DurationText.parse(word), "duration")
            } else {
                throw InputError(
                    field: "word", value: word,
                    accepted: "a leg (left, right, both), a site (\(Site.acceptedList)), a duration (90s, 2m), "
                        + "an intensity (7/10), a trigger (\(Trigger.Known.acceptedList)), a relief (\(Relief.Known.acceptedList), stretch:helped), woke, numbness",
                    hint: "put your own words in --note, --trigger or --relief")
            }
        }
        return draft
    }

    private static let dayWords: Set<String> = [
        "today", "yesterday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Plurals people type: `toe` / `feet` / `calves`.
    private static func plainSite(_ word: String) -> Site? {
        switch word {
        case "toe": .toes
        case "feet": .foot
        case "calves": .calf
        case "thighs": .thigh
        case "shins": .shin
        default: nil
        }
    }

    /// `7/10` → 7.
    private static func intensity(_ word: String) -> Int? {
        guard word.hasSuffix("/10"), let value = Int(word.dropLast(3)), Episode.intensityRange.contains(value) else {
            return nil
        }
        return value
    }

    private static func startsWithDigit(_ word: String) -> Bool {
        word.first.map { $0.isASCII && $0.isNumber } ?? false
    }
}
