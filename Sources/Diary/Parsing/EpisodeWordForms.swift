/// The forms of `cramp log` words that span more than one argument (`2 min`, `3 am`, `last night 2am`), and the
/// suggestions for a word that is none of them.
extension EpisodeWords {
    /// A start time among the words and how many words it takes: `3am`, `3:10am`, `noon`, `3 am`, a day word with
    /// a time (`yesterday 23:40`, `mon 3am`) or `last night 2am`. A bare `03:10` stays a duration (m:ss).
    static func timePhrase(_ words: [String], from start: Int) -> (phrase: String, count: Int)? {
        let word = words[start].lowercased()
        let next = start + 1 < words.count ? words[start + 1].lowercased() : nil
        if isMeridiemTime(word) { return (word, 1) }
        if let next, meridiems.contains(next), ClockTimeText(word + next) != nil { return (word + next, 2) }
        if let next, dayWords.contains(word), ClockTimeText(next) != nil { return (word + " " + next, 2) }
        if word == "last", next == "night", start + 2 < words.count {
            let time = words[start + 2].lowercased()
            if ClockTimeText(time) != nil { return ("last night " + time, 3) }
        }
        return nil
    }

    private static let meridiems: Set<String> = ["am", "pm", "a.m.", "p.m."]

    /// `3am`, `11:30pm`, `noon`, `midnight`: a time that cannot be read as a duration.
    private static func isMeridiemTime(_ word: String) -> Bool {
        guard ClockTimeText(word) != nil else { return false }
        return word == "noon" || word == "midnight" || meridiems.contains { word.hasSuffix($0) }
    }

    /// A number followed by a unit word (`2 min`, `90 s`, `1 hour 30 minutes`) as one duration text, and how many
    /// words it takes. Calendar units join too, so `3 weeks` gets the duration parser's own refusal.
    static func spacedDuration(_ words: [String], from start: Int) -> (phrase: String, count: Int)? {
        var parts: [String] = []
        var index = start
        while index + 1 < words.count, isNumber(words[index]), isUnitWord(words[index + 1]) {
            parts += [words[index], words[index + 1]]
            index += 2
        }
        return parts.isEmpty ? nil : (parts.joined(separator: " "), parts.count)
    }

    private static func isNumber(_ word: String) -> Bool {
        startsWithDigit(word) && word.allSatisfy { $0.isASCIIDigit || $0 == "." || $0 == "," }
    }

    private static func isUnitWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return DurationText.unitSeconds(lower) != nil || DurationText.calendarUnits.contains(lower)
    }

    /// A relief word with an outcome that is not one (`stretch:helpd`), with the nearest outcome suggested.
    static func unknownRelief(_ word: String) -> UnknownWord {
        let parts = word.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let outcome = String(parts.count == 2 ? parts[1] : "")
        let advice = "write NAME:OUTCOME, the outcome one of \(ReliefOutcome.acceptedList)"
        guard !parts[0].trimmingSpaces.isEmpty,
              let near = Spelling.nearest(to: outcome, among: ReliefOutcome.allCases.map(\.rawValue)) else {
            return UnknownWord("relief", value: word, suggestion: nil, advice: advice)
        }
        return UnknownWord("relief", value: word, suggestion: UnknownWord.quoted("\(parts[0]):\(near)"))
    }

    /// The words a log line knows, likelier slips first, with what each is: the suggestion for an unknown word.
    private static let knownWords: [(word: String, what: String)] =
        Leg.allCases.map { ($0.rawValue, "leg") }
        + (Site.allCases.map(\.rawValue) + ["calves", "feet", "toe", "thighs", "shins"]).map { ($0, "site") }
        + ["woke", "numbness", "numb", "cramp", "yesterday", "today"].map { ($0, "word") }
        + Relief.Known.allCases.map { ($0.rawValue, "relief") }
        + Trigger.Known.allCases.map { ($0.rawValue, "trigger") }

    /// A word that is no field: the nearest known word or diary name as a suggestion (`lft` → `left`, `woken` →
    /// `woke`, a diary's `quinine` → `--relief "quinine"`), else where own words go.
    static func unknownWord(_ word: String, next: String?, names: DiaryNames) -> any Error {
        let lower = word.lowercased()
        if dayWords.contains(lower) || (lower == "last" && next?.lowercased() == "night") {
            let day = lower == "last" ? "last night" : lower
            return InputError(field: "word", value: word,
                              sentence: "\"\(day)\" needs a time after it: \(day) 3am, or --at \"\(day) 3am\"")
        }
        if let near = Spelling.nearest(to: lower, among: knownWords.map(\.word)),
           let entry = knownWords.first(where: { $0.word == near }) {
            return UnknownWord(entry.what, value: word, suggestion: UnknownWord.quoted(near))
        }
        for (flag, stored) in [("--relief", names.reliefs), ("--trigger", names.triggers)] {
            if let near = Spelling.nearest(to: word, among: stored) {
                return UnknownWord("word", value: word, suggestion: "\(flag) \(UnknownWord.quoted(near))")
            }
        }
        return UnknownWord("word", value: word, suggestion: nil,
                           advice: "own words go in --note, --trigger or --relief")
    }
}
