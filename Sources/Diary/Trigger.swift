/// Something the person thinks came before the episode: a word from the vocabulary or their own words.
public struct Trigger: Hashable, Sendable, CustomStringConvertible {
    /// The vocabulary of triggers the analytics understand.
    public enum Known: String, VocabularyWord {
        case standing, sitting, exercise, cold, dehydration, medication, pregnancy
        case tightClothing = "tight-clothing"
        case crossedLegs = "crossed-legs"
        case unknown
    }

    /// The stored text: a vocabulary word, or the person's own words (trimmed, 1-100 characters).
    public let name: String

    /// A vocabulary trigger.
    public init(_ known: Known) { name = known.rawValue }

    /// Any text: vocabulary words are recognised in any case; own words are kept as typed, trimmed.
    /// Returns nil for empty or over-long text (over 100 characters).
    @inlinable
    public init?(_ text: some StringProtocol) {
        let trimmed = text.trimmingSpaces
        // Code points, as the table's CHECK (SQLite's length()) counts them.
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 100, !trimmed.containsControlCharacter else { return nil }
        name = Known(rawValue: trimmed.lowercased()).map(\.rawValue) ?? trimmed
    }

    /// The vocabulary word, if this is one.
    public var known: Known? { Known(rawValue: name) }

    public var description: String { name }
}

/// A relief used during an episode and how it worked.
public struct Relief: Hashable, Sendable, CustomStringConvertible {
    /// The vocabulary of reliefs.
    public enum Known: String, VocabularyWord {
        case stretch
        case flexFoot = "flex-foot"
        case massage, walk, heat, medication, none
    }

    /// A vocabulary word or the person's own words (1-100 characters, no `:` scalar, even under a combining mark).
    public let name: String
    /// How it worked; `unsure` when not given.
    public let outcome: ReliefOutcome

    /// Creates a relief; nil for empty, over-long or `:`-containing names.
    @inlinable
    public init?(name text: some StringProtocol, outcome: ReliefOutcome = .unsure) {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty, trimmed.unicodeScalars.count <= 100, !trimmed.unicodeScalars.contains(":"),
              !trimmed.containsControlCharacter else { return nil }
        name = Known(rawValue: trimmed.lowercased()).map(\.rawValue) ?? trimmed
        self.outcome = outcome
    }

    /// A vocabulary relief.
    public init(_ known: Known, outcome: ReliefOutcome = .unsure) {
        name = known.rawValue
        self.outcome = outcome
    }

    /// Parses `NAME` or `NAME:OUTCOME` (`stretch:helped`, `heat:no-help`).
    public init?(spec: some StringProtocol) {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        if parts.count == 2 {
            guard let outcome = ReliefOutcome(rawValue: parts[1].trimmingSpaces.lowercased()) else { return nil }
            self.init(name: parts[0], outcome: outcome)
        } else {
            self.init(name: parts[0])
        }
    }

    /// The vocabulary word, if this is one.
    public var known: Known? { Known(rawValue: name) }

    /// `name:outcome`, the form used in echoes and CSV.
    public var description: String { "\(name):\(outcome.rawValue)" }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    @inlinable
    public var trimmingSpaces: String {
        // Most cells have nothing to trim: a first and last byte that are not spaces settle it without
        // walking the text by Character (a Character starting or ending with another byte is not a space).
        let whole = String(self)
        if let head = whole.utf8.first, let tail = whole.utf8.last, !Self.isSpaceByte(head), !Self.isSpaceByte(tail) {
            return whole
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    @usableFromInline
    static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// True when any character is a C0/C1 control character (tab and newline included).
    @inlinable
    public var containsControlCharacter: Bool {
        unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
