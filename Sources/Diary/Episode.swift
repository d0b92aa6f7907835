/// One cramp or numbness episode, as the person logged it.
public struct Episode: Hashable, Sendable {
    /// Row id; nil until stored.
    public var id: Int64?
    public var kind: EpisodeKind
    /// When it started, with the offset in force then.
    public var start: Timestamp
    public var leg: Leg
    public var site: Site?
    /// How long it lasted, in seconds (`Episode.durationRange`).
    public var durationSeconds: Int
    /// 0-10 pain or intensity, if given.
    public var intensity: Int?
    public var woke: Woke
    public var triggers: [Trigger]
    public var reliefs: [Relief]
    public var note: String?
    /// When the row was first stored and last changed (UTC seconds); 0 until stored.
    public var createdUTC: Int64
    public var updatedUTC: Int64

    /// Accepted durations: one second to one day.
    public static let durationRange = 1...86_400
    /// Accepted intensities.
    public static let intensityRange = 0...10
    /// Longest note stored, in characters.
    public static let maxNoteLength = 10_000
    /// Red flag (README.md, "Clinical basis"): a cramp over 10 minutes that is not easing.
    public static let redFlagCrampSeconds = 600

    /// Creates an episode value (not yet validated; see `validate()`).
    public init(
        id: Int64? = nil, kind: EpisodeKind = .cramp, start: Timestamp, leg: Leg, site: Site? = nil,
        durationSeconds: Int, intensity: Int? = nil, woke: Woke = .unknown, triggers: [Trigger] = [],
        reliefs: [Relief] = [], note: String? = nil, createdUTC: Int64 = 0, updatedUTC: Int64 = 0
    ) {
        self.id = id
        self.kind = kind
        self.start = start
        self.leg = leg
        self.site = site
        self.durationSeconds = durationSeconds
        self.intensity = intensity
        self.woke = woke
        self.triggers = triggers
        self.reliefs = reliefs
        self.note = note
        self.createdUTC = createdUTC
        self.updatedUTC = updatedUTC
    }

    /// True for a cramp longer than 10 minutes, a reason to seek care (README.md, "Clinical basis").
    public var isRedFlag: Bool { kind == .cramp && durationSeconds > Episode.redFlagCrampSeconds }

    /// Checks every range the database also enforces, so bad input is refused before any write.
    public func validate() throws(InputError) {
        guard DateBounds.contains(start.local.date) else {
            throw InputError(field: "start", value: start.iso8601, accepted: "a start dated \(DateBounds.text)")
        }
        guard Episode.durationRange.contains(durationSeconds) else {
            throw InputError(field: "duration", value: DurationText.format(durationSeconds),
                             accepted: "1s to 24h, e.g. 90s, 2m, 1m30s, 1:30")
        }
        if let intensity, !Episode.intensityRange.contains(intensity) {
            throw InputError(field: "intensity", value: String(intensity), accepted: "a whole number from 0 to 10")
        }
        // Counted in code points, as the table's CHECK (SQLite's length()) counts them.
        if let note, note.unicodeScalars.count > Episode.maxNoteLength {
            throw InputError(field: "note", value: "\(note.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
    }
}
