/// How messages name imported rows and the key that recognises them.
public struct ImportNoun: Sendable {
    public let singular: String
    public let plural: String
    /// The natural key, e.g. `kind, start time and leg`.
    public let key: String
}

/// The lines an import reports about what it did; the summary is also what `undo` shows.
public enum ImportReport {
    /// Lines named in one message before "and N more".
    public static let shownLines = 20

    /// `imported 12 episodes from visit.csv; skipped 3 already in the diary (same kind, start time and leg)`.
    public static func summary(_ outcomes: [ImportRowOutcome], source: String, noun: ImportNoun) -> String {
        let duplicates = outcomes.filter { if case .duplicate = $0 { true } else { false } }.count
        let imported = outcomes.count - duplicates
        if imported == 0 {
            return "nothing new in \(source): all \(duplicates) \(duplicates == 1 ? noun.singular + " is" : noun.plural + " are") "
                + "already in the diary (same \(noun.key))"
        }
        var text = "imported \(imported) \(imported == 1 ? noun.singular : noun.plural) from \(source)"
        if duplicates > 0 {
            text += "; skipped \(duplicates) already in the diary (same \(noun.key))"
        }
        return text
    }

    /// Renumbered rows, and duplicates whose stored version differs.
    public static func details(_ outcomes: [ImportRowOutcome], lines: [Int], fileIDs: [Int64?]) -> [String] {
        var messages: [String] = []
        var renumbered: [String] = []
        var differing: [String] = []
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .renumbered(let id):
                if let fileID = fileIDs[index] { renumbered.append("line \(lines[index]): #\(fileID) → #\(id)") }
            case .duplicate(let existing, true):
                differing.append("line \(lines[index]) (#\(existing))")
            default:
                break
            }
        }
        if !renumbered.isEmpty {
            messages.append("new ids where the file's id is already used in this diary: " + shown(renumbered))
        }
        if !differing.isEmpty {
            messages.append("already in the diary with other values, the diary's version was kept: " + shown(differing)
                + "; change them with cramp edit if the file is right")
        }
        return messages
    }

    /// `lines 3, 7, 9` (at most `shownLines`, then "and N more").
    public static func lines(_ numbers: [Int]) -> String {
        (numbers.count == 1 ? "line " : "lines ") + shown(numbers.map(String.init))
    }

    private static func shown(_ items: [String]) -> String {
        let head = items.prefix(shownLines).joined(separator: ", ")
        return items.count > shownLines ? head + " and \(items.count - shownLines) more" : head
    }
}
