import Diary
@testable import DiaryStore
import Foundation
import PropertyBased
import TestSupport
import Testing

/// Pieces hostile input is assembled from: the parsers' own vocabulary next to what breaks parsers.
enum HostilePieces {
    static let words: [String] = [
        "0", "1", "9", "00", "60", "90", "120", "1.5", ",5", ".5", "1,5", ":", "::", "-", "+", "--", " ", "  ", "\t", "\n",
        "s", "m", "h", "min", "mins", "sec", "hours", "hr", "d", "mo", "w", "y", "ms", "ago", "in", "now", "am", "pm", "a.m.",
        "noon", "midnight", "today", "yesterday", "mon", "sunday", "tues", "at", "T", "t", "Z", "z", "+01:00", "-05:30",
        "+19:00", "2026-11-20", "2026-02-30", "2026-13-01", "9999-99-99", "0000-01-01", "1969-12-31", "23:59", "24:00",
        "03:10", "3:10:99", "3am", "13pm", "12am", "0pm", "١٠", "٣", "３", "Ⅻ", "é", "e\u{301}", "😀", "👩‍👩‍👧", "\u{0}", "\u{7}",
        "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{202E}", "\u{FEFF}", "\u{2028}", "99999999999999999999", "4294967296",
        "9223372036854775807", "1e3", "0x10", "NaN", "inf", "'", "\"", ";", "'; DROP TABLE episode; --", "%s", "\\", "/",
    ]

    /// 0-6 pieces glued with or without spaces.
    static func text(using rng: inout some RandomNumberGenerator) -> String {
        let count = Int.random(in: 0...6, using: &rng)
        var text = ""
        for _ in 0..<count {
            text += words.randomElement(using: &rng)!
            if Bool.random(using: &rng) { text += " " }
        }
        return text
    }
}

/// An independent reading of a duration: the generator renders `seconds` in one of the accepted forms.
struct RenderedDuration: Sendable, CustomStringConvertible {
    let seconds: Int
    let text: String
    var description: String { "\(text) (\(seconds)s)" }

    static func random(max: Int, using rng: inout some RandomNumberGenerator) -> RenderedDuration {
        let seconds = Int.random(in: 1...max, using: &rng)
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        func unit(_ names: [String]) -> String { names.randomElement(using: &rng)! }
        func gap() -> String { Bool.random(using: &rng) ? "" : " " }
        var forms: [String] = ["\(seconds)\(gap())\(unit(["s", "sec", "secs", "seconds", "S"]))"]
        if s == 0 && h == 0 { forms.append("\(m)\(gap())\(unit(["m", "min", "mins", "minutes", "M", "Min"]))") }
        if seconds < 6000 { forms.append("\(seconds / 60):\(pad(s, 2))") }
        if seconds < 360_000 { forms.append("\(h):\(pad(m, 2)):\(pad(s, 2))") }
        var parts: [String] = []
        if h > 0 { parts.append("\(h)\(unit(["h", "hr", "hours"]))") }
        if m > 0 { parts.append("\(m)\(unit(["m", "min"]))") }
        if s > 0 { parts.append("\(s)\(unit(["s", "sec"]))") }
        forms.append(parts.joined(separator: gap()))
        if seconds % 30 == 0 && seconds % 60 != 0 { forms.append("\(seconds / 60).5m") }
        var text = forms.randomElement(using: &rng)!
        if Bool.random(using: &rng) { text = " " + text + "\t" }
        return RenderedDuration(seconds: seconds, text: text)
    }
}

@Suite("Robustness: generated input to the parsers and the store")
struct RobustnessInputTests {
    static let cases = 3_000
    static let now: Int64 = 1_795_248_000  // 2026-11-21T09:00:00+01:00 (checked against Foundation below)
    static let clock = Clock(nowUTC: now, zone: FixedOffsetZone(seconds: 3600))
    @Test func thePinnedMomentIsWhatTheTestsSayItIs() throws {
        let formatter = ISO8601DateFormatter()
        #expect(formatter.date(from: "2026-11-21T09:00:00+01:00")!.timeIntervalSince1970 == TimeInterval(Self.now))
    }

