import Foundation

/// Independent readings of times, from Foundation's calendar in the zone the end-to-end runs pin.
enum TimeOracle {
    /// 2026-11-21T09:00 in Europe/Berlin, CrampRun's pinned moment (checked by a test).
    static let nowUTC: Int64 = 1_795_248_000
    static let zone = TimeZone(identifier: "Europe/Berlin")!

    static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    static func offset(_ utc: Int64) -> Int { zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) }

    static func components(_ utc: Int64) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(utc)))
    }

    /// The UTC instant of a local date and time.
    static func utc(_ day: DateComponents, hour: Int, minute: Int) -> Int64 {
        var parts = day
        parts.hour = hour
        parts.minute = minute
        parts.second = 0
        return Int64(calendar.date(from: parts)!.timeIntervalSince1970)
    }

    /// The clock time moved on two hours when today's reading is up to an hour ahead of now, which `cramp` asks
    /// about instead of reading it as yesterday (issue 13).
    static func notJustAhead(hour: Int, minute: Int) -> (hour: Int, minute: Int) {
        let today = utc(components(nowUTC), hour: hour, minute: minute)
        return today > nowUTC && today - nowUTC <= 3600 ? ((hour + 2) % 24, minute) : (hour, minute)
    }

    /// The most recent past (or present) occurrence of a clock time.
    static func latestPast(hour: Int, minute: Int) -> Int64 {
        let today = utc(components(nowUTC), hour: hour, minute: minute)
        return today <= nowUTC ? today : utc(components(nowUTC - 86_400), hour: hour, minute: minute)
    }
}

/// The vocabulary the generated command lines are made of.
enum LogWords {
    static let legs = ["left": ["left", "l"], "right": ["right", "r"], "both": ["both", "b"]]
    static let sites = ["calf", "foot", "toes", "shin", "thigh", "other"]
    static let sitePlurals = ["calves": "calf", "feet": "foot", "toe": "toes", "thighs": "thigh", "shins": "shin"]
    static let triggerWords = ["standing", "sitting", "exercise", "cold", "dehydration", "medication", "pregnancy",
                               "tight-clothing", "crossed-legs", "unknown"]
    /// Relief words that are not also trigger words (a bare word that is both reads as a trigger).
    static let reliefWords = ["stretch", "flex-foot", "massage", "walk", "heat", "none"]
    static let outcomes = ["helped", "partly", "no-help", "unsure"]
    static let ownWordPieces = ["my", "night", "shift", "zu wenig Wasser", "🏃", "é", "e\u{301}", "中文", "'", "\"", "%",
                                "\\", "ß", "Ж", "ا", "👩‍👩‍👧"]
    static let notePieces = ["a", "Z", " ", "\n", "\t", "x\ry", "é", "e\u{301}", "ß", "Ж", "中", "ا", "\u{202E}", "😀",
                             "👩‍👩‍👧", "🇩🇪", "\u{85}", "\u{FEFF}", "'", "\"", ";", "--", "%", "\\", "$(rm -rf /)",
                             "'; DROP TABLE episode; --", "\u{2028}"]

    /// True for a trigger or relief given as a vocabulary word (with or without an outcome), in any case.
    static func isVocabulary(_ text: String) -> Bool {
        let name = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0].lowercased()
        return triggerWords.contains(name) || reliefWords.contains(name) || name == "medication"
    }

    static let junkWords = [
        "left", "calf", "2m", "90s", "7/10", "woke", "numb", "stretch:helped", "cold", "at", "yesterday", "3am", "23:40",
        "now", "ago", "-5m", "0", "1:30", "١٠", "😀", "e\u{301}", "'", "\"", "--", "-", "x", "", " ", "\t", "\n", "2026-11-20",
        "9999999999999999999999", "%n", "\\", "NULL", "'; DROP TABLE episode; --", "--at", "--note", "--leg", "--duration",
        "--intensity", "--trigger", "--relief", "--woke", "--no-woke", "--numbness", "--cramp", "--yes", "--dry-run",
    ]
}

/// A length in seconds written as a positional word (starts with a digit) and as a `--duration` value.
struct RenderedLength {
    let seconds: Int
    let word: String
    let flag: String

    static func random(max: Int, using rng: inout some RandomNumberGenerator) -> RenderedLength {
        let seconds = Int.random(in: 1...max, using: &rng)
        let h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60
        var forms = ["\(seconds)s", "\(seconds)sec", "\(seconds) seconds"]
        if s == 0 && h == 0 { forms += ["\(m)m", "\(m)min", "\(m) minutes"] }
        if seconds < 6000 { forms.append("\(seconds / 60):\(String(format: "%02d", s))") }
        forms.append("\(h):\(String(format: "%02d", m)):\(String(format: "%02d", s))")
        var parts: [String] = []
        if h > 0 { parts.append("\(h)h") }
        if m > 0 { parts.append("\(m)m") }
        if s > 0 { parts.append("\(s)s") }
        forms.append(parts.joined())
        forms.append(parts.joined(separator: " "))
        let word = forms.randomElement(using: &rng)!
        let flag = Bool.random(using: &rng) ? word : " " + forms.randomElement(using: &rng)!.uppercased() + " "
        return RenderedLength(seconds: seconds, word: word, flag: flag)
    }
}
