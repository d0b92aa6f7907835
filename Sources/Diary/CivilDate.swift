/// A calendar date with no time zone (proleptic Gregorian), e.g. the evening a night began.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (2026-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `days` days after 1970-01-01 (negative before it).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil_from_days: exact for every Gregorian date, no tables.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int {
        let d = daysSinceEpoch
        // 1970-01-01 was a Thursday (4).
        return ((d % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// Three-letter English weekday name.
    public var weekdayName: String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][isoWeekday - 1]
    }

    /// The date `n` days later (earlier when negative).
    public func adding(days n: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + n)
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// First day of this date's month.
    public var startOfMonth: CivilDate { CivilDate(year: year, month: month, day: 1)! }

    /// Last day of this date's month.
    public var endOfMonth: CivilDate {
        CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))!
    }

    /// The Monday of this date's ISO week.
    public var startOfISOWeek: CivilDate { adding(days: 1 - isoWeekday) }

    /// ISO 8601 week-numbering year and week (the week holding the year's first Thursday is week 1).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = CivilDate(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, jan1.days(to: thursday) / 7 + 1)
    }

    /// The Monday of ISO week `week` of `isoYear`, or nil when the year has no such week.
    public static func mondayOf(isoYear: Int, week: Int) -> CivilDate? {
        guard (1...53).contains(week), let jan4 = CivilDate(year: isoYear, month: 1, day: 4) else { return nil }
        let monday = jan4.startOfISOWeek.adding(days: (week - 1) * 7)
        return monday.isoWeek == (isoYear, week) ? monday : nil
    }

    /// Number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Parses exactly `YYYY-MM-DD`.
    @inlinable
    public init?(iso text: some StringProtocol) {
        // The form every export writes, read byte by byte; anything else takes the general path below.
        if let fields = Self.canonicalISO(text.utf8) {
            self.init(year: fields.year, month: fields.month, day: fields.day)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of exactly `DDDD-DD-DD` (ASCII digits), else nil.
    @inlinable
    public static func canonicalISO(_ bytes: some Collection<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10 else { return nil }
        var digits = (0, 0, 0), index = 0
        for byte in bytes {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                let digit = Int(byte &- 0x30)
                switch index {
                case 0..<4: digits.0 = digits.0 * 10 + digit
                case 5..<7: digits.1 = digits.1 * 10 + digit
                default: digits.2 = digits.2 * 10 + digit
                }
            }
            index += 1
        }
        return (digits.0, digits.1, digits.2)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// Zero-pads a non-negative number to `width` digits.
@inlinable
public func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value < 0 ? -value : value)
    let padded = digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    return value < 0 ? "-" + padded : padded
}
