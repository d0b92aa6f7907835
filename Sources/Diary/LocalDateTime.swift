/// A wall-clock reading: a calendar date and the seconds since its midnight, with no zone.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let date: CivilDate
    /// Seconds since local midnight, 0 ..< 86400.
    public let secondsOfDay: Int

    /// Creates a reading; `secondsOfDay` must be in 0 ..< 86400.
    public init(date: CivilDate, secondsOfDay: Int) {
        precondition((0..<86_400).contains(secondsOfDay), "secondsOfDay out of range")
        self.date = date
        self.secondsOfDay = secondsOfDay
    }

    /// Creates a reading from hours, minutes and seconds, or nil when out of range.
    public init?(date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        self.init(date: date, secondsOfDay: hour * 3600 + minute * 60 + second)
    }

    public var hour: Int { secondsOfDay / 3600 }
    public var minute: Int { secondsOfDay / 60 % 60 }
    public var second: Int { secondsOfDay % 60 }

    /// Seconds since 1970-01-01T00:00 of this wall-clock reading as if it were UTC.
    public var naiveEpochSeconds: Int64 {
        Int64(date.daysSinceEpoch) * 86_400 + Int64(secondsOfDay)
    }

    /// The reading `naive` seconds after 1970-01-01T00:00 on a clock with no zone.
    public init(naiveEpochSeconds naive: Int64) {
        let days = Int(naive >= 0 ? naive / 86_400 : (naive - 86_399) / 86_400)
        self.init(date: CivilDate(daysSinceEpoch: days), secondsOfDay: Int(naive - Int64(days) * 86_400))
    }

    /// `HH:MM`.
    public var hourMinute: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

    /// `YYYY-MM-DDTHH:MM:SS`.
    public var description: String { "\(date)T\(hourMinute):\(pad(second, 2))" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.secondsOfDay) < (b.date, b.secondsOfDay)
    }
}
