import ArgumentParser
import Diary

/// The fields of an episode as flags and order-free words; shared by `log` and `edit`.
struct EpisodeOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Order-free words: a leg (left, l, right, r, both), a site (calf, foot, toes, shin, thigh), a duration (90s, 2m, 1m30s), an intensity (7/10), triggers (standing, sitting, cold...), reliefs (stretch, massage, stretch:helped), woke, numbness.",
        valueName: "words"))
    var words: [String] = []

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "When it started: now, 03:10, 3am, yesterday 23:40, 20m ago, -20m, 2026-11-17T02:40 (default: now).",
        valueName: "when"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Which leg: left, right or both.", valueName: "leg"))
    var leg: String?

    @Option(name: .long, help: ArgumentHelp("Where: calf, foot, toes, shin, thigh or other.", valueName: "site"))
    var site: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "How long: 90s, 2m, 2min, 1m30s, 1:30, 1.5m (m is minutes).", valueName: "duration"))
    var duration: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("How strong, 0 to 10.", valueName: "0-10"))
    var intensity: String?

    @Option(name: .customLong("trigger"), help: ArgumentHelp(
        "What came before it (repeatable): \(Trigger.Known.acceptedList), or your own words.", valueName: "trigger"))
    var triggers: [String] = []

    @Option(name: .customLong("relief"), help: ArgumentHelp(
        "What you tried, with how it worked (repeatable): NAME[:OUTCOME], names \(Relief.Known.acceptedList) or your own; outcomes \(ReliefOutcome.acceptedList).",
        valueName: "relief"))
    var reliefs: [String] = []

    @Flag(inversion: .prefixedNo, help: "Whether it woke you.")
    var woke: Bool?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "A note; - reads it from standard input.", valueName: "text"))
    var note: String?

    @Flag(name: .long, help: "Record numbness instead of a cramp.")
    var numbness = false

    @Flag(name: .long, help: "Record a cramp (the default; with edit, turns numbness back into a cramp).")
    var cramp = false

    /// The fields given, parsed; nil fields were not given.
    func draft(clock: Clock, readNote: () throws -> String) throws -> EpisodeDraft {
        var draft = try EpisodeWords.parse(words, clock: clock)
        if numbness && cramp {
            throw InputError(field: "--numbness/--cramp", value: "both", accepted: "one of them")
        }
        if numbness { try draft.set(\.kind, .numbness, "kind") }
        if cramp { try draft.set(\.kind, .cramp, "kind") }
        if let at { try draft.set(\.start, try When.parse(at, clock: clock, field: "--at"), "--at") }
        if let leg {
            guard let value = Leg(word: leg) else { throw InputError(field: "--leg", value: leg, accepted: Leg.acceptedList) }
            try draft.set(\.leg, value, "leg")
        }
        if let site {
            guard let value = Site(rawValue: site.lowercased()) else {
                throw InputError(field: "--site", value: site, accepted: Site.acceptedList)
            }
            try draft.set(\.site, value, "site")
        }
        if let duration { try draft.set(\.duration, try DurationText.parse(duration, field: "--duration"), "duration") }
        if let intensity {
            guard let value = Int(intensity), Episode.intensityRange.contains(value) else {
                throw InputError(field: "--intensity", value: intensity, accepted: "a whole number from 0 to 10")
            }
            try draft.set(\.intensity, value, "intensity")
        }
        for text in triggers {
            guard let trigger = Trigger(text) else {
                throw InputError(field: "--trigger", value: text,
                                 accepted: "\(Trigger.Known.acceptedList), or own words of 1-100 characters")
            }
            draft.triggers = (draft.triggers ?? []) + [trigger]
        }
        for text in reliefs {
            guard let relief = Relief(spec: text) else {
                throw InputError(field: "--relief", value: text,
                                 accepted: "NAME or NAME:OUTCOME, outcome one of \(ReliefOutcome.acceptedList)")
            }
            draft.reliefs = (draft.reliefs ?? []) + [relief]
        }
        if let woke { try draft.set(\.woke, woke ? .yes : .no, "woke") }
        if let note {
            let text = note == "-" ? try readNote() : note
            try draft.setNote(text)
        }
        return draft
    }
}

/// The fields a person gave for an episode; nil means "not given".
struct EpisodeDraft {
    var kind: EpisodeKind?
    var start: Timestamp?
    var leg: Leg?
    var site: Site?
    var duration: Int?
    var intensity: Int?
    var woke: Woke?
    var triggers: [Trigger]?
    var reliefs: [Relief]?
    /// `.some(nil)` clears the note.
    var note: String??

    /// Sets a field once; a second, different value is a contradiction the person must resolve.
    mutating func set<T: Equatable>(_ field: WritableKeyPath<EpisodeDraft, T?>, _ value: T, _ name: String) throws(InputError) {
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

    /// Sets the note from text; empty text clears it. Control characters other than tab and newline are refused.
    mutating func setNote(_ text: String) throws(InputError) {
        let cleaned = text.hasSuffix("\n") ? String(text.dropLast()) : text
        if cleaned.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || $0.value == 0x7F }) {
            throw InputError(field: "--note", value: EpisodeText.oneLine(String(cleaned.prefix(40))),
                             accepted: "text without control characters (tabs and line breaks are fine)")
        }
        // Code points, as the table's CHECK (SQLite's length()) counts them: "é" typed as e + accent is two.
        guard cleaned.unicodeScalars.count <= Episode.maxNoteLength else {
            throw InputError(field: "--note", value: "\(cleaned.unicodeScalars.count) characters",
                             accepted: "at most \(Episode.maxNoteLength) characters")
        }
        note = .some(cleaned.isEmpty ? nil : cleaned)
    }

    /// Applies the given fields over `episode`.
    func applied(to episode: Episode) -> Episode {
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
        return result
    }
}
