import Diary

/// Reads back the `start_local` / `end_local` text the exports write.
enum TimestampText {
    /// What the parser accepts, for error messages.
    static let accepted = "a local date and time with its UTC offset, e.g. 2026-11-17T02:40:00+01:00"

    /// What a row's start is accepted as, for error messages.
    static let acceptedStart = accepted + ", dated \(DateBounds.text)"

    /// Parses `YYYY-MM-DDTHH:MM[:SS]` followed by `±HH:MM[:SS]` or `Z`; a space may stand for the `T`
    /// (spreadsheets sometimes write one). Nil when anything is missing or out of range: without
    /// the offset the instant would be a guess.
    static func parse(_ text: String) -> Timestamp? {
        if let stamp = canonical(text) { return stamp }
        return general(text)
    }

    /// `YYYY-MM-DDTHH:MM:SS±HH:MM`, what every export writes, read from the bytes; nil for any other shape
    /// (then the general parser decides, so this path accepts nothing the general one refuses).
    private static func canonical(_ text: String) -> Timestamp? {
        var text = text
        return text.withUTF8 { bytes -> Timestamp?? in
            guard bytes.count == 25, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
                  bytes[16] == UInt8(ascii: ":"), bytes[22] == UInt8(ascii: ":"),
                  bytes[19] == UInt8(ascii: "+") || bytes[19] == UInt8(ascii: "-"),
                  let ymd = CivilDate.canonicalISO(UnsafeBufferPointer(rebasing: bytes[0..<10])) else { return nil }
            func pair(_ at: Int) -> Int? {
                let high = bytes[at], low = bytes[at + 1]
                guard high >= 0x30, high <= 0x39, low >= 0x30, low <= 0x39 else { return nil }
                return Int(high &- 0x30) * 10 + Int(low &- 0x30)
            }
            guard let hour = pair(11), let minute = pair(14), let second = pair(17),
                  let offsetHours = pair(20), let offsetMinutes = pair(23) else { return nil }
            // Shape matched: from here the answer is final, as the general parser would give it.
            guard offsetMinutes < 60, let date = CivilDate(year: ymd.year, month: ymd.month, day: ymd.day),
                  let local = LocalDateTime(date: date, hour: hour, minute: minute, second: second) else { return .some(nil) }
            let seconds = (offsetHours * 60 + offsetMinutes) * 60
            guard seconds <= Timestamp.maxOffset else { return .some(nil) }
            return .some(Timestamp(local: local, offset: bytes[19] == UInt8(ascii: "-") ? -seconds : seconds))
        } ?? general(text)
    }

    private static func general(_ text: String) -> Timestamp? {
        let scalars = Array(text.trimmingSpaces.unicodeScalars)
        guard scalars.count >= 17, scalars[10] == "T" || scalars[10] == " " else { return nil }
        guard let date = CivilDate(iso: String(String.UnicodeScalarView(scalars[0..<10]))) else { return nil }
        var rest = scalars[11...]
        guard let hour = twoDigits(&rest), take(":", &rest), let minute = twoDigits(&rest) else { return nil }
        var second = 0
        if rest.first == ":" {
            rest.removeFirst()
            guard let s = twoDigits(&rest) else { return nil }
            second = s
        }
        guard let local = LocalDateTime(date: date, hour: hour, minute: minute, second: second),
              let offset = parseOffset(rest) else { return nil }
        return Timestamp(local: local, offset: offset)
    }

    /// `Z`, `±HH:MM`, or `±HH:MM:SS` (what the exports write for an offset with seconds), within ±18 h.
    private static func parseOffset(_ text: ArraySlice<Unicode.Scalar>) -> Int? {
        var rest = text
        if rest.count == 1, rest.first == "Z" { return 0 }
        guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
        rest.removeFirst()
        guard let h = twoDigits(&rest), take(":", &rest), let m = twoDigits(&rest), m < 60 else { return nil }
        var s = 0
        if take(":", &rest) {
            guard let found = twoDigits(&rest), found < 60 else { return nil }
            s = found
        }
        guard rest.isEmpty else { return nil }
        let seconds = (h * 60 + m) * 60 + s
        guard seconds <= Timestamp.maxOffset else { return nil }
        return sign == "-" ? -seconds : seconds
    }

    private static func twoDigits(_ rest: inout ArraySlice<Unicode.Scalar>) -> Int? {
        guard rest.count >= 2 else { return nil }
        let pair = rest.prefix(2)
        guard pair.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        rest.removeFirst(2)
        return pair.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }

    private static func take(_ scalar: Unicode.Scalar, _ rest: inout ArraySlice<Unicode.Scalar>) -> Bool {
        guard rest.first == scalar else { return false }
        rest.removeFirst()
        return true
    }
}
