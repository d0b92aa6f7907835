/// How messages name imported rows and the key that recognises them.
public struct ImportNoun: Sendable {
    public let singular: String
    public let plural: String
    /// The natural key, e.g. `kind, start time and leg`.
    public let key: String

    static let episodes = ImportNoun(singular: "episode", plural: "episodes", key: "kind, start time and leg")
    static let postureSessions = ImportNoun(singular: "posture session", plural: "posture sessions",
                                            key: "posture and start time")
}

/// Items for one message, of which only the first `shown` are kept (and the rest counted): an import of a
/// million rows names a few lines, not a million.
public struct CappedList: Sendable {
    /// Items named in one message before "and N more".
    public static let shown = 20
    public private(set) var items: [String] = []
    /// Every item appended, shown or not.
    public private(set) var count = 0

    /// An empty list.
    public init() {}

    /// Adds an item; `item` is only built while it will be shown.
    public mutating func append(_ item: @autoclosure () -> String) {
        if items.count < Self.shown { items.append(item()) }
        count += 1
    }

    /// True when nothing was appended.
    public var isEmpty: Bool { count == 0 }

    /// `a, b, c` or `a, b, … and 7 more`.
    public var text: String {
        let head = items.joined(separator: ", ")
        return count > items.count ? head + " and \(count - items.count) more" : head
    }

    /// `line 3` or `lines 3, 7, 9` (the items being line numbers).
    public var lines: String { (count == 1 ? "line " : "lines ") + text }
}

/// What `import` did: counts, the first few lines worth naming, and the summary `undo` also shows.
public struct ImportResult: Sendable {
    /// Rows stored under the file's id, under a new id, and rows already in the diary.
    public let kept: Int, renumbered: Int, duplicates: Int
    let noun: ImportNoun
    let source: String
    /// `line 3: #1 → #4` for rows whose id was taken.
    public let renumberedLines: CappedList
    /// `line 7 (#2)` for rows already in the diary with other values.
    public let differingLines: CappedList

    /// True when anything was written (and `undo` can take it back).
    public var stored: Bool { kept + renumbered > 0 }

    /// Rows the file held.
    public var rows: Int { kept + renumbered + duplicates }

    /// `imported 12 episodes from visit.csv; skipped 3 already in the diary (same kind, start time and leg)`.
    public var summary: String {
        let imported = kept + renumbered
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
    public var details: [String] {
        var messages: [String] = []
        if !renumberedLines.isEmpty {
            messages.append("new ids where the file's id is already used in this diary: " + renumberedLines.text)
        }
        if !differingLines.isEmpty {
            messages.append("already in the diary with other values, the diary's version was kept: " + differingLines.text
                + "; change them with cramp edit if the file is right")
        }
        return messages
    }

    /// The plural noun (`episodes`), for messages about the file.
    public var plural: String { noun.plural }
}