    @Test(.proof) func durationsInEveryAcceptedFormReadBackExactly() async {
        let gen = Generator(run: { rng in RenderedDuration.random(max: DurationText.maxParsedSeconds, using: &rng) })
        var checked = 0
        await propertyCheck(count: Self.cases, input: gen) { rendered in
            #expect((try? DurationText.parse(rendered.text)) == rendered.seconds, "\(rendered)")
            #expect((try? DurationText.parse(DurationText.format(rendered.seconds))) == rendered.seconds)
            checked += 1
        }
        proofLine("durations: \(checked) generated lengths, each in a random accepted spelling and in cramp's own, read back exactly")
    }

    @Test(.proof) func hostileDurationsAreRefusedCleanlyOrReadAsAPositiveLength() async {
        let gen = Generator(run: { rng in HostilePieces.text(using: &rng) })
        var (accepted, refused) = (0, 0)
        await propertyCheck(count: Self.cases, input: gen) { text in
            // Typed throws: the only possible failure is an InputError, which the CLI turns into exit 64.
            do {
                let seconds = try DurationText.parse(text)
                #expect((1...DurationText.maxParsedSeconds).contains(seconds), "\(text.debugDescription) → \(seconds)")
                accepted += 1
            } catch let error as InputError {
                #expect(!error.description.isEmpty)
                #expect(error.value == text)
                refused += 1
            } catch {
                Issue.record("not an InputError: \(error)")
            }
        }
        proofLine("hostile durations: \(accepted + refused) generated, \(refused) refused with an InputError, \(accepted) read as 1s...366d, 0 crashes")
    }

    @Test(.proof) func pastMomentsWrittenInFullReadBackExactly() async {
        // Any minute in the two years before the pinned moment, written as ISO date and time.
        let gen = Generator(run: { rng in Int64.random(in: 1...(2 * 366 * 1440), using: &rng) })
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 3600)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm"
        var checked = 0
        await propertyCheck(count: Self.cases, input: gen) { minutesAgo in
            let utc = Self.now - minutesAgo * 60
            let text = formatter.string(from: Date(timeIntervalSince1970: TimeInterval(utc)))
            var variants = [text, text.replacingOccurrences(of: "T", with: " "), text + "+01:00"]
            // Relative forms go back as far as a duration does (366 days).
            if minutesAgo * 60 <= DurationText.maxParsedSeconds { variants += ["\(minutesAgo)m ago", "-\(minutesAgo)m"] }
            for variant in variants {
                let parsed = try? When.parse(variant, clock: Self.clock)
                #expect(parsed == Timestamp(utc: utc, offset: 3600), "\(variant)")
                checked += 1
            }
        }
        proofLine("times: \(checked) spellings of generated past moments (ISO, with offset, relative) read back to the exact minute")
    }

    @Test(.proof) func hostileTimesAreRefusedCleanlyOrLieInThePast() async {
        let gen = Generator(run: { rng in HostilePieces.text(using: &rng) })
        var (accepted, refused) = (0, 0)
        await propertyCheck(count: Self.cases, input: gen) { text in
            do {
                let stamp = try When.parse(text, clock: Self.clock)
                #expect(stamp.utc <= Self.now, "\(text.debugDescription) read as the future \(stamp)")
                #expect(abs(stamp.offset) <= Timestamp.maxOffset)
                accepted += 1
            } catch let error as InputError {
                #expect(error.field == "--at")
                refused += 1
            } catch {
                Issue.record("not an InputError: \(error)")
            }
        }
        proofLine("hostile times: \(accepted + refused) generated, \(refused) refused with an InputError, \(accepted) read as a past moment, 0 in the future, 0 crashes")
    }

    @Test(.proof) func legsAreOnlyTheirSixSpellings() async {
        let spellings: Set<String> = ["left", "l", "right", "r", "both", "b"]
        let gen = Generator(run: { rng in
            Bool.random(using: &rng)
                ? String(spellings.randomElement(using: &rng)!.map { Bool.random(using: &rng) ? Character($0.uppercased()) : $0 })
                : HostilePieces.text(using: &rng)
        })
        var (accepted, refused) = (0, 0)
        await propertyCheck(count: Self.cases, input: gen) { word in
            let leg = Leg(word: word)
            #expect((leg != nil) == spellings.contains(word.lowercased()), "\(word.debugDescription)")
            if leg == nil { refused += 1 } else { accepted += 1 }
        }
        proofLine("legs: \(accepted + refused) generated words, \(accepted) accepted (exactly the six spellings in any case), \(refused) refused")
    }

    /// Anything the domain accepts is stored and read back unchanged, notes of any script and length included.
    @Test(.proof) func acceptedEpisodesReadBackFromTheStoreUnchanged() async throws {
        let scratch = try ScratchFolder()
        defer { scratch.cleanup() }
        let file = try #require(try DiaryFile.open(path: scratch.path + "/cramp.db", create: true))
        let gen = Generator(run: { rng in GeneratedEpisode.random(using: &rng) })
        var stored = 0
        await propertyCheck(count: 1_000, input: gen) { episode in
            do {
                try episode.validate()
            } catch {
                Issue.record("the generator made an invalid episode: \(error)")
                return
            }
            do {
                let id = try file.write { try EpisodeRepository(file.db).insert(episode, nowUTC: Self.now) }
                var expected = episode
                expected.id = id
                expected.createdUTC = Self.now
                expected.updatedUTC = Self.now
                let back = try EpisodeRepository(file.db).fetch(id: id)
                #expect(back == expected, "note \(episode.note?.debugDescription ?? "nil")")
                stored += 1
            } catch {
                Issue.record("a valid episode was refused by the store: \(error)")
            }
        }
        proofLine("store round trip: \(stored) generated valid episodes stored and read back unchanged")
    }
}

