import ArgumentParser
import Diary
import DiaryStore

/// What the shell completion scripts (`cramp --generate-completion-script bash|zsh|fish`) offer for values.
///
/// Fixed vocabularies are listed in the script itself; trigger and relief names also come from the diary, read
/// when Tab is pressed (the script calls `cramp ---completion`), so a name typed once is offered from then on.
enum Completion {
    /// left, right, both.
    static let legs = CompletionKind.list(Leg.allCases.map(\.rawValue))
    /// calf, foot, ...
    static let sites = CompletionKind.list(Site.allCases.map(\.rawValue))
    /// The words periods are made of (`last week`, `this month`, `last 30 nights`, `all`).
    static let periods = CompletionKind.list(periodWords)
    /// The order-free words of `log` and `edit`: legs, sites, what the episode was, triggers and reliefs.
    static let episodeWords = CompletionKind.custom { words, index, prefix in
        let names = usedNames(words)
        let fixed = Leg.allCases.map(\.rawValue) + Site.allCases.map(\.rawValue) + ["woke", "numbness"]
        return fixed + triggerNames(names) + reliefNames(names, prefix: prefix)
    }
    /// `--trigger`: the vocabulary, then the diary's own names.
    static let triggers = CompletionKind.custom { words, _, _ in triggerNames(usedNames(words)) }
    /// `--relief`: names, and `NAME:OUTCOME` once a name and a colon are typed.
    static let reliefs = CompletionKind.custom { words, _, prefix in reliefNames(usedNames(words), prefix: prefix) }

    static let periodWords = ["last", "this", "night", "nights", "tonight", "week", "weeks", "month", "all", "from", "to"]

    private static func triggerNames(_ used: UsedNames?) -> [String] {
        unique(Trigger.Known.allCases.map(\.rawValue) + (used?.triggers ?? []))
    }

    /// Relief names; after `NAME:` the outcomes for that name instead, since the shell completes the word as a whole.
    private static func reliefNames(_ used: UsedNames?, prefix: String) -> [String] {
        if let colon = prefix.firstIndex(of: ":") {
            let name = prefix[..<colon]
            return ReliefOutcome.allCases.map { "\(name):\($0.rawValue)" }
        }
        return unique(Relief.Known.allCases.map(\.rawValue) + (used?.reliefs ?? []))
    }

    /// The names in the diary the command line names (`--db`, else `CRAMP_DB` and the default place); none when it
    /// cannot be read. Completion must never fail loudly or create a diary: a reader does neither.
    private static func usedNames(_ words: [String]) -> UsedNames? {
        var db: String?
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count { db = words[index + 1] }
            if word.hasPrefix("--db=") { db = String(word.dropFirst(5)) }
        }
        guard let session = try? Session(.live(), now: nil, db: db),
              let names = try? session.actions().reader().usedNames() else { return nil }
        return names
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
