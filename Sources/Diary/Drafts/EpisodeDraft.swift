/// The fields a person gave for an episode; nil means "not given". `log` fills the gaps, `edit` applies it over
/// the stored episode.
public struct EpisodeDraft: Sendable, Equatable {
    public var kind: EpisodeKind?
    public var start: Timestamp?
    public var leg: Leg?
    public var site: Site?
    public var duration: Int?
    public var intensity: Int?
    public var woke: Woke?
    public var triggers: [Trigger]?
    public var reliefs: [Relief]?
    /// `.some(nil)` clears the note.
    public var note: String??
    /// Fields to empty (`cramp edit --clear site`).
    public var cleared: Set<ClearableField> = []

    /// An empty draft.
    public init() {}

    /// Sets a field once; a second, different value is a contradiction the person must resolve.
    public mutating func set<T: Equatable>(_ field: WritableKeyPath<EpisodeDraft, T?>, _ value: T, _ name: String) throws(InputError) {
        if let existing = self[keyPath: field], existing != value {
            // Durations are held in seconds; show them as the person typed them, not as "180".
            let show = { (v: T) -> String in
                field == \EpisodeDraft.duration ? DurationText.format(v as! Int) : "\(v)"
            }
            throw InputError(field: name, value: show(value), accepted: "one value",
                             hint: "it was also given as \(show(existing))")
        }
        self[keyPath: field] = value
    }

    /// Sets the note from text; empty text clears it.
    public mutating func setNote(_ text: String, field: String = "--note") throws(InputError) {
        note = .some(try NoteText.checked(text, field: field))
    }

    /// Applies the given fields (and clears) over `episode`.
    public func applied(to episode: Episode) -> Episode {
        var result = episode
        if let kind { result.kind = kind }
        if let start { result.start = start }
        if let leg { result.leg = leg }
        if let site { result.site = site }
        if let duration { result.durationSeconds = duration }
        if let intensity { result.intensity = intensity }
        if let woke { result.woke = woke }
        if let triggers { result.triggers = triggers }
        if let reliefs { result.reliefs = reliefs }
        if let note { result.note = note }
        for field in cleared {
            switch field {
            case .site: result.site = nil
            case .intensity: result.intensity = nil
            case .triggers: result.triggers = []
            case .reliefs: result.reliefs = []
            case .note: result.note = nil
            }
        }
        return result
    }
}

/// The optional fields `cramp edit --clear` can empty.
public enum ClearableField: String, CaseIterable, Sendable {
    case site, intensity, triggers, reliefs, note

    /// The field as typed, or the refusal listing every clearable field.
    public init(word: String) throws(InputError) {
        guard let field = ClearableField(rawValue: word.lowercased()) else {
            throw InputError(field: "--clear", value: word, accepted: ClearableField.allCases.map(\.rawValue).joined(separator: ", "))
        }
        self = field
    }
}
