extension DurationText {
    /// Longest duration `parse` returns: a guard against overflow, not a domain range
    /// (callers such as `Episode.validate()` apply their own, much shorter, limits).
    public static let maxParsedSeconds = 366 * 86_400

    /// The forms `parse` accepts, for error messages.
    public static let acceptedForms =
        "90s, 2m, 2 min, 1m30s, 1.5h, 1h30m, 10 minutes, 1:30 (m:ss), 1:02:03 (h:mm:ss); m means minutes"

    /// The hint for a duration of zero, which `When` recognises to point at `now`.
    static let zeroHint = "a duration must be at least 1s"

    /// Parses a duration as typed (`90s`, `2m`, `1m30s`, `1:30`, `1.5h`, `1h 30m`, `10 minutes`) into whole seconds.
    ///
    /// `m` always means minutes. Fractions are rounded to the nearest second (half up). A bare number,
    /// days, months, a negative or a zero duration are refused.
    public static func parse(_ text: String, field: String = "duration") throws(InputError) -> Int {
        let refuse = { (hint: String?) in InputError(field: field, value: text, accepted: acceptedForms, hint: hint) }
        let trimmed = text.trimmingSpaces.lowercased()
        guard !trimmed.isEmpty else { throw refuse("the duration is empty") }
        if trimmed.hasPrefix("-") { throw refuse("a duration cannot be negative") }
        if trimmed.hasPrefix("+") { throw refuse("write the duration without a sign") }

        let seconds: Int
        if trimmed.contains(":") {
            guard let value = clockDuration(trimmed) else {
                throw refuse("write minutes and seconds as m:ss (1:30) or hours as h:mm:ss (1:02:03)")
            }
            seconds = value
        } else {
            switch unitDuration(trimmed) {
            case .success(let value): seconds = value
            case .failure(let problem): throw refuse(problem.hint)
            }
        }
        guard seconds > 0 else { throw refuse(zeroHint) }
        return seconds
    }

    /// `m:ss` or `h:mm:ss`; nil when malformed or too long.
    private static func clockDuration(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              parts.dropFirst().allSatisfy({ $0.count == 2 }), parts[0].count <= 6 else { return nil }
        let numbers = parts.compactMap { Int($0) }
        switch numbers.count {
        case 2:
            guard numbers[1] < 60 else { return nil }
            let total = numbers[0] * 60 + numbers[1]
            return total <= maxParsedSeconds ? total : nil
        case 3:
            guard numbers[1] < 60, numbers[2] < 60 else { return nil }
            let total = numbers[0] * 3600 + numbers[1] * 60 + numbers[2]
            return total <= maxParsedSeconds ? total : nil
        default:
            return nil
        }
    }

    /// Why a unit duration was refused.
    private enum UnitProblem: Error {
        case bareNumber(String)
        case calendarUnit(String)
        case unknownUnit(String)
        case repeatedOrOutOfOrder
        case tooLong
        case malformed

        var hint: String? {
            switch self {
            case .bareNumber(let number): return "add a unit: \(number)s or \(number)m"
            case .calendarUnit(let unit):
                return "\"\(unit)\" is not accepted: use h, m (minutes) or s"
            case .unknownUnit(let unit): return "unknown unit \"\(unit)\"; use h, m (minutes) or s"
            case .repeatedOrOutOfOrder: return "give hours, then minutes, then seconds, each once: 1h30m"
            case .tooLong: return "that is longer than \(DurationText.maxParsedSeconds / 3600)h"
            case .malformed: return nil
            }
        }
    }

    /// Seconds per unit word, or nil when unknown. Minutes own every `m` spelling.
    static func unitSeconds(_ word: String) -> Int? {
        switch word {
        case "s", "sec", "secs", "second", "seconds": return 1
        case "m", "min", "mins", "minute", "minutes": return 60
        case "h", "hr", "hrs", "hour", "hours": return 3600
        default: return nil
        }
    }

    /// Words for units too long to be a duration here; refused by name so `2mo` never becomes 2 minutes.
    static let calendarUnits: Set<String> = [
        "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "mos", "mon", "mons", "month", "months",
        "y", "yr", "yrs", "year", "years",
    ]

    /// Fractions are kept exactly in billionths of a second until the final rounding.
    private static let scale = 1_000_000_000

    /// One or more `<number><unit>` parts, spaces allowed: `1h 30m`, `1.5h`, `10 minutes`; also `1h30` and `2m05`.
    private static func unitDuration(_ text: String) -> Result<Int, UnitProblem> {
        let chars = Array(text)
        var index = 0
        var totalScaled = 0
        var lastUnit = Int.max
        var sawPart = false

        func skipSpaces() { while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 } }

        while true {
            skipSpaces()
            if index == chars.count { break }
            // Number: digits with an optional `.` or `,` fraction.
            let numberStart = index
            while index < chars.count, chars[index].isASCIIDigit || chars[index] == "." || chars[index] == "," {
                index += 1
            }
            let numberText = String(chars[numberStart..<index])
            let scaled: Int
            switch scaledNumber(numberText) {
            case .success(let value): scaled = value
            case .failure(let problem): return .failure(problem)
            }
            skipSpaces()
            let unitStart = index
            while index < chars.count, chars[index].isLetter { index += 1 }
            let unitText = String(chars[unitStart..<index])

            let unit: Int
            if unitText.isEmpty {
                // A trailing bare number after hours or minutes names the next smaller unit (1h30, 2m05).
                guard index == chars.count else { return .failure(.malformed) }
                guard sawPart else { return .failure(.bareNumber(numberText)) }
                guard lastUnit > 1, !numberText.contains("."), !numberText.contains(","), scaled < 60 * scale else {
                    return .failure(.malformed)
                }
                unit = lastUnit / 60
            } else if let known = unitSeconds(unitText) {
                unit = known
            } else if calendarUnits.contains(unitText) {
                return .failure(.calendarUnit(unitText))
            } else {
                return .failure(.unknownUnit(unitText))
            }
            guard unit < lastUnit else { return .failure(.repeatedOrOutOfOrder) }
            lastUnit = unit
            sawPart = true

            let (part, overflow) = scaled.multipliedReportingOverflow(by: unit)
            guard !overflow else { return .failure(.tooLong) }
            let (sum, sumOverflow) = totalScaled.addingReportingOverflow(part)
            guard !sumOverflow else { return .failure(.tooLong) }
            totalScaled = sum
        }
        guard sawPart else { return .failure(.malformed) }
        // Round half up to whole seconds.
        let seconds = totalScaled / scale + (totalScaled % scale >= scale / 2 ? 1 : 0)
        guard seconds <= maxParsedSeconds else { return .failure(.tooLong) }
        return .success(seconds)
    }

    /// `12`, `1.5`, `.5`, `1,5` in billionths of a unit; at most nine digits either side of the point.
    private static func scaledNumber(_ text: String) -> Result<Int, UnitProblem> {
        let parts = text.split(separator: text.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else {
            return .failure(.malformed)
        }
        let whole = parts[0], fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty), parts.count == 1 || !fraction.isEmpty, fraction.count <= 9 else {
            return .failure(.malformed)
        }
        guard whole.count <= 9 else { return .failure(.tooLong) }
        let wholeValue = whole.isEmpty ? 0 : Int(whole)!
        var fractionValue = fraction.isEmpty ? 0 : Int(fraction)!
        for _ in fraction.count..<9 { fractionValue *= 10 }
        return .success(wholeValue * scale + fractionValue)
    }
}
