/// A moment as stored: the UTC instant plus the UTC offset that was in force where it happened.
///
/// Keeping the offset means a cramp logged at 02:40 stays at 02:40 on its own night even after
/// travel or a daylight-saving change; every local reading uses the stored offset, never today's zone.
public struct Timestamp: Hashable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let utc: Int64
    /// Seconds east of UTC in force at that moment (+3600 for CET).
    public let offset: Int

    /// Largest offset accepted, in seconds (UTC-18:00 ... UTC+18:00, as ISO 8601 allows).
    public static let maxOffset = 18 * 3600

    /// Creates a timestamp; `offset` must be within ±18 h.
    public init(utc: Int64, offset: Int) {
        precondition(abs(offset) <= Timestamp.maxOffset, "UTC offset out of range")
        self.utc = utc
        self.offset = offset
    }

    /// The timestamp whose local reading is `local` at `offset`.
    public init(local: LocalDateTime, offset: Int) {
        self.init(utc: local.naiveEpochSeconds - Int64(offset), offset: offset)
    }

    /// The wall-clock reading at the stored offset.
    public var local: LocalDateTime { LocalDateTime(naiveEpochSeconds: utc + Int64(offset)) }

    /// `+01:00`, `-05:30`, `+00:00`.
    public var offsetText: String { Timestamp.offsetText(offset) }

    /// Formats an offset in seconds as `±HH:MM`, or `±HH:MM:SS` when it has seconds (local mean times before
    /// about 1972, e.g. Africa/Monrovia's -00:44:30): the text always says exactly what is stored.
    ///
    /// RFC 3339 and ISO 8601's offsets stop at minutes, so the seconds form is written only when minutes would
    /// lose the offset; Python's `datetime.fromisoformat`, Java's `OffsetDateTime` and `cramp import` read it.
    public static func offsetText(_ offset: Int) -> String {
        let sign = offset < 0 ? "-" : "+"
        let seconds = abs(offset)
        let text = "\(sign)\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2))"
        return seconds % 60 == 0 ? text : text + ":\(pad(seconds % 60, 2))"
    }

    /// ISO 8601 with offset, to the second: `2026-11-17T02:40:00+01:00`.
    public var iso8601: String { "\(local)\(offsetText)" }

    /// The same instant `seconds` later, keeping the offset.
    public func adding(seconds: Int64) -> Timestamp { Timestamp(utc: utc + seconds, offset: offset) }

    public var description: String { iso8601 }
}
