import Foundation

/// The refusals half of `LogCaseMaker`: commands with one thing made wrong, and junk.
extension LogCaseMaker {
    // MARK: invalid commands

    /// A valid command with exactly one thing made wrong.
    mutating func invalid() -> LogCase {
        var (items, stdin, episode) = valid()
        func replace(_ field: Field, with arguments: [String]) {
            items.removeAll { $0.field == field }
            items.insert(Item(field: field, arguments: arguments), at: int(0...items.count))
        }
        func add(_ arguments: [String]) { items.insert(Item(field: .extra, arguments: arguments), at: int(0...items.count)) }
        let reason: String
        switch wordsOnly ? pick([0, 5, 10, 17, 18]) : int(0...18) {
        case 0:
            let word = pick(["0s", "90", "2mo", "1e3s", "1:60", "25h", "99999999999s", "1h1h", "1.5.5m", "3 weeks", "5d"])
            replace(.duration, with: [word])
            reason = "duration word \(word)"
        case 1:
            let value = pick(["", "m", "-5m", "0", "0:00", "+2m", "25h", "1:2:3:4", "٣m", "NaN s"])
            replace(.duration, with: ["--duration", value])
            reason = "--duration \(value)"
        case 2:
            let value = pick(["2026-11-22T01:00", "in 5m", "+1h", "2026-02-30T01:00", "25:00", "3:70", "yesterday", "13pm",
                              "", "soon", "2026-11-21T08:00+25:00", "400d ago", "2026-11-21T09:01", "1000000m ago", "tomorrow 3am"])
            replace(.at, with: ["--at", value])
            reason = "--at \(value)"
        case 3:
            let value = pick(["11", "7.5", "٣", "", "0x5", "ten", "1e1", "99999999999999999999"])
            replace(.intensity, with: ["--intensity", value])
            reason = "--intensity \(value)"
        case 4:
            let value = pick(["lef", "", "links", "x", "left right", "ll"])
            replace(.leg, with: ["--leg", value])
            reason = "--leg \(value)"
        case 5:
            let other = episode.leg == "left" ? "right" : "left"
            add([other])
            reason = "a second, different leg"
        case 6:
            let value = pick(["knee", "", "calves", "calf foot", "hip"])
            replace(.site, with: ["--site", value])
            reason = "--site \(value)"
        case 7:
            let control = pick(["\u{1}", "\u{1B}[31m", "\u{7F}", "\u{8}", "\u{7}"])
            let text = noteText(maxScalars: 50) + control + noteText(maxScalars: 20)
            if chance(0.5) {
                replace(.note, with: ["--note", text])
            } else {
                replace(.note, with: ["--note", "-"])
                stdin = Array(text.utf8)
            }
            reason = "a note with control character \(control.unicodeScalars.first!.value)"
        case 8:
            let text = String(repeating: pick(["a", "é", "e\u{301}", "中", "😀"]), count: 10_001).unicodeScalars.prefix(10_001 + int(0...50))
            let note = String(String.UnicodeScalarView(text))
            if chance(0.5) {
                replace(.note, with: ["--note", note])
            } else {
                replace(.note, with: ["--note", "-"])
                stdin = Array(note.utf8)
            }
            reason = "a note of \(note.unicodeScalars.count) code points"
        case 9:
            let bytes = pick([[0xFF], [0xC3], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFE, 0xFF],
                              [0x61, 0x62, 0xE2, 0x82], [0x00]] as [[UInt8]])
            replace(.note, with: ["--note", "-"])
            stdin = Array("night note ".utf8) + bytes + Array(" more".utf8)
            reason = "standard input bytes \(bytes)"
        case 10:
            let word = pick(["banana", "calfx", "7/11", "left-ish", "stretch:great", ":helped", "wokeup"])
            add([word])
            reason = "unknown word \(word)"
        case 11:
            let flag = pick([["--colour"], ["-x"], ["--at"], ["--leg"], ["--intensity"], ["--db"]])
            items.append(Item(field: .extra, arguments: flag))
            reason = "flag \(flag[0]) without a value or unknown"
        case 12:
            add(["--numbness"])
            add(["--cramp"])
            reason = "both --numbness and --cramp"
        case 13:
            let value = pick(["", "   ", String(repeating: "x", count: 101), "a\u{1}b", String(repeating: "é", count: 101)])
            add(["--trigger", value])
            reason = "--trigger of \(value.unicodeScalars.count) code points"
        case 14:
            let value = pick(["stretch:great", ":helped", "", "a:b:c", "heat:", "  :partly", String(repeating: "y", count: 101)])
            add(["--relief", value])
            reason = "--relief \(value.prefix(20))"
        case 15:
            items.removeAll { $0.field == .kind || $0.field == .yes }
            replace(.duration, with: ["--duration", "\(int(61...1440))m"])
            reason = "a cramp over 60 minutes without --yes"
        case 16:
            items.removeAll { $0.field == .yes }
            replace(.duration, with: ["--duration", pick(["25h", "24h1s", "86401s", "100000s"])])
            add(["--yes"])
            reason = "a duration over 24 hours"
        case 17:
            let value = String(int(11...99)) + "/10"
            replace(.intensity, with: [value])
            reason = "intensity word \(value)"
        default:
            let words = pick([["at", "25:00"], ["at", "13pm"], ["at", "3:70"], ["at", "2026-02-30"], ["at", "tomorrow"],
                              ["at", "in", "5m"], ["at"]])
            items.removeAll { $0.field == .at }
            // A bare `at` goes last: before another word it would read that word as the time.
            if words == ["at"] { items.append(Item(field: .at, arguments: words)) } else { replace(.at, with: words) }
            reason = "time words \(words.joined(separator: " "))"
        }
        return LogCase(arguments: items.flatMap(\.arguments), stdin: stdin, expectation: .refused(reason))
    }

    // MARK: junk

    /// Random words and flags: anything may happen except a crash or an exit code other than 0 or 64.
    mutating func junk() -> LogCase {
        var arguments: [String] = []
        for _ in 0..<int(0...8) {
            var word = pick(LogWords.junkWords)
            if chance(0.2) { word += pick(LogWords.junkWords) }
            arguments.append(word)
        }
        let stdin: [UInt8]? = arguments.contains("-") && chance(0.5) ? (0..<int(0...40)).map { _ in UInt8.random(in: 0...255, using: &rng) } : nil
        return LogCase(arguments: arguments, stdin: stdin, expectation: .either)
    }

    /// A mix: 45% valid, 40% invalid, 15% junk.
    mutating func any() -> LogCase {
        let roll = int(0...99)
        if roll < 45 {
            let (items, stdin, episode) = valid()
            return LogCase(arguments: items.flatMap(\.arguments), stdin: stdin, expectation: .stored(episode))
        }
        return roll < 85 ? invalid() : junk()
    }
}
