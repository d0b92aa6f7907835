/// A morning check-in about one night: quiet, or a score for cramp-related sleep disturbance.
///
/// Trial diaries record, each night, cramps and their sleep disturbance on 0-10 (README.md,
/// "Kept nights"). A check-in marks its night as kept; a quiet one says it had no cramp.
public struct CheckIn: Hashable, Sendable {
    public var id: Int64?
    /// The night it is about (named by its evening).
    public var night: Night
    /// Quiet (no cramp), or disturbed with a score.
    public var sleep: Sleep
    /// Next-day soreness 0-10, when given.
    public var soreness: Int?
    public var note: String?
    /// When the check-in was made.
    public var at: Timestamp
    public var createdUTC: Int64
    public var updatedUTC: Int64

    /// What the night was like.
    public enum Sleep: Hashable, Sendable {
        /// No cramp that night.
        case quiet
        /// Cramp-related sleep disturbance, 0 (none) to 10 (worst).
        case disturbed(Int)

        /// The score, 0 for a quiet night.
        public var score: Int {
            switch self {
            case .quiet: 0
            case .disturbed(let score): score
            }
        }
    }

    /// Accepted scores for sleep disturbance and soreness.
    public static let scoreRange = 0...10

    /// Creates a check-in value (not yet validated; see `validate()`).
    public init(
        id: Int64? = nil, night: Night, sleep: Sleep, soreness: Int? = nil, note: String? = nil, at: Timestamp,
        createdUTC: Int64 = 0, updatedUTC: Int64 = 0
    ) {
        self.id = id
        self.night = night
        self.sleep = sleep
        self.soreness = soreness
        self.note = note
        self.at = at
        self.createdUTC = createdUTC
        self.updatedUTC = updatedUTC
    }

    /// Checks the ranges the database also enforces.
    public func validate() throws(InputError) {
        guard DateBounds.contains(night.evening) else {
            throw InputError(field: "night", value: night.description, accepted: "a night dated \(DateBounds.text)")
        }
        if case .disturbed(let score) = sleep, !CheckIn.scoreRange.contains(score) {
            throw InputError(field: "sleep disturbance", value: String(score), accepted: "a whole number from 0 to 10")
        }
        if let soreness, !CheckIn.scoreRange.contains(soreness) {
            throw InputError(field: "soreness", value: String(soreness), accepted: "a whole number from 0 to 10")
        }
        // Counted in code points, as the table's CHECK (SQLite's length()) counts them.
        if let note, note.unicodeScalars.count > Episode.maxNoteLength {
            throw InputError(field: "note", value: "\(note.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
    }
}
