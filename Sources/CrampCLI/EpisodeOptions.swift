import ArgumentParser
import Diary

/// The fields of an episode as flags and order-free words; shared by `log` and `edit`.
struct EpisodeOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Order-free words: a leg (left, l, right, r, both), a site (calf, foot, toes, shin, thigh), a duration (90s, 2m, 1m30s, 2 min), an intensity (7/10), triggers (standing, sitting, cold...), reliefs (stretch, massage, stretch:helped), woke, numbness, a time with am/pm (3am, yesterday 11pm, last night 2am).",
        valueName: "words"), completion: Completion.episodeWords)
    var words: [String] = []

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "When it started: now, 03:10, 3am, yesterday 23:40, 20m ago, -20m, 2026-11-17T02:40 (default: now).",
        valueName: "when"))
    var at: String?

    @Option(name: .long, help: ArgumentHelp("Which leg: left, right or both.", valueName: "leg"), completion: Completion.legs)
    var leg: String?

    @Option(name: .long, help: ArgumentHelp("Where: calf, foot, toes, shin, thigh or other.", valueName: "site"),
            completion: Completion.sites)
    var site: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp(
        "How long: 90s, 2m, 2min, 1m30s, 1:30, 1.5m (m is minutes).", valueName: "duration"))
    var duration: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("How strong, 0 to 10.", valueName: "0-10"))
    var intensity: String?

    @Option(name: .customLong("trigger"), help: ArgumentHelp(
        "What came before it (repeatable): \(Trigger.Known.acceptedList), or your own words.", valueName: "trigger"),
            completion: Completion.triggers)
    var triggers: [String] = []

    @Option(name: .customLong("relief"), help: ArgumentHelp(
        "What you tried, with how it worked (repeatable): NAME[:OUTCOME], names \(Relief.Known.acceptedList) or your own; outcomes \(ReliefOutcome.acceptedList).",
        valueName: "relief"), completion: Completion.reliefs)
    var reliefs: [String] = []

    @Flag(inversion: .prefixedNo, help: "Whether it woke you.")
    var woke: Bool?

    // A plain option, not a `NoteOption` group: every nested group costs `cramp log` about 0.4M instructions
    // of ArgumentParser reflection at start-up (callgrind), and log is the 3 a.m. command.
    @Option(name: .long, parsing: .unconditional, help: NoteOption.help)
    var note: String?

    @Flag(name: .long, help: ArgumentHelp(
        "Keep a trigger or relief name that is new to the diary even though it is close to a known one (strech, stretch)."))
    var newName = false

    @Flag(name: .long, help: "Record numbness instead of a cramp.")
    var numbness = false

    @Flag(name: .long, help: "Record a cramp (the default; with edit, turns numbness back into a cramp).")
    var cramp = false

    /// The fields given, parsed; nil fields were not given. `--note -` reads standard input.
    func draft(_ session: Session) throws -> EpisodeDraft {
        let clock = session.clock
        var draft = try EpisodeOptions.draft(words: words, session)
        if numbness && cramp {
            throw InputError(field: "--numbness/--cramp", value: "both", accepted: "one of them")
        }
        if numbness { try draft.set(\.kind, .numbness, "kind") }
        if cramp { try draft.set(\.kind, .cramp, "kind") }
        if let at { try draft.set(\.start, try When.parse(at, clock: clock, field: "--at"), "--at") }
        if let leg {
            guard let value = Leg(word: leg) else { throw EpisodeOptions.unknown("leg", leg, among: Array(Leg.allCases)) }
            try draft.set(\.leg, value, "leg")
        }
        if let site {
            guard let value = Site(rawValue: site.lowercased()) else { throw EpisodeOptions.unknown("site", site, among: Array(Site.allCases)) }
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
        if let text = try NoteOption.text(note, session) { try draft.setNote(text) }
        return draft
    }

    /// The order-free words alone, parsed; a typo is compared with the names in the diary, read only then.
    static func draft(words: [String], _ session: Session) throws -> EpisodeDraft {
        try EpisodeWords.parse(words, clock: session.clock) { (try? session.actions().reader().names()) ?? .none }
    }

    /// `unknown leg "lft"; did you mean "left"?`, or the accepted words when none is near.
    private static func unknown<Word: VocabularyWord>(_ what: String, _ value: String, among words: [Word]) -> UnknownWord {
        let near = Spelling.nearest(to: value, among: words.map(\.rawValue))
        return UnknownWord(what, value: value, suggestion: near.map(UnknownWord.quoted), advice: "accepted: \(Word.acceptedList)")
    }
}
