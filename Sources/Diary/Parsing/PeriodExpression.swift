/// A period of nights as typed (`last week`, `2026-11`, `last 30 nights`), resolved against the current night.
public enum PeriodExpression: Hashable, Sendable, CustomStringConvertible {
    /// The current night (`tonight`).
    case tonight
    /// The given number of nights ending with the last complete night (`last night` is 1).
    case lastCompleteNights(Int)
    /// Monday of the current night's ISO week through the current night.
    case thisWeek
    /// The ISO week before the current night's, Monday to Sunday.
    case lastWeek
    /// The first of the current night's month through the current night.
    case thisMonth
    /// The month before the current night's, whole.
    case lastMonth
    /// Fixed nights: a date, an ISO week, a month or a range of them.
    case nights(NightRange)
    /// Every night with a record: from the earliest night in the diary through the current night, or through the
    /// latest night when rows are dated after now.
    case all

    /// The period when none is given: the last 7 complete nights.
    public static let standard = PeriodExpression.lastCompleteNights(7)

    /// Most nights `last N nights` accepts (about 100 years); more is a typo.
    public static let maxNights = 36_600

    /// The forms `parse` accepts, for error messages.
    public static let acceptedForms =
        "last night, tonight, this week, last week, 2026-W46, this month, last month, 2026-11, 2026-11-17, "
        + "from 2026-11-01 to 2026-11-15, 2026-11-01..2026-11-15, last 30 nights, last 2 weeks, all"

    /// The nights this period covers.
    ///
    /// Weeks are ISO weeks (Monday first) of the evening's date. Nothing reaches past `currentNight`: `this week`,
    /// `this month` and fixed nights that run on are cut there; fixed nights wholly after it are returned as typed.
    /// `all` runs from `earliest` (the diary's first night) to the later of `latest` (its last) and the current night,
    /// so rows dated after now are in it; it is the last complete night alone when the diary is empty.
    public func resolve(currentNight: Night, earliest: Night?, latest: Night? = nil) -> NightRange {
        let lastComplete = currentNight.adding(-1)
        let evening = currentNight.evening
        switch self {
        case .tonight:
            return NightRange(night: currentNight)
        case .lastCompleteNights(let count):
            return NightRange(last: lastComplete, count: max(count, 1))
        case .thisWeek:
            return NightRange(from: Night(evening: evening.startOfISOWeek), to: currentNight)!
        case .lastWeek:
            let monday = evening.startOfISOWeek.adding(days: -7)
            return NightRange(last: Night(evening: monday.adding(days: 6)), count: 7)
        case .thisMonth:
            return NightRange(from: Night(evening: evening.startOfMonth), to: currentNight)!
        case .lastMonth:
            let previous = evening.startOfMonth.adding(days: -1)
            return NightRange(from: Night(evening: previous.startOfMonth), to: Night(evening: previous))!
        case .nights(let range):
            guard range.contains(currentNight), range.to != currentNight else { return range }
            return NightRange(from: range.from, to: currentNight)!
        case .all:
            guard let earliest else { return NightRange(night: lastComplete) }
            return NightRange(from: min(earliest, currentNight), to: max(latest ?? earliest, earliest, currentNight))!
        }
    }

    /// Text that `parse` reads back as the same period.
    public var description: String {
        switch self {
        case .tonight: return "tonight"
        case .lastCompleteNights(1): return "last night"
        case .lastCompleteNights(let count): return "last \(count) nights"
        case .thisWeek: return "this week"
        case .lastWeek: return "last week"
        case .thisMonth: return "this month"
        case .lastMonth: return "last month"
        case .nights(let range): return range.description
        case .all: return "all"
        }
    }

    /// Parses a period; every refusal names the field, the value and the accepted forms.
    public static func parse(_ text: String, field: String = "period") throws(InputError) -> PeriodExpression {
        let refuse = { (hint: String?) in InputError(field: field, value: text, accepted: acceptedForms, hint: hint) }
        let words = text.lowercasedWords
        switch words {
        case []: throw refuse("the period is empty")
        case ["last", "night"]: return .lastCompleteNights(1)
        case ["tonight"]: return .tonight
        case ["this", "week"]: return .thisWeek
        case ["last", "week"]: return .lastWeek
        case ["this", "month"]: return .thisMonth
        case ["last", "month"]: return .lastMonth
        case ["all"]: return .all
        case ["week"], ["month"]: throw refuse("say which: this \(words[0]) or last \(words[0])")
        case ["yesterday"], ["today"]: throw refuse("for one night write last night, tonight or a date such as 2026-11-17")
        default: break
        }
        if words[0] == "last" || words[0] == "past" {
            return .lastCompleteNights(try lastCount(Array(words.dropFirst()), refuse: refuse))
        }
        return .nights(try fixedRange(words, refuse: refuse))
    }

