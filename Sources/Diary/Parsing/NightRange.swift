/// A run of consecutive nights with both ends included, as reports and exports cover them.
public struct NightRange: Hashable, Sendable, CustomStringConvertible {
    /// The first night in the range.
    public let from: Night
    /// The last night in the range (included).
    public let to: Night

    /// Creates a range; nil when `to` is before `from`.
    public init?(from: Night, to: Night) {
        guard from <= to else { return nil }
        self.from = from
        self.to = to
    }

    /// The range holding just one night.
    public init(night: Night) {
        from = night
        to = night
    }

    /// The `count` nights ending with `last`; `count` must be at least 1.
    public init(last: Night, count: Int) {
        precondition(count >= 1, "a night range holds at least one night")
        from = last.adding(1 - count)
        to = last
    }

    /// Number of nights, both ends included.
    public var count: Int { from.evening.days(to: to.evening) + 1 }

    /// True when `night` is inside the range (ends included).
    public func contains(_ night: Night) -> Bool { from <= night && night <= to }

    /// Every night in order, from `from` through `to`.
    public var nights: some RandomAccessCollection<Night> {
        let first = from
        return (0..<count).lazy.map { first.adding($0) }
    }

    /// The range of the same length that ends the night before this one starts, for "compared with" lines.
    public var previous: NightRange { NightRange(last: from.adding(-1), count: count) }

    /// Report header: `Mon 2026-11-09 to Sun 2026-11-15 (7 nights)`, or `Tue 2026-11-17 (1 night)`.
    public var label: String {
        let nights = count == 1 ? "1 night" : "\(count) nights"
        return from == to ? "\(from.label) (\(nights))" : "\(from.label) to \(to.label) (\(nights))"
    }

    /// `2026-11-09..2026-11-15`, which `PeriodExpression.parse` reads back.
    public var description: String { from == to ? from.description : "\(from)..\(to)" }
}