/// Valid episodes with awkward but legal content: every script, combining marks, emoji, very long notes.
enum GeneratedEpisode {
    static let noteAlphabet: [String] = [
        "a", "Z", " ", "\n", "\t", "é", "e\u{301}", "ß", "Ж", "中", "ا", "\u{202E}", "😀", "👩‍👩‍👧", "🇩🇪", "\u{85}", "\u{FEFF}",
        "'", "\"", ";", "--", "%", "\\", "\u{0}",
    ]

    static func random(using rng: inout some RandomNumberGenerator) -> Episode {
        // 12,000 code points are cut to the longest note accepted.
        let length = [0, 1, 10, 200, 2_000, 9_000, 12_000].randomElement(using: &rng)!
        var note = ""
        var scalars = 0
        while scalars < length {
            let piece = noteAlphabet.randomElement(using: &rng)!
            note += piece
            scalars += piece.unicodeScalars.count
        }
        // The limit is in code points (SQLite's length()), so a cut by characters could still be too long.
        note = String(String.UnicodeScalarView(note.unicodeScalars.prefix(Episode.maxNoteLength)))
        var triggers: [Trigger] = []
        for known in Trigger.Known.allCases where Int.random(in: 0..<5, using: &rng) == 0 { triggers.append(Trigger(known)) }
        if Bool.random(using: &rng), let own = Trigger("Nach dem Sport 🏃 \(Int.random(in: 0...99, using: &rng))") {
            triggers.append(own)
        }
        var reliefs: [Relief] = []
        for known in Relief.Known.allCases where Int.random(in: 0..<5, using: &rng) == 0 {
            reliefs.append(Relief(known, outcome: ReliefOutcome.allCases.randomElement(using: &rng)!))
        }
        return Episode(
            kind: EpisodeKind.allCases.randomElement(using: &rng)!,
            start: Timestamp(utc: Int64.random(in: 0...4_000_000_000, using: &rng),
                             offset: Int.random(in: -72...72, using: &rng) * 900),
            leg: Leg.allCases.randomElement(using: &rng)!,
            site: Bool.random(using: &rng) ? Site.allCases.randomElement(using: &rng)! : nil,
            durationSeconds: Int.random(in: Episode.durationRange, using: &rng),
            intensity: Bool.random(using: &rng) ? Int.random(in: Episode.intensityRange, using: &rng) : nil,
            woke: Woke.allCases.randomElement(using: &rng)!,
            triggers: triggers, reliefs: reliefs, note: note.isEmpty ? nil : note)
    }
}