    /// `30 nights`, `7 days`, `2 weeks` after `last`, as a number of nights.
    private static func lastCount(_ words: [String], refuse: (String?) -> InputError) throws(InputError) -> Int {
        guard let first = words.first else { throw refuse(nil) }
        // Accept `30nights` as well as `30 nights`.
        let digits = String(first.prefix(while: \.isASCIIDigit))
        let unitWords = (first.count > digits.count ? [String(first.dropFirst(digits.count))] : [])
            + words.dropFirst()
        guard !digits.isEmpty else { throw refuse(nil) }
        guard digits.count <= 6, let number = Int(digits), number <= maxNights else {
            throw refuse("at most \(maxNights) nights")
        }
        guard number >= 1 else { throw refuse("give at least 1 night") }
        let perUnit: Int
        switch unitWords {
        case ["night"], ["nights"], ["day"], ["days"], ["d"], ["n"]: perUnit = 1
        case ["week"], ["weeks"], ["w"], ["wk"], ["wks"]: perUnit = 7
        case []: throw refuse("add a unit: last \(number) nights or last \(number) weeks")
        case ["month"], ["months"], ["mo"], ["year"], ["years"], ["y"]:
            throw refuse("months differ in length; write last \(number * 30) nights or a month such as 2026-10")
        default: throw refuse(nil)
        }
        guard number * perUnit <= maxNights else { throw refuse("at most \(maxNights) nights") }
        return number * perUnit
    }

    /// `2026-11-17`, `2026-W46`, `2026-11`, or two of them joined by `..`, `to` or `from ... to`.
    private static func fixedRange(_ words: [String], refuse: (String?) -> InputError) throws(InputError) -> NightRange {
        var words = words
        let saidFrom = words.first == "from"
        if saidFrom { words.removeFirst() }
        let ends: [String]
        if let to = words.firstIndex(of: "to") {
            ends = [words[..<to].joined(), words[(to + 1)...].joined()]
        } else {
            ends = words.joined().split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        }
        guard (1...2).contains(ends.count), ends.allSatisfy({ !$0.isEmpty }) else { throw refuse(nil) }
        if saidFrom, ends.count == 1 { throw refuse("add the last night: from \(ends[0]) to YYYY-MM-DD") }
        var ranges: [NightRange] = []
        for end in ends {
            let range = try fixedPeriod(end, refuse: refuse)
            // An ISO week of the first or last year can reach a day past the bounds.
            for night in [range.from, range.to] where !DateBounds.contains(night.evening) {
                throw refuse(DateBounds.hint(for: night.evening))
            }
            ranges.append(range)
        }
        guard let first = ranges.first, let last = ranges.last else { throw refuse(nil) }
        guard let range = NightRange(from: first.from, to: last.to), first.from <= last.from else {
            throw refuse("the end is before the start; did you mean from \(ends[1]) to \(ends[0])?")
        }
        return range
    }

    /// One date, ISO week or month as the nights it holds.
    private static func fixedPeriod(_ text: String, refuse: (String?) -> InputError) throws(InputError) -> NightRange {
        let chars = Array(text)
        guard chars.count >= 7, String(chars[0..<4]).isASCIIDigits else { throw refuse(nil) }
        let year = Int(String(chars[0..<4]))!
        let outside = "\(text) is outside the dates a diary holds, \(DateBounds.text)"
        guard (DateBounds.earliest.year...DateBounds.latest.year).contains(year) else { throw refuse(outside) }
        var rest = chars.dropFirst(4)
        if rest.first == "-" { rest = rest.dropFirst() }

        if rest.first == "w" {
            let weekText = String(rest.dropFirst())
            guard weekText.count == 2, weekText.isASCIIDigits, let week = Int(weekText) else {
                throw refuse("write an ISO week as 2026-W46")
            }
            guard let monday = CivilDate.mondayOf(isoYear: year, week: week) else {
                let weeks = CivilDate.mondayOf(isoYear: year, week: 53) == nil ? 52 : 53
                throw refuse("\(year) has \(weeks) ISO weeks")
            }
            return NightRange(last: Night(evening: monday.adding(days: 6)), count: 7)
        }
        if chars.count == 7, chars[4] == "-", String(rest).isASCIIDigits {
            guard let start = CivilDate(year: year, month: Int(String(rest))!, day: 1) else {
                throw refuse("there is no month \(String(rest)); months are 01 to 12")
            }
            return NightRange(from: Night(evening: start), to: Night(evening: start.endOfMonth))!
        }
        guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { throw refuse(nil) }
        guard let date = CivilDate(iso: text) else { throw refuse("\(text) is not a calendar date") }
        return NightRange(night: Night(evening: date))
    }
}
