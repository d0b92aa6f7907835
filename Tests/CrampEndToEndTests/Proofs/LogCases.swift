import Foundation

/// Generated `cramp log` command lines: valid ones with the episode they must store (an oracle computed
/// here with Foundation, independently of cramp's parsers), invalid ones that must be refused, and junk.
struct LogCase: Sendable, CustomStringConvertible {
    enum Expectation: Sendable, Equatable {
        /// Must be stored and read back as `ExpectedEpisode`.
        case stored(ExpectedEpisode)
        /// Must be refused (exit 64, nothing written), for the reason given.
        case refused(String)
        /// Either stored or refused; never anything else.
        case either
    }

    var arguments: [String]
    var stdin: [UInt8]?
    var expectation: Expectation

    var description: String {
        "cramp log \(arguments.map { $0.count > 60 ? "<\($0.unicodeScalars.count) scalars>" : $0.debugDescription }.joined(separator: " "))"
            + (stdin.map { " <stdin \($0.count) bytes>" } ?? "") + " → \(expectation)"
    }
}

/// The episode a valid command stores, as the database holds it.
struct ExpectedEpisode: Sendable, Equatable, CustomStringConvertible {
    /// Equal only when every text is the same sequence of code points: String's own == would call
    /// "é" and "e + accent" equal, and a diary must give back exactly what was typed.
    static func == (a: ExpectedEpisode, b: ExpectedEpisode) -> Bool {
        func same(_ x: String?, _ y: String?) -> Bool { x.map { Array($0.unicodeScalars) } == y.map { Array($0.unicodeScalars) } }
        return a.kind == b.kind && a.startUTC == b.startUTC && a.offset == b.offset && a.leg == b.leg && a.site == b.site
            && a.duration == b.duration && a.intensity == b.intensity && a.woke == b.woke && same(a.note, b.note)
            && a.triggers.count == b.triggers.count && zip(a.triggers, b.triggers).allSatisfy { same($0, $1) }
            && a.reliefs.count == b.reliefs.count && zip(a.reliefs, b.reliefs).allSatisfy { same($0, $1) }
    }

    var kind = "cramp"
    var startUTC: Int64 = TimeOracle.nowUTC
    var offset = 3600
    var leg = ""
    var site: String?
    var duration = 0
    var intensity: Int?
    var woke = "unknown"
    var note: String?
    var triggers: [String] = []
    var reliefs: [String] = []

    var description: String {
        "\(kind) \(leg) \(site ?? "-") \(duration)s at \(startUTC)\(offset >= 0 ? "+" : "")\(offset) int \(intensity.map(String.init) ?? "-") woke \(woke) "
            + "triggers \(triggers) reliefs \(reliefs) note \(note.map { "\($0.unicodeScalars.count) scalars" } ?? "nil")"
    }
}

/// Builds generated cases from a random source.
struct LogCaseMaker<R: RandomNumberGenerator> {
    var rng: R
    /// Only order-free words, no flags (no notes, own words, `--yes`): the fast path straight into `EpisodeWords`.
    var wordsOnly = false

    init(rng: R, wordsOnly: Bool = false) {
        self.rng = rng
        self.wordsOnly = wordsOnly
    }

    /// True when a field is written as a word: always in words-only mode, else with probability `p`.
    mutating func asWord(_ p: Double) -> Bool { wordsOnly || chance(p) }

    enum Field: Equatable { case leg, site, duration, intensity, at, woke, kind, trigger, relief, note, yes, extra }

    struct Item {
        var field: Field
        var arguments: [String]
        var isWord: Bool { !(arguments.first?.hasPrefix("--") ?? false) }
    }

    mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &rng)! }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func randomCase(_ word: String) -> String {
        String(word.map { chance(0.3) ? Character($0.uppercased()) : $0 })
    }

    // MARK: valid commands

    /// A valid command and the episode it stores.
    mutating func valid() -> (items: [Item], stdin: [UInt8]?, episode: ExpectedEpisode) {
        var items: [Item] = []
        var episode = ExpectedEpisode()
        var stdin: [UInt8]?

        let leg = pick(["left", "right", "both"])
        episode.leg = leg
        let legText = randomCase(pick(LogWords.legs[leg]!))
        items.append(Item(field: .leg, arguments: asWord(0.7) ? [legText] : ["--leg", legText]))

        if chance(0.6) {
            if chance(0.7) {
                let site = pick(LogWords.sites)
                episode.site = site
                items.append(Item(field: .site, arguments: asWord(0.6) ? [randomCase(site)] : ["--site", randomCase(site)]))
            } else {
                let plural = pick(Array(LogWords.sitePlurals.keys))
                episode.site = LogWords.sitePlurals[plural]
                items.append(Item(field: .site, arguments: [randomCase(plural)]))
            }
        }

        if chance(0.3) {
            episode.kind = "numbness"
            items.append(Item(field: .kind, arguments: [pick(wordsOnly ? ["numbness", "numb"] : ["numbness", "numb", "--numbness"])]))
        } else if chance(0.1) {
            items.append(Item(field: .kind, arguments: [pick(wordsOnly ? ["cramp"] : ["cramp", "--cramp"])]))
        }

        // Over an hour needs --yes for a cramp, which words alone cannot give.
        let long = chance(0.1) && !(wordsOnly && episode.kind == "cramp")
        let duration = RenderedLength.random(max: long ? 86_400 : 3_600, using: &rng)
        episode.duration = duration.seconds
        items.append(Item(field: .duration, arguments: asWord(0.6) ? [duration.word] : ["--duration", duration.flag]))
        if episode.kind == "cramp" && duration.seconds > 3_600 { items.append(Item(field: .yes, arguments: ["--yes"])) }

        if chance(0.5) {
            let value = int(0...10)
            episode.intensity = value
            items.append(Item(field: .intensity, arguments: asWord(0.6) ? ["\(value)/10"] : ["--intensity", "\(value)"]))
        }

        if chance(0.8) {
            let (arguments, utc) = at()
            episode.startUTC = utc
            items.append(Item(field: .at, arguments: arguments))
        }
        episode.offset = TimeOracle.offset(episode.startUTC)

        if chance(0.4) {
            switch wordsOnly ? 0 : int(0...2) {
            case 0:
                episode.woke = "yes"
                items.append(Item(field: .woke, arguments: [randomCase("woke")]))
            case 1:
                episode.woke = "yes"
                items.append(Item(field: .woke, arguments: ["--woke"]))
            default:
                episode.woke = "no"
                items.append(Item(field: .woke, arguments: ["--no-woke"]))
            }
        }

        var usedTriggers = Set<String>()
        for _ in 0..<int(0...3) {
            if asWord(0.7) {
                let word = pick(LogWords.triggerWords)
                guard usedTriggers.insert(word).inserted else { continue }
                items.append(Item(field: .trigger, arguments: asWord(0.6) ? [randomCase(word)] : ["--trigger", randomCase(word)]))
            } else {
                let own = ownWords(colonFree: false)
                guard usedTriggers.insert(own.name).inserted else { continue }
                items.append(Item(field: .trigger, arguments: ["--trigger", own.text]))
            }
        }

        var usedReliefs = Set<String>()
        for _ in 0..<int(0...3) {
            let outcome: String? = chance(0.6) ? pick(LogWords.outcomes) : nil
            if asWord(0.7) {
                let word = pick(LogWords.reliefWords)
                guard usedReliefs.insert(word).inserted else { continue }
                let text = randomCase(word) + (outcome.map { ":" + $0 } ?? "")
                items.append(Item(field: .relief, arguments: asWord(0.6) ? [text] : ["--relief", text]))
            } else {
                let own = ownWords(colonFree: true)
                guard usedReliefs.insert(own.name).inserted else { continue }
                items.append(Item(field: .relief, arguments: ["--relief", own.text + (outcome.map { ":" + $0 } ?? "")]))
            }
        }

        if !wordsOnly && chance(0.6) {
            let text = noteText(maxScalars: pick([0, 5, 80, 1_000, 10_000]))
            // `cramp` drops one trailing line break (as from `echo ... |`); an empty note is no note.
            let kept = text.hasSuffix("\n") ? String(text.dropLast()) : text
            episode.note = kept.isEmpty ? nil : kept
            if chance(0.3) {
                stdin = Array(text.utf8)
                items.append(Item(field: .note, arguments: ["--note", "-"]))
            } else {
                items.append(Item(field: .note, arguments: ["--note", text]))
            }
        }

        // Own words are new names; one that happens to be close to an earlier one ("my é", "my ß") is kept only
        // with --new-name (issue 13), which changes nothing else.
        if items.contains(where: { ($0.field == .trigger || $0.field == .relief) && !$0.isWord
                                   && !LogWords.isVocabulary($0.arguments.last!) }) {
            items.append(Item(field: .extra, arguments: ["--new-name"]))
        }

        items.shuffle(using: &rng)
        // Word triggers and reliefs come first in the order typed, then the flags in theirs.
        for field in [Field.trigger, .relief] {
            let ordered = items.filter { $0.field == field && $0.isWord } + items.filter { $0.field == field && !$0.isWord }
            let names = ordered.map { item -> String in
                let text = item.arguments.last!
                return field == .trigger ? triggerName(text) : reliefDescription(text)
            }
            if field == .trigger { episode.triggers = names } else { episode.reliefs = names }
        }
        return (items, stdin, episode)
    }

    /// `--at ...` or `at ...` words for a moment in the last 25 days (no clock change since 2026-10-25).
    mutating func at() -> ([String], Int64) {
        let minutesAgo = Int64(int(0...(25 * 1440)))
        let utc = TimeOracle.nowUTC - minutesAgo * 60
        let local = TimeOracle.components(utc)
        let date = String(format: "%04d-%02d-%02d", local.year!, local.month!, local.day!)
        let time = String(format: "%02d:%02d", local.hour!, local.minute!)
        switch wordsOnly ? int(5...7) : int(0...7) {
        case 0: return (["--at", "\(date)T\(time)"], utc)
        case 1: return (["--at", "\(date) \(time)"], utc)
        case 2: return (["--at", "\(date)T\(time)+01:00"], utc)
        case 3 where minutesAgo > 0: return (["--at", "\(minutesAgo)m ago"], utc)
        case 4 where minutesAgo > 0: return (["--at", "-\(minutesAgo)m"], utc)
        case 5:
            let (hour, minute) = (int(0...23), int(0...59))
            let day = TimeOracle.components(TimeOracle.nowUTC - 86_400)
            let clock = String(format: "%02d:%02d", hour, minute)
            return (!asWord(0.5) ? ["--at", "yesterday \(clock)"] : ["at", "yesterday", clock], TimeOracle.utc(day, hour: hour, minute: minute))
        case 6:
            let (hour, minute) = TimeOracle.notJustAhead(hour: int(0...23), minute: int(0...59))
            let clock = String(format: "%02d:%02d", hour, minute)
            return (!asWord(0.5) ? ["--at", clock] : ["at", clock], TimeOracle.latestPast(hour: hour, minute: minute))
        default:
            var hour = int(1...12)
            let pm = chance(0.5)
            // 10am at 09:00 is asked about (issue 13), not read as yesterday: take 11am instead.
            if TimeOracle.notJustAhead(hour: hour % 12 + (pm ? 12 : 0), minute: 0).hour != hour % 12 + (pm ? 12 : 0) {
                hour = hour % 12 + 1
            }
            let hour24 = hour % 12 + (pm ? 12 : 0)
            let text = "\(hour)\(pm ? "pm" : "am")"
            return (!asWord(0.5) ? ["--at", text] : ["at", text], TimeOracle.latestPast(hour: hour24, minute: 0))
        }
    }

    /// Own words for a trigger or relief, with their stored name (trimmed).
    mutating func ownWords(colonFree: Bool) -> (text: String, name: String) {
        var name = "my"
        for _ in 0..<int(1...4) { name += " " + pick(LogWords.ownWordPieces) }
        if !colonFree && chance(0.2) { name += " 10:30" }
        let text = (chance(0.3) ? "  " : "") + name + (chance(0.3) ? " " : "")
        return (text, name)
    }

    func triggerName(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return LogWords.triggerWords.contains(trimmed.lowercased()) ? trimmed.lowercased() : trimmed
    }

    func reliefDescription(_ text: String) -> String {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        let name = parts[0].trimmingCharacters(in: .whitespaces)
        let stored = LogWords.reliefWords.contains(name.lowercased()) ? name.lowercased() : name
        return stored + ":" + (parts.count == 2 ? parts[1].lowercased() : "unsure")
    }

    /// Note text of at most `maxScalars` code points, never `-` (which means standard input).
    mutating func noteText(maxScalars: Int) -> String {
        var text = ""
        var scalars = 0
        while true {
            let piece = pick(LogWords.notePieces)
            if scalars + piece.unicodeScalars.count > maxScalars { break }
            text += piece
            scalars += piece.unicodeScalars.count
            if maxScalars < 100 && chance(0.2) { break }
        }
        // `-` means standard input; ArgumentParser reads `--` as the end of options and refuses a value that
        // starts with `---` as an unknown option (exit 64, nothing written; `--note=---` works).
        // Replacing the first `-` (rather than prefixing) keeps the note within `maxScalars`: a 10,001-scalar
        // note is rightly refused, and the oracle above would wrongly expect it stored.
        return text == "-" || text == "--" || text.hasPrefix("---") ? "a" + text.dropFirst() : text
    }
}
