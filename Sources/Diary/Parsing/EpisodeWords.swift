
/// The order-free words of `cramp log left calf 2m stretch:helped`.
public enum EpisodeWords {
    /// Reads each word as the one field it can only mean; anything else is refused, never guessed. A number
    /// followed by a unit word is one duration (`2 min`, `1 hour 30 minutes`); a time with am/pm (`3am`, `3 am`),
    /// or a day word or `last night` with a time after it, is the start, as after `--at`. An unknown word is
    /// refused in one line with the nearest known word, or a name in `names()` (read only then), as a suggestion.
    public static func parse(
        _ words: [String], clock: Clock, names: () -> DiaryNames = { .none }
    ) throws -> EpisodeDraft {
        var draft = EpisodeDraft()
        var index = 0
        while index < words.count {
            let word = words[index]
            let lower = word.lowercased()
            index += 1
            if let (phrase, count) = timePhrase(words, from: index - 1) {
                index += count - 1
                try draft.set(\.start, try When.parse(phrase, clock: clock, field: "--at"), "--at")
            } else if let (phrase, count) = spacedDuration(words, from: index - 1) {
                index += count - 1
                try draft.set(\.duration, try DurationText.parse(phrase), "duration")
            } else if lower == "at" {
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
            } else if lower.contains(":"), !startsWithDigit(lower) {
                guard let relief = Relief(spec: word) else { throw unknownRelief(word) }
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
                throw unknownWord(word, next: index < words.count ? words[index] : nil, names: names())
            }
        }
        return draft
    }

    static let dayWords: Set<String> = [
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

    static func startsWithDigit(_ word: String) -> Bool {
        word.first.map { $0.isASCII && $0.isNumber } ?? false
    }
}
