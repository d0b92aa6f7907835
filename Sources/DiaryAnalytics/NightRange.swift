import Diary

/// An inclusive run of nights, `from` through `to`.
///
/// Stand-in until `Diary` has its own `NightRange` (being added on the `time-parsing` branch with
/// the same members); when that lands on main this file goes and the analytics use that one.
public struct NightRange: Hashable, Sendable, CustomStringConvertible {
    /// The first night.
    public let from: Night
    /// The last night, included.
    public let to: Night

    /// Creates a range; `from` must not be after `to`.
    public init(from: Night, to: Night) {
        precondition(from <= to, "NightRange from \(from) is after to \(to)")
        self.from = from
        self.to = to
    }

    /// How many nights the range holds.
    public var count: Int { from.evening.days(to: to.evening) + 1 }

    /// True when the night lies inside the range.
    public func contains(_ night: Night) -> Bool { from <= night && night <= to }

    /// The range of the same length that ends the night before this one starts.
    public var previous: NightRange { NightRange(from: from.adding(-count), to: from.adding(-1)) }

    /// `2026-11-09 to 2026-11-15`.
    public var description: String { "\(from) to \(to)" }
}
