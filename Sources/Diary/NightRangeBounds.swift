extension NightRange {
    /// UTC seconds `from ..< to` that hold every instant whose local reading can fall on one of these nights,
    /// at any offset up to ±18 h. Stores query this range through their start-time index, then keep the
    /// rows whose own night (at their own stored offset) is in the range.
    public var utcBounds: (from: Int64, to: Int64) {
        let margin = Int64(Timestamp.maxOffset)
        // A night's readings run from its evening's date to the morning two dates later at the latest.
        let first = Int64(from.evening.daysSinceEpoch) * 86_400 - margin
        let last = Int64(to.evening.adding(days: 2).daysSinceEpoch) * 86_400 + margin
        return (first, last)
    }
}
