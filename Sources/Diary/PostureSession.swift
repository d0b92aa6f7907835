/// A stretch of sitting or standing, logged after the fact.
public struct PostureSession: Hashable, Sendable {
    public var id: Int64?
    public var posture: Posture
    /// When it started (the CLI takes the end and the duration and works this out).
    public var start: Timestamp
    public var durationSeconds: Int
    /// Stretch breaks the person says they took during it.
    public var breaksTaken: Int
    public var note: String?
    public var createdUTC: Int64
    public var updatedUTC: Int64

    /// Accepted durations: one minute to one day.
    public static let durationRange = 60...86_400
    /// Accepted break counts.
    public static let breaksRange = 0...1000

    /// Creates a session value (not yet validated; see `validate()`).
    public init(
        id: Int64? = nil, posture: Posture, start: Timestamp, durationSeconds: Int, breaksTaken: Int = 0,
        note: String? = nil, createdUTC: Int64 = 0, updatedUTC: Int64 = 0
    ) {
        self.id = id
        self.posture = posture
        self.start = start
        self.durationSeconds = durationSeconds
        self.breaksTaken = breaksTaken
        self.note = note
        self.createdUTC = createdUTC
        self.updatedUTC = updatedUTC
    }

    /// A break count as typed (`--breaks 2`).
    public static func breaks(_ text: String) throws(InputError) -> Int {
        guard let count = Int(text.trimmingSpaces), breaksRange.contains(count) else {
            throw InputError(field: "--breaks", value: text, accepted: "a whole number from 0 to 1000")
        }
        return count
    }

    /// The moment it ended.
    public var end: Timestamp { start.adding(seconds: Int64(durationSeconds)) }

    /// Checks the ranges the database also enforces.
    public func validate() throws(InputError) {
        guard DateBounds.contains(start.local.date) else {
            throw InputError(field: "start", value: start.iso8601, accepted: "a start dated \(DateBounds.text)")
        }
        guard PostureSession.durationRange.contains(durationSeconds) else {
            throw InputError(field: "duration", value: DurationText.format(durationSeconds),
                             accepted: "1m to 24h, e.g. 45m, 2h, 1h30m")
        }
        guard PostureSession.breaksRange.contains(breaksTaken) else {
            throw InputError(field: "breaks", value: String(breaksTaken), accepted: "a whole number from 0 to 1000")
        }
        // Counted in code points, as the table's CHECK (SQLite's length()) counts them.
        if let note, note.unicodeScalars.count > Episode.maxNoteLength {
            throw InputError(field: "note", value: "\(note.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
    }
}

/// A stretch break logged live with `cramp break`.
public struct StretchBreak: Hashable, Sendable {
    public var id: Int64?
    public var at: Timestamp
    public var createdUTC: Int64

    /// Creates a break value.
    public init(id: Int64? = nil, at: Timestamp, createdUTC: Int64 = 0) {
        self.id = id
        self.at = at
        self.createdUTC = createdUTC
    }
}
