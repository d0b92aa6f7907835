/// How close a typed word is to the words `cramp` knows, for "did you mean …?" answers.
///
/// The distance is Damerau-Levenshtein in its optimal-string-alignment form: an insertion, a deletion, a changed
/// letter and two neighbouring letters swapped (`lgo` for `log`) each cost 1. Half-asleep typing drops and swaps
/// letters, so the tolerance grows with the word: 1 up to 4 letters, 2 up to 7, 3 beyond.
public enum Spelling {
    /// The edit distance between `a` and `b`, compared without case.
    public static func distance(_ a: String, _ b: String) -> Int {
        let s = Array(a.lowercased()), t = Array(b.lowercased())
        if s.isEmpty || t.isEmpty { return max(s.count, t.count) }
        // Three rows suffice: the swap looks two rows back.
        var before = [Int](repeating: 0, count: t.count + 1)
        var previous = Array(0...t.count)
        var current = [Int](repeating: 0, count: t.count + 1)
        for i in 1...s.count {
            current[0] = i
            for j in 1...t.count {
                let change = s[i - 1] == t[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + change)
                if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] { best = min(best, before[j - 2] + 1) }
                current[j] = best
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[t.count]
    }

    /// The largest distance at which `word` still reads as a slip of the fingers.
    public static func tolerance(for word: String) -> Int {
        switch word.count {
        case ...4: 1
        case ...7: 2
        default: 3
        }
    }

    /// Endings dropped before comparing, so `stretching` and `streching` find `stretch`.
    private static let endings = ["ing", "es", "s", "ed"]

    /// How far `word` is from `candidate`, also reading `word` without a common English ending; twice the edit
    /// distance, plus one when only the word without its ending comes that close, so at equal distance a
    /// candidate matching the whole word wins (`streching` is `stretching` before it is `stretch`).
    static func closeness(_ word: String, _ candidate: String) -> Int {
        var best = 2 * distance(word, candidate)
        let lower = word.lowercased()
        for ending in endings where lower.count >= ending.count + 3 && lower.hasSuffix(ending) {
            best = min(best, 2 * distance(String(lower.dropLast(ending.count)), candidate) + 1)
        }
        return best
    }

    /// The candidate nearest to `word` within its tolerance (the first of equals, so callers list the likelier
    /// words first), or nil when none is near enough. A candidate equal to `word` is found at distance 0.
    public static func nearest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = 2 * tolerance(for: word) + 1
        var found: (word: String, closeness: Int)?
        for candidate in candidates {
            let gap = closeness(word, candidate)
            if gap <= limit, gap < (found?.closeness ?? .max) { found = (candidate, gap) }
        }
        return found?.word
    }
}
