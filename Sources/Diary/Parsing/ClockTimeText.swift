/// A time of day as typed (`03:10`, `3:10:05`, `3am`, `11 pm`, `noon`), before any date is attached.
struct ClockTimeText: Hashable, Sendable {
    let secondsOfDay: Int

    /// `HH:MM`, or `HH:MM:SS` when seconds were given, for suggestions the person can type back.
    var canonical: String {
        let h = secondsOfDay / 3600, m = secondsOfDay / 60 % 60, s = secondsOfDay % 60
        return s == 0 ? "\(pad(h, 2)):\(pad(m, 2))" : "\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2))"
    }

    init(secondsOfDay: Int) { self.secondsOfDay = secondsOfDay }

    /// Parses lowercased text with any spaces already removed (`11pm`, `3:10am`, `23:40`); nil when not a time.
    init?(_ text: String) {
        switch text {
        case "noon": self.init(secondsOfDay: 12 * 3600); return
        case "midnight": self.init(secondsOfDay: 0); return
        default: break
        }
        var body = Substring(text)
        var meridiem: Character?
        for (suffix, mark) in [("a.m.", "a"), ("p.m.", "p"), ("am", "a"), ("pm", "p")] as [(String, Character)]
        where body.hasSuffix(suffix) {
            body = body.dropLast(suffix.count)
            meridiem = mark
            break
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), (1...2).contains(parts[0].count),
              parts.allSatisfy(\.isASCIIDigits), parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        var hour = Int(parts[0])!
        let minute = parts.count > 1 ? Int(parts[1])! : 0
        let second = parts.count > 2 ? Int(parts[2])! : 0
        guard minute < 60, second < 60 else { return nil }
        if let meridiem {
            // 12am is midnight and 12pm is noon; 0am and 13pm are not times.
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (meridiem == "p" ? 12 : 0)
        } else {
            // A bare `3` could be 03:00 or 15:00; make the person say which.
            guard parts.count > 1, hour < 24 else { return nil }
        }
        self.init(secondsOfDay: hour * 3600 + minute * 60 + second)
    }
}
