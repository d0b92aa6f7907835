#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules that turn UTC instants into local clock readings and back.
public protocol ZoneRules: Sendable {
    /// Seconds east of UTC in force at the instant, as the zone's source gives it (a hand-written `TZ` such as
    /// `ABC-19` gives more than a timestamp holds; `supportedOffset` and `unsupportedOffset` deal with that).
    func offset(atUTC utc: Int64) -> Int
}

extension ZoneRules {
    /// The offset in force at the instant, held within ±`Timestamp.maxOffset` so that no zone can trap.
    ///
    /// Commands refuse a zone that leaves the range at the moments they use (`unsupportedOffset`) before they
    /// read or write anything; the hold only keeps every other path total.
    public func supportedOffset(atUTC utc: Int64) -> Int {
        min(max(offset(atUTC: utc), -Timestamp.maxOffset), Timestamp.maxOffset)
    }

    /// The zone's offset at the instant when it is beyond what a timestamp holds (±18:00), else nil.
    public func unsupportedOffset(atUTC utc: Int64) -> Int? {
        let raw = offset(atUTC: utc)
        return abs(raw) > Timestamp.maxOffset ? raw : nil
    }

    /// The timestamp for an instant, with the offset in force then.
    public func timestamp(utc: Int64) -> Timestamp { Timestamp(utc: utc, offset: supportedOffset(atUTC: utc)) }

    /// Every instant whose local reading is `local`, earliest first: one normally, none when the
    /// clock skipped it (spring forward), two when the clock showed it twice (fall back).
    public func timestamps(for local: LocalDateTime) -> [Timestamp] {
        let naive = local.naiveEpochSeconds
        // Offsets a day either side bracket any single transition; real zones never change twice a day.
        var result: [Timestamp] = []
        for candidate in [supportedOffset(atUTC: naive - 86_400), supportedOffset(atUTC: naive + 86_400)] {
            let utc = naive - Int64(candidate)
            if supportedOffset(atUTC: utc) == candidate, !result.contains(where: { $0.utc == utc }) {
                result.append(Timestamp(utc: utc, offset: candidate))
            }
        }
        return result.sorted { $0.utc < $1.utc }
    }

    /// The forward change that skipped `local` (the clock reading just before the jump and the one it jumped to),
    /// or nil when the clocks did not go forward within a day of it.
    public func forwardJump(around local: LocalDateTime) -> ClockJump? {
        let naive = local.naiveEpochSeconds
        var (early, late) = (naive - 86_400, naive + 86_400)
        let before = supportedOffset(atUTC: early)
        guard supportedOffset(atUTC: late) > before else { return nil }
        // The change lies between the two probes: bisect to its first instant (about 18 steps).
        while late - early > 1 {
            let middle = early + (late - early) / 2
            if supportedOffset(atUTC: middle) == before { early = middle } else { late = middle }
        }
        let after = supportedOffset(atUTC: late)
        guard after > before else { return nil }
        return ClockJump(from: LocalDateTime(naiveEpochSeconds: late + Int64(before)),
                         to: LocalDateTime(naiveEpochSeconds: late + Int64(after)))
    }
}

/// A forward clock change: at one instant the clock stopped showing `from` and showed `to` instead.
public struct ClockJump: Hashable, Sendable {
    /// The reading the clock would have shown next without the change (02:00 in spring in Europe).
    public let from: LocalDateTime
    /// The reading it showed instead (03:00).
    public let to: LocalDateTime

    /// How far the clock jumped, in seconds.
    public var seconds: Int { Int(to.naiveEpochSeconds - from.naiveEpochSeconds) }
}

/// A zone with one offset all year (UTC, or a pinned offset in tests).
public struct FixedOffsetZone: ZoneRules {
    public let seconds: Int
    /// Creates the zone; `seconds` east of UTC.
    public init(seconds: Int) { self.seconds = seconds }
    public func offset(atUTC utc: Int64) -> Int { seconds }
}

/// The process's local zone as libc sees it (`TZ`, else /etc/localtime).
///
/// FoundationEssentials' `TimeZone.current` is GMT on Linux and full Foundation adds ~4 ms to every
/// start, so local time comes from `localtime_r`, which reads the same tz database.
public struct SystemZone: ZoneRules {
    /// Reads `TZ` once for the process.
    public init() { tzset() }

    public func offset(atUTC utc: Int64) -> Int {
        var t = time_t(utc)
        var parts = tm()
        guard localtime_r(&t, &parts) != nil else { return 0 }
        return Int(parts.tm_gmtoff)
    }
}
