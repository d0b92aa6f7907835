/// A closed set of words stored as text; the raw value is what the database and exports hold.
public protocol VocabularyWord: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {}

extension VocabularyWord {
    /// Every accepted word, comma separated, for error messages.
    public static var acceptedList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Cramp or numbness.
public enum EpisodeKind: String, VocabularyWord {
    case cramp, numbness
}

/// Which leg was affected.
public enum Leg: String, VocabularyWord {
    case left, right, both

    /// Accepts `left`/`l`, `right`/`r`, `both`/`b` in any case.
    public init?(word: some StringProtocol) {
        switch word.lowercased() {
        case "left", "l": self = .left
        case "right", "r": self = .right
        case "both", "b": self = .both
        default: return nil
        }
    }
}

/// Where on the leg (calf most often, then foot or thigh; README.md, "Clinical basis").
public enum Site: String, VocabularyWord {
    case calf, foot, toes, shin, thigh, other
}

/// Whether the episode woke the person; `unknown` is never read as "no".
public enum Woke: String, VocabularyWord {
    case yes, no, unknown
}

/// Sitting or standing, for posture sessions.
public enum Posture: String, VocabularyWord {
    case sitting, standing
}

/// How a relief worked.
public enum ReliefOutcome: String, VocabularyWord {
    case helped, partly
    case noHelp = "no-help"
    case unsure
}
