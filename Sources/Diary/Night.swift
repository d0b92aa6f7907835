/// The hours the person is usually in bed, as local clock times; the default is 22:00 to 08:00.
///
/// "Nocturnal" means during time in bed (ICSD-3); no source gives clock hours, so the window is a
/// setting (README.md, "Clinical basis").
public struct NightWindow: Hashable, Sendable, CustomStringConvertible {
    /// Minutes after midnight when the night starts (22:00 = 1320).
    public let startMinute: Int
    /// Minutes after midnight when it ends (08:00 = 480); the end belongs to the day.
    public let endMinute: Int

    /// The default 22:00-08:00.
    public static let standard = NightWindow(startMinute: 22 * 60, endMinute: 8 * 60)!

    /// Creates a window; nil when a bound is outside the day or both are equal.
    public init?(startMinute: Int, endMinute: Int) {
        guard (0..<1440).contains(startMinute), (0..<1440).contains(endMinute), startMinute != endMinute else {
            return nil
        }
        self.startMinute = startMinute
        self.endMinute = endMinute
    }

    /// Parses `22:00-08:00`.
    public init?(text: some StringProtocol) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, let a = NightWindow.minute(parts[0]), let b = NightWindow.minute(parts[1]) else {
            return nil
        }
        self.init(startMinute: a, endMinute: b)
    }

    /// Parses `HH:MM` into minutes after midnight.
    public static func minute(_ text: some StringProtocol) -> Int? {
        let hm = text.trimmingSpaces.split(separator: ":")
        guard hm.count == 2, hm[1].count == 2, (1...2).contains(hm[0].count),
              let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }

    /// True when the local reading falls inside the window (start inclusive, end exclusive).
    public func contains(_ local: LocalDateTime) -> Bool {
        let minute = local.secondsOfDay / 60
        if startMinute > endMinute { return minute >= startMinute || minute < endMinute }
        return minute >= startMinute && minute < endMinute
    }

    /// The night a local reading belongs to: before the window's end it is the night that began the
    /// evening before (a 02:40 cramp on Tuesday belongs to Monday's night), else its own date.
    public func night(of local: LocalDateTime) -> Night {
        // Issue rule: before the window's end means the night that began the evening before, whether or not
        // the window wraps midnight (a 00:30-08:30 sleeper's 03:00 cramp still belongs to the previous evening).
        if local.secondsOfDay / 60 < endMinute {
            return Night(evening: local.date.adding(days: -1))
        }
        return Night(evening: local.date)
    }

    /// `22:00-08:00`.
    public var description: String {
        "\(pad(startMinute / 60, 2)):\(pad(startMinute % 60, 2))-\(pad(endMinute / 60, 2)):\(pad(endMinute % 60, 2))"
    }
}

/// A night, named by the date of the evening it began.
public struct Night: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The evening's date.
    public let evening: CivilDate

    /// Creates a night.
    public init(evening: CivilDate) { self.evening = evening }

    /// The night `n` nights later.
    public func adding(_ n: Int) -> Night { Night(evening: evening.adding(days: n)) }

    /// `Mon 2026-11-16`.
    public var label: String { "\(evening.weekdayName) \(evening)" }

    public var description: String { evening.description }

    public static func < (a: Night, b: Night) -> Bool { a.evening < b.evening }
}
