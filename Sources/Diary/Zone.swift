#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The rules that turn UTC instants into local clock readings and back.
public protocol ZoneRules: Sendable {
    /// Seconds east of UTC in force at the instant.
    func offset(atUTC utc: Int64) -> Int
}

extension ZoneRules {
    /// The timestamp for an instant, with the offset in force then.
    public func timestamp(utc: Int64) -> Timestamp { Timestamp(utc: utc, offset: offset(atUTC: utc)) }

    /// Every instant whose local reading is `local`, earliest first: one normally, none when the
    /// clock skipped it (spring forward), two when the clock showed it twice (fall back).
    public func timestamps(for local: LocalDateTime) -> [Timestamp] {
        let naive = local.naiveEpochSeconds
        // Offsets a day either side bracket any single transition; real zones never change twice a day.
        var result: [Timestamp] = []
        for candidate in [offset(atUTC: naive - 86_400), offset(atUTC: naive + 86_400)] {
            let utc = naive - Int64(candidate)
            if offset(atUTC: utc) == candidate, !result.contains(where: { $0.utc == utc }) {
                result.append(Timestamp(utc: utc, offset: candidate))
            }
        }
        return result.sorted { $0.utc < $1.utc }
    }
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
